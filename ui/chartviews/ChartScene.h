#pragma once

#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QChart>
#include <QLineF>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <memory>

class QAbstractSeries;

namespace tigerscope {
class ChartFrameItem;
}

namespace tigerscope {

/// A point of the spec: series index and point index in ChartSpec::series.
struct ChartPointRef
{
    int series = -1;
    int point = -1;

    bool isValid() const { return series >= 0 && point >= 0; }
    friend bool operator==(const ChartPointRef &a, const ChartPointRef &b)
    {
        return a.series == b.series && a.point == b.point;
    }
};

/// One ChartSpec drawn as a Qt Charts QChart: the chart, the items added on it, and which series
/// element stands for which point of the spec. The window shows its chart in a QChartView; the
/// exporter renders a fresh one of its own, so no hover or selection state reaches a file.
class ChartScene : public QObject
{
    Q_OBJECT
public:
    /// Builds the chart laid out for `logicalSize` (fonts and spacing scale with it). Given
    /// `graphics`, the chart joins it before its layout, which then need not be done again.
    static std::unique_ptr<ChartScene> build(const ChartSpec &spec, const ChartTheme &theme, const QSizeF &logicalSize,
                                             QGraphicsScene *graphics = nullptr);
    ~ChartScene() override;

    QChart *chart() const { return m_chart; }
    const ChartSpec &spec() const { return m_spec; }
    const ChartTheme &theme() const { return m_theme; }
    double scale() const { return m_scale; }
    /// Resizes the chart and settles its layout now (no event loop needed).
    void resize(const QSizeF &size);

    /// Every point that can be hovered or clicked, in reading order (keyboard navigation).
    const QList<ChartPointRef> &points() const { return m_points; }
    const ChartPoint &point(const ChartPointRef &ref) const;
    /// Where a point is drawn, in the chart's coordinates (the middle of a bar).
    QPointF positionOf(const ChartPointRef &ref) const;
    /// From a bar's base to its end (for a marker, a line of no length), in the chart's coordinates.
    QLineF extentOf(const ChartPointRef &ref) const;
    /// The tooltip of a point: value, date, qualifier, status and source.
    QString tooltipOf(const ChartPointRef &ref) const;
    /// Whether the series drawing a spec series is shown (legend markers hide and show them).
    bool isSeriesVisible(int specSeries) const;
    void setSeriesVisible(int specSeries, bool visible);
    /// The spec series a Qt series or bar set stands for, or -1.
    int specSeriesOf(const QObject *seriesOrSet) const;
    /// The series whose legend entry is at a point (chart coordinates), or -1.
    int legendSeriesAt(const QPointF &pos) const;
    /// Where a series' legend entry is, in chart coordinates; empty when it has none.
    QRectF legendEntryRect(int specSeries) const;

    /// The "n.a." and "No data to show" texts when the spec gives none.
    QString missingText() const;
    QString emptyText() const;

    // For the builders: register what they create.
    void addPoint(const ChartPointRef &ref, QAbstractSeries *series, const QPointF &anchor,
                  const QPointF &base = QPointF(qQNaN(), qQNaN()));
    void bindSeries(const QObject *seriesOrSet, int specSeries, std::function<void(bool)> setVisible);
    /// Called after every resize: what depends on the plot's size in pixels (room for labels).
    void onLayout(std::function<void()> refit) { m_refit = std::move(refit); }
    void emitHovered(const ChartPointRef &ref, bool entered) { Q_EMIT pointHovered(ref, entered); }
    void emitClicked(const ChartPointRef &ref) { Q_EMIT pointClicked(ref); }

Q_SIGNALS:
    void pointHovered(const tigerscope::ChartPointRef &ref, bool entered);
    void pointClicked(const tigerscope::ChartPointRef &ref);

private:
    ChartScene(const ChartSpec &spec, const ChartTheme &theme, double scale);

    struct Anchor
    {
        ChartPointRef ref;
        QAbstractSeries *series = nullptr;
        QPointF value;
        QPointF base;
    };
    struct Binding
    {
        const QObject *object = nullptr;
        int specSeries = -1;
        std::function<void(bool)> setVisible;
        bool visible = true;
    };

    ChartSpec m_spec;
    ChartTheme m_theme;
    double m_scale = 1.0;
    QPointer<QChart> m_chart;
    ChartFrameItem *m_frame = nullptr; ///< a child of the chart
    QList<ChartPointRef> m_points;
    QList<Anchor> m_anchors;
    QList<Binding> m_bindings;
    std::function<void()> m_refit;
};

} // namespace tigerscope
