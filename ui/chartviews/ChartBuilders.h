#pragma once

#include <QGraphicsItem>
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

/// An item the size of the whole chart, drawn under the grid (above the plot's background) or over
/// the series; it takes no clicks, so they reach the series.
class ChartLayerItem : public QGraphicsItem
{
public:
    enum class Layer { UnderGrid, OverSeries };

    ChartLayerItem(const ChartScene &scene, Layer layer);
    QRectF boundingRect() const override;

protected:
    const ChartScene &m_scene;
};

/// Shades every other row of the plot from `firstShaded` (rows counted from the top).
void addRowBands(ChartScene &scene, int rows, int firstShaded);

/// The marker of a timeline series (circle, diamond, square, triangle), in the plot and the legend.
QPainterPath timelineMarkerPath(int seriesIndex, const QPointF &centre, double size);

} // namespace tigerscope
