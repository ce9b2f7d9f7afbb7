#include "ChartScene.h"

#include "ChartBuilders.h"
#include "ChartFrameItem.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>

#include <cmath>

namespace tigerscope {

ChartScene::ChartScene(const ChartSpec &spec, const ChartTheme &theme, double scale)
    : m_spec(spec)
    , m_theme(theme)
    , m_scale(scale)
{}

ChartScene::~ChartScene()
{
    delete m_chart.data();
}

std::unique_ptr<ChartScene> ChartScene::build(const ChartSpec &spec, const ChartTheme &theme, const QSizeF &logicalSize,
                                              QGraphicsScene *graphics)
{
    std::unique_ptr<ChartScene> scene(new ChartScene(spec, theme, ChartTheme::layoutScale(logicalSize)));
    auto *chart = new QChart;
    scene->m_chart = chart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The legend is the frame's (ChartFrameItem): it shows the certainty encodings beside the series.
    chart->legend()->setVisible(false);
    chart->resize(logicalSize);

    scene->m_frame = new ChartFrameItem(*scene, chart);
    switch (spec.kind) {
    case ChartKind::HorizontalBar:
    case ChartKind::VerticalBar: buildBarChart(*scene, logicalSize); break;
    case ChartKind::Timeline: buildTimelineChart(*scene, logicalSize); break;
    case ChartKind::Positioning: buildPositioningChart(*scene, logicalSize); break;
    }
    if (graphics)
        graphics->addItem(chart);
    scene->resize(logicalSize);
    return scene;
}

void ChartScene::resize(const QSizeF &size)
{
    if (!m_chart)
        return;
    m_chart->resize(size);
    m_frame->relayout();
    // Fonts resolve once the chart is in a graphics scene: lay the axes out anew.
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
    if (m_refit) {
        m_refit();
        m_chart->layout()->activate();
    }
}

const ChartPoint &ChartScene::point(const ChartPointRef &ref) const
{
    return m_spec.series.at(ref.series).points.at(ref.point);
}

QLineF ChartScene::extentOf(const ChartPointRef &ref) const
{
    for (const Anchor &a : m_anchors) {
        if (!(a.ref == ref))
            continue;
        const QPointF at = m_chart->mapToPosition(a.value, a.series);
        return QLineF(std::isnan(a.base.x()) ? at : m_chart->mapToPosition(a.base, a.series), at);
    }
    return {};
}

QPointF ChartScene::positionOf(const ChartPointRef &ref) const
{
    return extentOf(ref).center();
}

QString ChartScene::tooltipOf(const ChartPointRef &ref) const
{
    if (!ref.isValid())
        return {};
    const ChartPoint &p = point(ref);
    return p.tooltip.isEmpty() ? p.display : p.tooltip;
}

bool ChartScene::isSeriesVisible(int specSeries) const
{
    for (const Binding &b : m_bindings) {
        if (b.specSeries == specSeries)
            return b.visible;
    }
    return true;
}

void ChartScene::setSeriesVisible(int specSeries, bool visible)
{
    for (Binding &b : m_bindings) {
        if (b.specSeries != specSeries)
            continue;
        b.visible = visible;
        if (b.setVisible)
            b.setVisible(visible);
    }
    if (m_chart && m_chart->scene())
        m_chart->scene()->update();
}

int ChartScene::specSeriesOf(const QObject *seriesOrSet) const
{
    for (const Binding &b : m_bindings) {
        if (b.object == seriesOrSet)
            return b.specSeries;
    }
    return -1;
}

int ChartScene::legendSeriesAt(const QPointF &pos) const
{
    return m_frame ? m_frame->legendSeriesAt(pos) : -1;
}

QRectF ChartScene::legendEntryRect(int specSeries) const
{
    return m_frame ? m_frame->legendEntryRect(specSeries) : QRectF();
}

QString ChartScene::missingText() const
{
    return m_spec.missingLabel.isEmpty() ? tr("n.a.") : m_spec.missingLabel;
}

QString ChartScene::emptyText() const
{
    return m_spec.emptyLabel.isEmpty() ? tr("No data to show") : m_spec.emptyLabel;
}

void ChartScene::addPoint(const ChartPointRef &ref, QAbstractSeries *series, const QPointF &anchor, const QPointF &base)
{
    m_points.append(ref);
    m_anchors.append({ref, series, anchor, base});
}

void ChartScene::bindSeries(const QObject *seriesOrSet, int specSeries, std::function<void(bool)> setVisible)
{
    m_bindings.append({seriesOrSet, specSeries, std::move(setVisible), true});
}

} // namespace tigerscope
