#pragma once

#include "charts/ChartView.h"

namespace tigerscope {

/// A small chart: the same Qt Charts view as the full charts, without zoom. Shows the value
/// under the mouse; a click (or Enter) is reported with the point clicked, if any.
class SmallChartWidget : public ChartView
{
    Q_OBJECT
public:
    explicit SmallChartWidget(QWidget *parent = nullptr);

    QSize sizeHint() const override { return {420, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

Q_SIGNALS:
    /// citationKey is the clicked point's ("obs:12"), or empty for a click beside the bars.
    void clicked(const QString &citationKey);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace tigerscope
