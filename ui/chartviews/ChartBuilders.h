#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QSizeF>

namespace tigerscope {

class ChartScene;

/// Each adds the series, axes and overlay items of one chart kind to the scene's chart, for a
/// chart laid out at `logicalSize`. Internal to ChartScene::build.
void buildBarChart(ChartScene &scene, const QSizeF &logicalSize);
void buildTimelineChart(ChartScene &scene, const QSizeF &logicalSize);
void buildPositioningChart(ChartScene &scene, const QSizeF &logicalSize);

/// Shades every other row of the plot from `firstShaded` (rows counted from the top).
void addRowBands(ChartScene &scene, int rows, int firstShaded);

/// The marker of a timeline series (circle, diamond, square, triangle), in the plot and the legend.
QPainterPath timelineMarkerPath(int seriesIndex, const QPointF &centre, double size);

} // namespace tigerscope
