#pragma once

#include "Vocabulary.h"

#include <QList>
#include <QString>
#include <QtNumeric>

#include <algorithm>
#include <cmath>

namespace tigerscope {

/// One quantity found in a text ("15亿人民币", "over a thousand people", "45%"), normalised to a
/// plain value so that the Chinese and English printings of the same figure compare equal.
struct Figure
{
    enum class Unit {
        Number,     ///< a plain count or amount
        Percent,    ///< value is in percent: "45%" gives 45
        Money,      ///< currency holds the ISO code
        Ratio,      ///< a fraction: "十分之一" gives 0.1
        Parameters, ///< a model size: "671B" gives 6.71e11
        Year,       ///< a bare four-digit year such as "in 2024" (dates proper are DateMention)
        /// A duration, value in days: "10天内", "18 days", "3个月". Weeks, hours and minutes convert
        /// exactly; a month counts 30 days and a year 365, near enough to compare printings and to
        /// tell a duration from a count.
        Days,
    };
    /// Exact; Approx: about, nearly, 约, 近, 左右; AtLeast: over, more than, 超过, 余, 多, +, "tens of
    /// thousands"; AtMost: under, up to, 不到, 以内. A range is told by valueHigh, not by Range.
    using Qualifier = tigerscope::Qualifier;

    double value = 0.0;
    double valueHigh = qQNaN(); ///< upper end of a range ("7800万美元甚至是1亿美元"), else NaN
    QString currency;           ///< "CNY", "USD", "HKD", "EUR" or empty
    Unit unit = Unit::Number;
    Qualifier qualifier = Qualifier::Exact;
    qsizetype position = 0; ///< span in the source text, in UTF-16 code units
    qsizetype length = 0;

    bool isRange() const { return !qIsNaN(valueHigh); }

    /// Whether two values are the same figure: equal but for the rounding of their arithmetic
    /// (15亿 and 1.5e9, 7% and 0.07 × 100).
    static bool sameValue(double a, double b)
    {
        return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
    }
};

} // namespace tigerscope
