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

namespace {

/// The first tick of a unit at or before from: the start of its year, quarter, month or week.
QDate firstTick(const QDate &from, TimeScale::TickUnit unit)
{
    switch (unit) {
    case TimeScale::TickUnit::Year: return QDate(from.year(), 1, 1);
    case TimeScale::TickUnit::Quarter: return QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1);
    case TimeScale::TickUnit::Month: return QDate(from.year(), from.month(), 1);
    case TimeScale::TickUnit::Week: return from.addDays(1 - from.dayOfWeek());
    case TimeScale::TickUnit::Day: return from;
    }
    return from;
}

/// The tick after date; year ticks go yearStep years at a time.
QDate nextTick(const QDate &date, TimeScale::TickUnit unit, int yearStep)
{
    switch (unit) {
    case TimeScale::TickUnit::Year: return date.addYears(yearStep);
    case TimeScale::TickUnit::Quarter: return date.addMonths(3);
    case TimeScale::TickUnit::Month: return date.addMonths(1);
    case TimeScale::TickUnit::Week: return date.addDays(7);
    case TimeScale::TickUnit::Day: return date.addDays(1);
    }
    return date.addDays(1);
}

/// Whether a tick is a major one: every year tick, and the ticks that start a year (quarters and
/// months) or a month (weeks and days).
bool isMajorTick(const QDate &date, TimeScale::TickUnit unit)
{
    switch (unit) {
    case TimeScale::TickUnit::Year: return true;
    case TimeScale::TickUnit::Quarter:
    case TimeScale::TickUnit::Month: return date.month() == 1;
    case TimeScale::TickUnit::Week: return date.day() <= 7;
    case TimeScale::TickUnit::Day: return date.day() == 1;
    }
    return false;
}

} // namespace

QList<TimeScale::Tick> TimeScale::ticks(double fromX, double toX) const
{
    QList<Tick> result;
    const QDate from = dateAt(fromX);
    const QDate to = dateAt(toX).addDays(1);
    if (!from.isValid() || !to.isValid())
        return result;
    const TickUnit unit = tickUnit();
    QDate date = firstTick(from, unit);
    // Year ticks thin out when even years crowd: every 2nd, 5th or 10th year.
    int yearStep = 1;
    if (unit == TickUnit::Year) {
        const double perYear = m_pixelsPerDay * 365;
        yearStep = perYear >= 60 ? 1 : perYear >= 30 ? 2 : perYear >= 12 ? 5 : 10;
        date = QDate(from.year() - from.year() % yearStep, 1, 1);
    }
    for (; date <= to && result.size() < 2000; date = nextTick(date, unit, yearStep))
        result.append({date, x(date), isMajorTick(date, unit)});
    return result;
}

} // namespace tigerscope
