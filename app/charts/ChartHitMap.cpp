#include "ChartHitMap.h"

namespace tigerscope {

void ChartHitMap::add(const ChartHit &hit)
{
    if (hit.rect.isValid())
        m_hits.append(hit);
}

std::optional<ChartHit> ChartHitMap::hitTest(const QPointF &pos) const
{
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        if (it->rect.contains(pos))
            return *it;
    }
    return std::nullopt;
}

ChartHitMap ChartHitMap::mapped(const QTransform &transform) const
{
    ChartHitMap result;
    for (ChartHit hit : m_hits) {
        hit.rect = transform.mapRect(hit.rect);
        result.add(hit);
    }
    return result;
}

} // namespace tigerscope
