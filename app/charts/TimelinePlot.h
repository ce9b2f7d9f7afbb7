#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

namespace tigerscope {

struct PlotContext;

/// Events as markers on a date axis, one row per category; each series (event type) has its own
/// marker shape so the chart reads in black and white too.
class TimelinePlot
{
public:
    static void paint(PlotContext &ctx, const QRectF &area);
    /// The marker of a series: circle, diamond, square, triangle up, triangle down, in turn.
    static QPainterPath markerPath(int seriesIndex, const QPointF &centre, double size);
};

} // namespace tigerscope
