#include "SmallChartWidget.h"

#include "ChartPainter.h"
#include "ChartTheme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace tigerscope {

SmallChartWidget::SmallChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(240, 160);
}

void SmallChartWidget::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    setAccessibleName(spec.title);
    update();
}

void SmallChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_hits = ChartPainter::paint(painter, QRectF(rect()), m_spec, ChartTheme::light());
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void SmallChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const auto hit = m_hits.hitTest(event->position());
    if (hit && !hit->tooltip.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), hit->tooltip, this);
    else
        QToolTip::hideText();
}

void SmallChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const auto hit = m_hits.hitTest(event->position());
    Q_EMIT clicked(hit ? hit->citationKey : QString());
}

void SmallChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(QString());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tigerscope
