#pragma once

#include "ChartScene.h"
#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QChartView>

#include <memory>

namespace tigerscope {

/// Shows one chart as a Qt Charts QChartView: rubber-band and wheel zoom (double-click or 0 resets),
/// pan with the middle button, legend entries that hide and show a series on a click, hover tooltips (value,
/// date, qualifier, status, source), a click on a point reports its citation, and the arrow keys
/// move between points (Enter opens the source). The chart is built just after the view's first
/// paint, so a window opens without waiting for its charts.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    void setTheme(const ChartTheme &theme);
    const ChartTheme &theme() const { return m_theme; }
    /// Zoom, pan and the rubber band (on by default; the small charts turn them off).
    void setZoomEnabled(bool enabled);

    /// The scene on show, built on first show (null before).
    ChartScene *chartScene() const { return m_scene.get(); }
    /// Where a point is drawn, in the view's coordinates.
    QPoint viewPosition(const ChartPointRef &ref) const;
    /// Where a series' legend entry is, in the view's coordinates.
    QRect legendEntryRect(int specSeries) const;
    ChartPointRef focusedPoint() const { return m_focus; }
    void resetZoom();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A point or bar was clicked (or activated with the keyboard).
    void pointActivated(const QString &citationKey);
    /// Any left click on the chart: the point's citation, or empty beside the points.
    void chartClicked(const QString &citationKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void toggleSeries(int specSeries);
    /// Panning with the middle button: a press starts it, a move scrolls the chart, the release
    /// ends it. True when the event was the pan's (it is accepted then).
    bool pan(QMouseEvent *event);
    /// Hands a press or a release on: over a point to the series (its clicked signal), else to the
    /// rubber band — unless zoom is off, when there is none.
    void passOn(QMouseEvent *event);
    void onHovered(const ChartPointRef &ref, bool entered);
    QString citationOf(const ChartPointRef &ref) const;

    ChartSpec m_spec;
    ChartTheme m_theme = ChartTheme::light();
    std::unique_ptr<ChartScene> m_scene;
    bool m_dirty = true;
    bool m_buildPending = false;
    bool m_zoomEnabled = true;
    ChartPointRef m_hovered;
    ChartPointRef m_focus;
    ChartPointRef m_clicked; ///< set by the series' clicked signal during a press
    bool m_pressOnPoint = false;
    QPoint m_panFrom;
    bool m_panning = false;
};

} // namespace tigerscope
