#include "PlotContext.h"

#include "ChartPainter.h"
#include "CompanyPalette.h"
#include "ValueAxis.h"

#include <QPainter>

#include <array>

namespace tigerscope {

QColor PlotContext::colorFor(int seriesIndex, const QString &categoryId) const
{
    const ChartSeries &series = spec.series.at(seriesIndex);
    if (series.color.isValid())
        return theme.seriesColor(series.color, seriesIndex);
    if (spec.series.size() == 1 || spec.kind == ChartKind::Positioning)
        return theme.seriesColor(CompanyPalette::color(categoryId), seriesIndex);
    // Several series without colours: tell them apart by Tol's 'bright' scheme.
    static constexpr std::array<QRgb, 6> bright{0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377};
    return theme.seriesColor(QColor::fromRgb(bright[size_t(seriesIndex) % bright.size()]), seriesIndex);
}

QString PlotContext::missingLabel() const
{
    return spec.missingLabel.isEmpty() ? ChartPainter::tr("n.a.") : spec.missingLabel;
}

QString PlotContext::displayText(const ChartPoint &point) const
{
    if (!point.display.isEmpty())
        return point.display;
    return ValueAxis::compactLabel(point.value, spec.valueAxis.notation);
}

void PlotContext::paintEmpty(const QRectF &area) const
{
    painter.save();
    painter.setFont(font(ChartTheme::FontRole::Subtitle));
    painter.setPen(theme.mutedText);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                     spec.emptyLabel.isEmpty() ? ChartPainter::tr("No data to show") : spec.emptyLabel);
    painter.restore();
}

} // namespace tigerscope
