#include "ObservationCsvFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

QString ObservationCsvFormat::formatColumn()
{
    return u"format"_s;
}

QStringList ObservationCsvFormat::columnNames()
{
    return {u"company"_s, u"metric"_s,   u"value"_s, u"value_high"_s, u"currency"_s, u"as_of"_s,     u"qualifier"_s,
            u"status"_s,  u"citation"_s, u"note"_s,  u"note_zh"_s,    u"note_en"_s,  u"derivation"_s};
}

QStringList ObservationCsvFormat::exportColumns()
{
    return {formatColumn(), u"company"_s, u"metric"_s,   u"value"_s,   u"value_high"_s, u"currency"_s,  u"as_of"_s,
            u"qualifier"_s, u"status"_s,  u"citation"_s, u"note_zh"_s, u"note_en"_s,    u"derivation"_s};
}

QStringList ObservationCsvFormat::fields(const ObservationRecord &record)
{
    return {QString::number(Version),
            record.companyId,
            record.metricKey,
            number(record.value),
            record.hasHigh() ? number(record.valueHigh) : QString(),
            record.currency,
            record.asOf.toNotation(),
            record.qualifier,
            record.status,
            citations(record.citations),
            record.noteZh,
            record.noteEn,
            record.derivation};
}

QString ObservationCsvFormat::number(double value)
{
    // Whole amounts as plain digits ("1500000000", not "1.5e+09"), below where doubles stop
    // holding every integer.
    if (std::trunc(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString ObservationCsvFormat::citation(const CitationRecord &citation)
{
    if (!citation.isArticle())
        return citation.reference;
    return u"%1|%2|¶%3|%4"_s.arg(citation.articleKey, citation.lang,
                                 QString::number(ParagraphNumber::shown(citation.paragraph)), citation.printed);
}

QString ObservationCsvFormat::citations(const QList<CitationRecord> &citations)
{
    QStringList lines;
    for (const CitationRecord &one : citations)
        lines.append(citation(one));
    return lines.join(u'\n');
}

} // namespace tigerscope
