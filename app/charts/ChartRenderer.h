#pragma once

#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QRectF>
#include <QSizeF>

#include <memory>

class QPainter;

namespace tigerscope {

/// A chart laid out once at its logical size, ready to be painted whole or a part at a time.
class LaidOutChart
{
public:
    virtual ~LaidOutChart() = default;
    /// Paints the part `source` (logical coordinates of the chart) into `target` (painter
    /// coordinates), never with any hover or selection state.
    virtual void paint(QPainter &painter, const QRectF &target, const QRectF &source) const = 0;
};

/// Draws a chart onto a painter. The model layer knows only this interface; the implementation
/// (Qt Charts, which needs widgets) is composed in from above, so export, print and the clipboard
/// in the window and on the command line share one render path without app/ linking QtWidgets.
class ChartRenderer
{
public:
    virtual ~ChartRenderer() = default;
    /// The chart laid out at `logicalSize`; null for an empty size.
    virtual std::unique_ptr<LaidOutChart> layOut(const ChartSpec &spec, const ChartTheme &theme,
                                                 const QSizeF &logicalSize) const = 0;

    /// Lays the chart out at `logicalSize` and paints all of it scaled into `target`.
    void render(QPainter &painter, const QRectF &target, const ChartSpec &spec, const ChartTheme &theme,
                const QSizeF &logicalSize) const
    {
        if (target.isEmpty())
            return;
        if (const auto chart = layOut(spec, theme, logicalSize))
            chart->paint(painter, target, QRectF(QPointF(0, 0), logicalSize));
    }
};

} // namespace tigerscope
