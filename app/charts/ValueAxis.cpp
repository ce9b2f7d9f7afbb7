#include "ValueAxis.h"

#include "NumberFormatter.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

double niceStep(double rough)
{
    if (rough <= 0 || !std::isfinite(rough))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double r = rough / magnitude;
    const double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10;
    return nice * magnitude;
}

} // namespace

ValueAxis::ValueAxis(double dataMin, double dataMax, bool logScale, NumberNotation notation, int targetTicks)
    : m_log(logScale)
    , m_notation(notation)
{
    targetTicks = std::clamp(targetTicks, 2, 12);
    if (m_log)
        buildLog(dataMin, dataMax, targetTicks);
    else
        buildLinear(dataMin, dataMax, targetTicks);
}

void ValueAxis::buildLinear(double dataMin, double dataMax, int targetTicks)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax)) {
        dataMin = 0;
        dataMax = 1;
    }
    double lo = std::min(0.0, dataMin);
    double hi = std::max(0.0, dataMax);
    if (hi - lo <= 0)
        hi = lo + 1;
    const double step = niceStep((hi - lo) / targetTicks);
    m_min = std::floor(lo / step) * step;
    m_max = std::ceil(hi / step) * step;
    if (m_max - m_min <= 0)
        m_max = m_min + step;
    const int count = int(std::round((m_max - m_min) / step));
    for (int i = 0; i <= count; ++i) {
        double v = m_min + i * step;
        if (std::abs(v) < step * 1e-9)
            v = 0;
        m_ticks.append({v, compactLabel(v, m_notation), true});
    }
}

void ValueAxis::buildLog(double dataMin, double dataMax, int targetTicks)
{
    if (!std::isfinite(dataMin) || dataMin <= 0)
        dataMin = std::isfinite(dataMax) && dataMax > 0 ? dataMax / 10 : 1;
    if (!std::isfinite(dataMax) || dataMax < dataMin)
        dataMax = dataMin;
    // A value lying on a decade would otherwise get a zero-length bar.
    int lowDecade = int(std::floor(std::log10(dataMin) - 0.3));
    int highDecade = int(std::ceil(std::log10(dataMax)));
    if (highDecade <= lowDecade)
        highDecade = lowDecade + 1;
    m_min = std::pow(10.0, lowDecade);
    m_max = std::pow(10.0, highDecade);
    const int decades = highDecade - lowDecade;
    const int every = std::max(1, int(std::ceil(double(decades) / targetTicks)));
    for (int d = lowDecade; d <= highDecade; ++d) {
        const double v = std::pow(10.0, d);
        const bool labelled = (d - lowDecade) % every == 0;
        m_ticks.append({v, labelled ? compactLabel(v, m_notation) : QString(), labelled});
        if (d < highDecade && decades <= 6) {
            for (int m = 2; m <= 9; ++m)
                m_ticks.append({v * m, QString(), false});
        }
    }
}

double ValueAxis::baseline() const
{
    return m_log ? m_min : std::clamp(0.0, m_min, m_max);
}

bool ValueAxis::canShow(double value) const
{
    return std::isfinite(value) && (!m_log || value > 0);
}

double ValueAxis::fraction(double value) const
{
    double f = 0;
    if (m_log) {
        if (value <= 0)
            return 0;
        f = (std::log10(value) - std::log10(m_min)) / (std::log10(m_max) - std::log10(m_min));
    } else {
        f = (value - m_min) / (m_max - m_min);
    }
    return std::clamp(f, -0.02, 1.02);
}

QString ValueAxis::compactLabel(double value, NumberNotation notation)
{
    const Language language = notation == NumberNotation::Chinese ? Language::Chinese : Language::English;
    return NumberFormatter::compact(value, language, NumberFormatter::Width::Short);
}

} // namespace tigerscope
