#include "ChartView.h"

#include "ChartPainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace tigerscope {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartView::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_hits.clear();
    m_focusHit = -1;
    setAccessibleName(spec.title);
    update();
}

void ChartView::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    update();
}

QSize ChartView::sizeHint() const
{
    return {900, 560};
}

QSize ChartView::minimumSizeHint() const
{
    return {320, 220};
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_hits = ChartPainter::paint(painter, QRectF(rect()), m_spec, m_theme);
    if (m_focusHit >= 0 && m_focusHit < m_hits.hits().size() && hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_hits.hits().at(m_focusHit).rect.adjusted(-3, -3, 3, 3));
    }
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto hit = m_hits.hitTest(help->pos()); hit && !hit->tooltip.isEmpty())
            QToolTip::showText(help->globalPos(), hit->tooltip, this, hit->rect.toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const auto hit = m_hits.hitTest(event->position());
    setCursor(hit && !hit->citationKey.isEmpty() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressedKey.clear();
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = m_hits.hitTest(event->position()))
            m_pressedKey = hit->citationKey;
    }
    QWidget::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_pressedKey.isEmpty()) {
        const auto hit = m_hits.hitTest(event->position());
        if (hit && hit->citationKey == m_pressedKey)
            Q_EMIT pointActivated(m_pressedKey);
    }
    m_pressedKey.clear();
    QWidget::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_hits.hits().size());
    if (count > 0
        && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down || event->key() == Qt::Key_Left
            || event->key() == Qt::Key_Up)) {
        const int step = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down ? 1 : -1;
        m_focusHit = m_focusHit < 0 ? 0 : (m_focusHit + step + count) % count;
        const ChartHit &hit = m_hits.hits().at(m_focusHit);
        QToolTip::showText(mapToGlobal(hit.rect.center().toPoint()), hit.tooltip, this);
        update();
        return;
    }
    if (m_focusHit >= 0 && m_focusHit < count
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT pointActivated(m_hits.hits().at(m_focusHit).citationKey);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tigerscope
