#include "PrintedValue.h"

#include "FigureParser.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope::PrintedValue {

namespace {

double inMetricUnit(const Figure &figure, const QString &metricUnit)
{
    return figure.unit == Figure::Unit::Percent && metricUnit == "ratio"_L1 ? figure.value / 100.0 : figure.value;
}

} // namespace

std::optional<double> read(const QString &text, const QString &metricUnit)
{
    QString plain = text.trimmed();
    plain.remove(u',').remove(u' ').remove(QChar(0x00A0));
    bool ok = false;
    const double number = QLocale::c().toDouble(plain, &ok);
    if (ok && std::isfinite(number))
        return number;
    const QList<Figure> figures = FigureParser::extract(text.trimmed());
    // One figure covering the text, give or take a currency word or a qualifier around it.
    if (figures.size() != 1 || figures.constFirst().unit == Figure::Unit::Year)
        return std::nullopt;
    const Figure &figure = figures.constFirst();
    const QString rest = QString(text.trimmed()).remove(figure.position, figure.length).trimmed();
    if (rest.size() > 4 && rest.size() * 2 > text.trimmed().size())
        return std::nullopt;
    return inMetricUnit(figure, metricUnit);
}

QStringList mismatches(const ObservationRecord &record, const QString &metricUnit)
{
    QStringList wrong;
    for (const CitationRecord &citation : record.citations) {
        if (citation.printed.trimmed().isEmpty())
            continue;
        QList<Figure> figures = FigureParser::extract(citation.printed);
        figures.removeIf([](const Figure &f) { return f.unit == Figure::Unit::Year; });
        if (figures.isEmpty())
            continue; // a date or a phrase: nothing to compare
        const bool agrees = std::any_of(figures.cbegin(), figures.cend(), [&](const Figure &figure) {
            const double value = inMetricUnit(figure, metricUnit);
            return Figure::sameValue(value, record.value)
                || (record.hasHigh() && Figure::sameValue(value, record.valueHigh));
        });
        if (!agrees)
            wrong << citation.printed;
    }
    return wrong;
}

} // namespace tigerscope::PrintedValue
