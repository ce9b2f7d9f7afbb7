#pragma once

#include "ChartHitMap.h"
#include "ChartSpec.h"

#include <QWidget>

namespace tigerscope {

/// A small chart painted by ChartPainter, the same renderer as the full charts. Shows the value
/// under the mouse; a click (or Enter) is reported with the point clicked, if any.
class SmallChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SmallChartWidget(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    QSize sizeHint() const override { return {420, 260}; }

Q_SIGNALS:
    /// citationKey is the clicked point's ("obs:12"), or empty for a click beside the bars.
    void clicked(const QString &citationKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ChartSpec m_spec;
    ChartHitMap m_hits;
};

} // namespace tigerscope
