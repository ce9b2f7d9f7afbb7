#include "ChartBuilders.h"

#include "ChartScene.h"

namespace tigerscope {

ChartLayerItem::ChartLayerItem(const ChartScene &scene, Layer layer)
    : QGraphicsItem(scene.chart())
    , m_scene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(layer == Layer::UnderGrid ? 0.5 : 900);
}

QRectF ChartLayerItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_scene.chart()->size());
}

} // namespace tigerscope
