#include "TimeScale.h"

#include <algorithm>
#include <cmath>

namespace tigerscope {

void TimeScale::fit(const QDate &first, const QDate &last, double left, double width)
{
    const double days = std::max<double>(30, first.daysTo(last) + 1);
    const double margin = days * 0.04;
    m_pixelsPerDay = std::clamp(width / (days + 2 * margin), MinPixelsPerDay, MaxPixelsPerDay);
    m_origin = double(first.toJulianDay()) - margin - left / m_pixelsPerDay;
}

double TimeScale::x(const QDate &date) const
{
    return (double(date.toJulianDay()) - m_origin) * m_pixelsPerDay;
}

QDate TimeScale::dateAt(double xPos) const
{
    return QDate::fromJulianDay(qint64(std::floor(m_origin + xPos / m_pixelsPerDay)));
}

void TimeScale::zoom(double factor, double anchorX)
{
    const double anchorDay = m_origin + anchorX / m_pixelsPerDay;
    m_pixelsPerDay = std::clamp(m_pixelsPerDay * factor, MinPixelsPerDay, MaxPixelsPerDay);
    m_origin = anchorDay - anchorX / m_pixelsPerDay;
}

TimeScale::TickUnit TimeScale::tickUnit() const
{
    if (m_pixelsPerDay * 365 < 160)
        return TickUnit::Year;
    if (m_pixelsPerDay * 91 < 120)
        return TickUnit::Quarter;
    if (m_pixelsPerDay * 30 < 90)
        return TickUnit::Month;
    if (m_pixelsPerDay * 7 < 70)
        return TickUnit::Week;
    return TickUnit::Day;
}

QList<TimeScale::Tick> TimeScale::ticks(double fromX, double toX) const
{
    QList<Tick> result;
    const QDate from = dateAt(fromX);
    const QDate to = dateAt(toX).addDays(1);
    if (!from.isValid() || !to.isValid())
        return result;
    const TickUnit unit = tickUnit();
    QDate date;
    switch (unit) {
    case TickUnit::Year: date = QDate(from.year(), 1, 1); break;
    case TickUnit::Quarter: date = QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1); break;
    case TickUnit::Month: date = QDate(from.year(), from.month(), 1); break;
    case TickUnit::Week: date = from.addDays(1 - from.dayOfWeek()); break;
    case TickUnit::Day: date = from; break;
    }
    // Year ticks thin out when even years crowd: every 2nd, 5th or 10th year.
    int yearStep = 1;
    if (unit == TickUnit::Year) {
        const double perYear = m_pixelsPerDay * 365;
        yearStep = perYear >= 60 ? 1 : perYear >= 30 ? 2 : perYear >= 12 ? 5 : 10;
        date = QDate(from.year() - from.year() % yearStep, 1, 1);
    }
    while (date <= to && result.size() < 2000) {
        Tick tick;
        tick.date = date;
        tick.x = x(date);
        switch (unit) {
        case TickUnit::Year:
            tick.major = true;
            date = date.addYears(yearStep);
            break;
        case TickUnit::Quarter:
            tick.major = date.month() == 1;
            date = date.addMonths(3);
            break;
        case TickUnit::Month:
            tick.major = date.month() == 1;
            date = date.addMonths(1);
            break;
        case TickUnit::Week:
            tick.major = date.day() <= 7;
            date = date.addDays(7);
            break;
        case TickUnit::Day:
            tick.major = date.day() == 1;
            date = date.addDays(1);
            break;
        }
        result.append(tick);
    }
    return result;
}

} // namespace tigerscope
