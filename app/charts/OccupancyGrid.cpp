#include "OccupancyGrid.h"

#include <algorithm>
#include <cmath>

namespace tigerscope {

namespace {

quint64 cellKey(qint64 column, qint64 row)
{
    return (quint64(quint32(qint32(column))) << 32) | quint32(qint32(row));
}

} // namespace

OccupancyGrid::OccupancyGrid(double cellSize)
    : m_cellSize(std::max(cellSize, 1.0))
{}

template<typename Visit>
void OccupancyGrid::forEachCell(const QRectF &rect, Visit visit) const
{
    const QRectF r = rect.normalized();
    const auto cell = [this](double coordinate) { return qint64(std::floor(coordinate / m_cellSize)); };
    for (qint64 column = cell(r.left()); column <= cell(r.right()); ++column) {
        for (qint64 row = cell(r.top()); row <= cell(r.bottom()); ++row)
            visit(cellKey(column, row));
    }
}

void OccupancyGrid::add(const QRectF &rect)
{
    const int index = int(m_rects.size());
    m_rects.append(rect);
    forEachCell(rect, [&](quint64 key) { m_cells[key].append(index); });
}

bool OccupancyGrid::intersectsAny(const QRectF &rect) const
{
    bool found = false;
    forEachCell(rect, [&](quint64 key) {
        if (found)
            return;
        const auto cell = m_cells.constFind(key);
        if (cell == m_cells.cend())
            return;
        found
            = std::any_of(cell->cbegin(), cell->cend(), [&](int index) { return m_rects.at(index).intersects(rect); });
    });
    return found;
}

} // namespace tigerscope
