#include "ChartView.h"

#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace tigerscope {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setRubberBand(QChartView::RectangleRubberBand);
    setFrameShape(QFrame::NoFrame);
}

ChartView::~ChartView() = default;

void ChartView::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_dirty = true;
    setAccessibleName(spec.title);
    if (isVisible())
        rebuild();
}

void ChartView::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void ChartView::setZoomEnabled(bool enabled)
{
    m_zoomEnabled = enabled;
    setRubberBand(enabled ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
}

QSize ChartView::sizeHint() const
{
    return {900, 560};
}

QSize ChartView::minimumSizeHint() const
{
    return {320, 220};
}

void ChartView::rebuild()
{
    m_dirty = false;
    m_hovered = m_focus = m_clicked = {};
    std::unique_ptr<ChartScene> scene = ChartScene::build(m_spec, m_theme, QSizeF(size()));
    setBackgroundBrush(m_theme.background);
    // QChartView lets go of the chart it showed without deleting it: the empty one it made itself
    // is ours to delete; the charts of our scenes go with their scene.
    QChart *const previous = chart();
    const bool previousIsEmptyDefault = previous && (!m_scene || previous != m_scene->chart());
    setChart(scene->chart());
    if (previousIsEmptyDefault)
        delete previous;
    m_scene = std::move(scene);
    m_scene->resize(QSizeF(size()));
    connect(m_scene.get(), &ChartScene::pointHovered, this, &ChartView::onHovered);
    connect(m_scene.get(), &ChartScene::pointClicked, this, [this](const ChartPointRef &ref) { m_clicked = ref; });
}

void ChartView::toggleSeries(int specSeries)
{
    m_scene->setSeriesVisible(specSeries, !m_scene->isSeriesVisible(specSeries));
    viewport()->update();
}

void ChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

QPoint ChartView::viewPosition(const ChartPointRef &ref) const
{
    if (!m_scene)
        return {};
    return mapFromScene(chart()->mapToScene(m_scene->positionOf(ref)));
}

QRect ChartView::legendEntryRect(int specSeries) const
{
    if (!m_scene)
        return {};
    return mapFromScene(chart()->mapToScene(m_scene->legendEntryRect(specSeries))).boundingRect();
}

QString ChartView::citationOf(const ChartPointRef &ref) const
{
    return ref.isValid() && m_scene ? m_scene->point(ref).citationKey : QString();
}

void ChartView::onHovered(const ChartPointRef &ref, bool entered)
{
    if (entered) {
        m_hovered = ref;
        setCursor(citationOf(ref).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        QToolTip::showText(QCursor::pos(), m_scene->tooltipOf(ref), this);
    } else if (m_hovered == ref) {
        m_hovered = {};
        unsetCursor();
        QToolTip::hideText();
    }
}

void ChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (m_dirty && !m_buildPending) {
        // Built after the view's first paint: a window opens without waiting for its charts.
        m_buildPending = true;
        QTimer::singleShot(0, this, [this] {
            m_buildPending = false;
            if (m_dirty && isVisible())
                rebuild();
        });
    }
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_scene || m_dirty)
        return;
    // Fonts follow the size: rebuild when the layout scale moves, else only lay out again.
    if (std::abs(ChartTheme::layoutScale(QSizeF(size())) - m_scene->scale()) > 0.1)
        rebuild();
    else
        m_scene->resize(QSizeF(size()));
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_zoomEnabled || !chart()) {
        QChartView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        chart()->zoom(std::pow(1.25, steps));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    m_clicked = {};
    if (m_scene && event->button() == Qt::LeftButton) {
        const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        if (const int series = m_scene->legendSeriesAt(at); series >= 0) {
            toggleSeries(series);
            event->accept();
            return;
        }
    }
    m_pressOnPoint = event->button() == Qt::LeftButton && m_hovered.isValid();
    if (!pan(event))
        passOn(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!pan(event))
        QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (pan(event))
        return;
    passOn(event);
    if (event->button() == Qt::LeftButton) {
        const QString key = citationOf(m_clicked);
        Q_EMIT chartClicked(key);
        if (!key.isEmpty())
            Q_EMIT pointActivated(key);
    }
    m_pressOnPoint = false;
    m_clicked = {};
}

void ChartView::passOn(QMouseEvent *event)
{
    const bool toSeries = m_pressOnPoint || !m_zoomEnabled;
    if (event->type() == QEvent::MouseButtonPress) {
        if (toSeries)
            QGraphicsView::mousePressEvent(event);
        else
            QChartView::mousePressEvent(event);
    } else if (toSeries) {
        QGraphicsView::mouseReleaseEvent(event);
    } else {
        QChartView::mouseReleaseEvent(event);
    }
}

bool ChartView::pan(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (event->button() != Qt::MiddleButton || !m_zoomEnabled)
            return false;
        m_panning = true;
        break;
    case QEvent::MouseMove:
        if (!m_panning || !chart())
            return false;
        chart()->scroll(m_panFrom.x() - at.x(), at.y() - m_panFrom.y());
        break;
    case QEvent::MouseButtonRelease:
        if (!m_panning || event->button() != Qt::MiddleButton)
            return false;
        m_panning = false;
        break;
    default: return false;
    }
    m_panFrom = at;
    event->accept();
    return true;
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_zoomEnabled && event->button() == Qt::LeftButton && !m_hovered.isValid()) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_scene) {
        QChartView::keyPressEvent(event);
        return;
    }
    const QList<ChartPointRef> &points = m_scene->points();
    const int count = int(points.size());
    const int key = event->key();
    if (count > 0 && (key == Qt::Key_Right || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Up)) {
        const int step = key == Qt::Key_Right || key == Qt::Key_Down ? 1 : -1;
        const int at = int(points.indexOf(m_focus));
        m_focus = points.at(at < 0 ? 0 : (at + step + count) % count);
        QToolTip::showText(mapToGlobal(viewPosition(m_focus)), m_scene->tooltipOf(m_focus), this);
        viewport()->update();
        return;
    }
    if (m_focus.isValid() && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        Q_EMIT pointActivated(citationOf(m_focus));
        return;
    }
    if (m_zoomEnabled && (key == Qt::Key_0 || key == Qt::Key_Home)) {
        resetZoom();
        return;
    }
    if (m_zoomEnabled && (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)) {
        chart()->zoom(key == Qt::Key_Minus ? 0.8 : 1.25);
        return;
    }
    QChartView::keyPressEvent(event);
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_scene || !m_focus.isValid() || !hasFocus())
        return;
    // The keyboard's point, in the view only: exports render a scene of their own.
    const QPointF at = chart()->mapToScene(m_scene->positionOf(m_focus));
    painter->save();
    painter->setPen(QPen(palette().highlight().color(), 2, Qt::DotLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(at, 12, 12);
    painter->restore();
}

} // namespace tigerscope
