#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

namespace tigerscope {

/// What lies under a point of a rendered chart.
struct ChartHit
{
    int series = -1;
    int pointIndex = -1;
    QString categoryId;
    QString citationKey;
    QString tooltip;
    QRectF rect; ///< the hit area, in the painter's coordinates
};

/// The clickable areas of one rendering, for hover tooltips and "show the source" clicks. Built
/// by ChartPainter::paint in the coordinates the painter was given.
class ChartHitMap
{
public:
    void add(const ChartHit &hit);
    /// The topmost area containing the point (the last one drawn), if any.
    std::optional<ChartHit> hitTest(const QPointF &pos) const;
    const QList<ChartHit> &hits() const { return m_hits; }
    bool isEmpty() const { return m_hits.isEmpty(); }
    void clear() { m_hits.clear(); }
    /// The same map in other coordinates (e.g. after the view zooms).
    ChartHitMap mapped(const QTransform &transform) const;

private:
    QList<ChartHit> m_hits;
};

} // namespace tigerscope
