#pragma once

#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tigerscope {

/// Draws a chart onto a painter. The model layer knows only this interface; the implementation
/// (Qt Charts, which needs widgets) is composed in from above, so export, print and the clipboard
/// in the window and on the command line share one render path without app/ linking QtWidgets.
class ChartRenderer
{
public:
    virtual ~ChartRenderer() = default;
    /// Lays the chart out at `logicalSize` and paints it scaled into `target` (painter
    /// coordinates), never with any hover or selection state.
    virtual void render(QPainter &painter, const QRectF &target, const ChartSpec &spec, const ChartTheme &theme,
                        const QSizeF &logicalSize) const = 0;
};

} // namespace tigerscope
