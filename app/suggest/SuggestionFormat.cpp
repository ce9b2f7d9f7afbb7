#include "SuggestionFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tigerscope::SuggestionFormat {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(double value)
{
    return qIsNaN(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString cell(const QString &text)
{
    QString clean = text;
    clean.replace(u'\t', u' ').replace(u'\n', u' ');
    return clean;
}

QString number(double value)
{
    return qIsNaN(value) ? QString() : QLocale::c().toString(value, 'g', 15);
}

} // namespace

QByteArray toJson(const QList<FigureSuggestion> &suggestions)
{
    QJsonArray array;
    for (const FigureSuggestion &s : suggestions) {
        QJsonObject object;
        object.insert("company"_L1, orNull(s.companyId));
        object.insert("metric"_L1, orNull(s.metricKey));
        object.insert("value"_L1, s.value);
        object.insert("value_high"_L1, numberOrNull(s.valueHigh));
        object.insert("unit"_L1, s.unit);
        object.insert("currency"_L1, orNull(s.currency));
        object.insert("qualifier"_L1, s.qualifier);
        object.insert("as_of"_L1, orNull(s.asOf.isValid() ? s.asOf.toNotation() : QString()));
        object.insert("as_of_precision"_L1, orNull(s.asOf.isValid() ? s.asOf.precisionName() : QString()));
        object.insert("lang"_L1, s.citation.lang);
        object.insert("paragraph"_L1, s.citation.paragraph + 1);
        object.insert("printed"_L1, s.citation.printed);
        if (s.counterpart) {
            object.insert("counterpart"_L1,
                          QJsonObject{{"lang"_L1, s.counterpart->lang},
                                      {"paragraph"_L1, s.counterpart->paragraph + 1},
                                      {"printed"_L1, s.counterpart->printed}});
        } else {
            object.insert("counterpart"_L1, QJsonValue(QJsonValue::Null));
        }
        object.insert("confidence"_L1, std::round(s.confidence * 100.0) / 100.0);
        object.insert("recorded"_L1, s.recorded());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toTsv(const QList<FigureSuggestion> &suggestions)
{
    QStringList lines{u"company\tmetric\tvalue\tvalue_high\tunit\tcurrency\tqualifier\tas_of\tas_of_precision\tlang\t"
                      "paragraph\tprinted\tcounterpart_lang\tcounterpart_paragraph\tcounterpart_printed\tconfidence\t"
                      "recorded"_s};
    for (const FigureSuggestion &s : suggestions) {
        const QStringList cells{s.companyId,
                                s.metricKey,
                                number(s.value),
                                number(s.valueHigh),
                                s.unit,
                                s.currency,
                                s.qualifier,
                                s.asOf.isValid() ? s.asOf.toNotation() : QString(),
                                s.asOf.isValid() ? s.asOf.precisionName() : QString(),
                                s.citation.lang,
                                QString::number(s.citation.paragraph + 1),
                                cell(s.citation.printed),
                                s.counterpart ? s.counterpart->lang : QString(),
                                s.counterpart ? QString::number(s.counterpart->paragraph + 1) : QString(),
                                s.counterpart ? cell(s.counterpart->printed) : QString(),
                                QString::number(s.confidence, 'f', 2),
                                s.recorded() ? u"true"_s : u"false"_s};
        lines << cells.join(u'\t');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace tigerscope::SuggestionFormat
