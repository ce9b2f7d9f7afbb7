#include "ChartSceneRenderer.h"

#include "ChartScene.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace tigerscope {

namespace {

/// A ChartScene in a graphics scene of its own, which no view ever shows.
class LaidOutScene : public LaidOutChart
{
public:
    LaidOutScene(const ChartSpec &spec, const ChartTheme &theme, const QSizeF &logicalSize)
        : m_chartScene(ChartScene::build(spec, theme, logicalSize, &m_graphics))
    {}

    ~LaidOutScene() override
    {
        // The ChartScene owns its chart; the graphics scene must not delete it as well.
        m_graphics.removeItem(m_chartScene->chart());
    }

    void paint(QPainter &painter, const QRectF &target, const QRectF &source) const override
    {
        painter.save();
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        m_graphics.render(&painter, target, source, Qt::IgnoreAspectRatio);
        painter.restore();
    }

private:
    mutable QGraphicsScene m_graphics;
    std::unique_ptr<ChartScene> m_chartScene;
};

} // namespace

std::unique_ptr<LaidOutChart> ChartSceneRenderer::layOut(const ChartSpec &spec, const ChartTheme &theme,
                                                         const QSizeF &logicalSize) const
{
    if (logicalSize.isEmpty())
        return nullptr;
    return std::make_unique<LaidOutScene>(spec, theme, logicalSize);
}

} // namespace tigerscope
