#pragma once

#include "ChartSpec.h"

#include <QList>
#include <QString>

namespace tigerscope {

/// A numeric axis: its range, its ticks and where a value falls on it. Linear axes get "nice"
/// steps (1, 2, 5 × 10ⁿ) and include zero; log axes get decade ticks 1, 10, 100 … .
class ValueAxis
{
public:
    struct Tick
    {
        double value = 0;
        QString label; ///< empty for minor ticks
        bool major = true;
    };

    /// An axis over [dataMin, dataMax] aiming for about `targetTicks` labelled ticks.
    ValueAxis(double dataMin, double dataMax, bool logScale, NumberNotation notation, int targetTicks);

    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    bool isLog() const { return m_log; }
    /// Where bars start: zero, or the bottom of a log axis.
    double baseline() const;
    /// 0 at the minimum, 1 at the maximum; clamped into [-0.02, 1.02] so a stray value stays near.
    double fraction(double value) const;
    /// Whether the value can be placed (finite, and positive on a log axis).
    bool canShow(double value) const;
    const QList<Tick> &ticks() const { return m_ticks; }

    /// A short label in the notation's language, by ICU: "1.5B", "300M", "15亿", "10万".
    static QString compactLabel(double value, NumberNotation notation);

private:
    void buildLinear(double dataMin, double dataMax, int targetTicks);
    void buildLog(double dataMin, double dataMax, int targetTicks);

    double m_min = 0;
    double m_max = 1;
    bool m_log = false;
    NumberNotation m_notation = NumberNotation::Western;
    QList<Tick> m_ticks;
};

} // namespace tigerscope
