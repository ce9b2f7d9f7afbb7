#include "PartialDate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tigerscope {

PartialDate PartialDate::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(?:Q([1-4])|(\\d{2}))(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    PartialDate result;
    if (!match.captured(2).isEmpty()) {
        if (!match.captured(4).isEmpty())
            return {};
        result.date = QDate(year, (match.captured(2).toInt() - 1) * 3 + 1, 1);
        result.precision = Precision::Quarter;
    } else if (!match.captured(4).isEmpty()) {
        result.date = QDate(year, match.captured(3).toInt(), match.captured(4).toInt());
        result.precision = Precision::Day;
    } else if (!match.captured(3).isEmpty()) {
        result.date = QDate(year, match.captured(3).toInt(), 1);
        result.precision = Precision::Month;
    } else {
        result.date = QDate(year, 1, 1);
        result.precision = Precision::Year;
    }
    return result.date.isValid() ? result : PartialDate{};
}

PartialDate PartialDate::fromColumns(const QString &isoDate, const QString &precision)
{
    PartialDate result;
    result.date = QDate::fromString(isoDate, Qt::ISODate);
    result.precision = Vocabulary::fromKey(precision, Precision::Day);
    return result;
}

QString PartialDate::toIso() const
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString PartialDate::precisionName() const
{
    return date.isValid() ? Vocabulary::key(precision).toString() : QString();
}

QString PartialDate::toNotation() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case Precision::Day: return date.toString(Qt::ISODate);
    case Precision::Month: return date.toString(u"yyyy-MM"_s);
    case Precision::Quarter: return u"%1-Q%2"_s.arg(date.year()).arg((date.month() - 1) / 3 + 1);
    case Precision::Year: return QString::number(date.year());
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    switch (precision) {
    case Precision::Day: return date;
    case Precision::Month: return date.addMonths(1).addDays(-1);
    case Precision::Quarter: return date.addMonths(3).addDays(-1);
    case Precision::Year: return date.addYears(1).addDays(-1);
    }
    return date;
}

} // namespace tigerscope
