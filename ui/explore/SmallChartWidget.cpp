#include "SmallChartWidget.h"

#include <QKeyEvent>

namespace tigerscope {

SmallChartWidget::SmallChartWidget(QWidget *parent)
    : ChartView(parent)
{
    setZoomEnabled(false);
    setMinimumSize(240, 160);
    connect(this, &ChartView::chartClicked, this, &SmallChartWidget::clicked);
}

void SmallChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked(QString());
        return;
    }
    ChartView::keyPressEvent(event);
}

} // namespace tigerscope
