#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tigerscope {

/// Maps dates to horizontal positions for the timeline and back: a zoom (pixels per day) and an
/// origin, changed by zooming about a point and panning. Also picks tick marks that suit the zoom
/// (years, quarters, months or days).
class TimeScale
{
public:
    enum class TickUnit { Year, Quarter, Month, Week, Day };
    struct Tick
    {
        QDate date;
        double x = 0;
        bool major = false;
    };

    static constexpr double MinPixelsPerDay = 0.01;
    static constexpr double MaxPixelsPerDay = 400.0;

    /// Shows first … last across width pixels starting at left, with a little room either side.
    void fit(const QDate &first, const QDate &last, double left, double width);
    double x(const QDate &date) const;
    /// x of the moment a day ends (for periods drawn as bars).
    double xAfter(const QDate &date) const { return x(date.addDays(1)); }
    QDate dateAt(double x) const;
    /// Multiplies the zoom, keeping the date under anchorX where it is.
    void zoom(double factor, double anchorX);
    void pan(double dx) { m_origin -= dx / m_pixelsPerDay; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    TickUnit tickUnit() const;
    /// Ticks between the two x positions.
    QList<Tick> ticks(double fromX, double toX) const;

private:
    double m_origin = 0; ///< Julian day at x = 0
    double m_pixelsPerDay = 1;
};

} // namespace tigerscope
