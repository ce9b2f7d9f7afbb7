#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

namespace tigerscope {

/// The rectangles already drawn on a plot, for the question "does this one overlap any?".
/// Rectangles are filed under every grid cell they touch, so a query looks only at its
/// neighbours: placing labels beside 100,000 points stays linear instead of quadratic.
class OccupancyGrid
{
public:
    explicit OccupancyGrid(double cellSize);

    void add(const QRectF &rect);
    bool intersectsAny(const QRectF &rect) const;

private:
    template<typename Visit>
    void forEachCell(const QRectF &rect, Visit visit) const;

    double m_cellSize;
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells; ///< cell key → indexes into m_rects
};

} // namespace tigerscope
