#include "ChartSceneRenderer.h"

#include "ChartScene.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace tigerscope {

void ChartSceneRenderer::render(QPainter &painter, const QRectF &target, const ChartSpec &spec, const ChartTheme &theme,
                                const QSizeF &logicalSize) const
{
    if (target.isEmpty() || logicalSize.isEmpty())
        return;
    QGraphicsScene graphics;
    const std::unique_ptr<ChartScene> chartScene = ChartScene::build(spec, theme, logicalSize, &graphics);
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    graphics.render(&painter, target, QRectF(QPointF(0, 0), logicalSize), Qt::IgnoreAspectRatio);
    painter.restore();
    graphics.removeItem(chartScene->chart());
}

} // namespace tigerscope
