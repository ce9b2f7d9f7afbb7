#include "ChartBuilders.h"
#include "ChartScene.h"
#include "ChartText.h"
#include "SceneAxes.h"
#include "UncertaintyStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItem>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

/// One (category, series) slot of the chart.
struct BarSlot
{
    int series = 0;
    int category = 0; ///< in the spec's order (top to bottom, left to right)
    int pointIndex = -1;
    UncertaintyEncoding encoding;
    QString label;
};

QColor contrastingText(const QColor &fill)
{
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l < 0.5 ? QColor(Qt::white) : QColor(0x1F, 0x23, 0x28);
}

/// The bars and everything Qt Charts does not draw on them: the certainty encodings (hatched,
/// light and dashed, ≥ arrows, ≤ caps, range whiskers), value labels and "n.a." for a missing
/// figure. Painted over the bar series' own bars, at the same places (QChart::mapToPosition), so
/// zoom, the view and every export agree.
class BarOverlayItem : public ChartLayerItem
{
public:
    BarOverlayItem(const ChartScene &scene, QAbstractBarSeries *series, QList<BarSlot> bars, double baseline,
                   bool horizontal)
        : ChartLayerItem(scene, Layer::OverSeries)
        , m_series(series)
        , m_bars(std::move(bars))
        , m_baseline(baseline)
        , m_horizontal(horizontal)
    {
        setAcceptHoverEvents(false);
    }

    /// The bar of a slot, in chart coordinates: Qt Charts' own layout of a grouped bar series.
    QRectF barRect(const BarSlot &slot, double axisValue) const
    {
        const int nCat = int(m_scene.spec().categories.size());
        const int nSer = int(m_scene.spec().series.size());
        const double w = m_series->barWidth();
        const double a = m_horizontal ? nCat - 1 - slot.category : slot.category;
        // Qt stacks a horizontal group's sets bottom-up: the sets go in reversed, series 0 on top.
        const int position = m_horizontal ? nSer - 1 - slot.series : slot.series;
        const double from = a - w / 2 + w * position / nSer;
        const double to = a - w / 2 + w * (position + 1) / nSer;
        return QRectF(map(from, axisValue), map(to, m_baseline)).normalized();
    }

    /// A point in (along the categories, along the values) to chart coordinates.
    QPointF map(double across, double along) const
    {
        return m_scene.chart()->mapToPosition(m_horizontal ? QPointF(along, across) : QPointF(across, along), m_series);
    }

    /// How far beyond its end a slot's label reaches, in pixels (for the room the axis leaves).
    double extraLength(const BarSlot &slot) const
    {
        const double s = m_scene.scale();
        const QFont font = m_scene.theme().font(Role::ValueLabel, s);
        const double end = slot.encoding.openEnd ? 14 * s : slot.encoding.upperBound ? 5 * s : 0;
        const double along
            = m_horizontal || rotated(slot) ? ChartText::width(slot.label, font) : ChartText::lineHeight(font);
        return end + 5 * s + along;
    }

    bool rotated(const BarSlot &slot) const
    {
        if (m_horizontal)
            return false;
        const QFont font = m_scene.theme().font(Role::ValueLabel, m_scene.scale());
        const QRectF bar = barRect(slot, m_baseline);
        const int nSer = int(m_scene.spec().series.size());
        const double room = nSer == 1 ? bar.width() / std::max(0.1, m_series->barWidth()) * 0.96 : bar.width() + 2;
        return ChartText::width(slot.label, font) > room;
    }

    const ChartPoint *pointOf(const BarSlot &slot) const
    {
        return slot.pointIndex < 0 ? nullptr : &m_scene.spec().series.at(slot.series).points.at(slot.pointIndex);
    }

    const QList<BarSlot> &bars() const { return m_bars; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPainter &p = *painter;
        const ChartTheme &theme = m_scene.theme();
        const double s = m_scene.scale();
        const bool log = m_scene.spec().valueAxis.logScale;
        const QRectF plot = m_scene.chart()->plotArea();
        const QFont valueFont = theme.font(Role::ValueLabel, s);
        QFont missingFont = valueFont;
        missingFont.setItalic(true);
        const double valueH = ChartText::lineHeight(valueFont);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        // Labels may run past the plot's end by a little; bars never past its edges when zoomed.
        p.setClipRect(m_horizontal ? plot.adjusted(0, 0, 4 * s, 0) : plot.adjusted(0, -4 * s, 0, 0));
        for (const BarSlot &slot : m_bars) {
            if (!m_scene.isSeriesVisible(slot.series))
                continue;
            const ChartPoint *point = pointOf(slot);
            const QRectF base = barRect(slot, m_baseline);
            const QPointF mid = base.center();
            if (!point) {
                // No value is not zero: say so where the bar would start.
                p.setFont(missingFont);
                p.setPen(theme.mutedText);
                const double w = ChartText::width(slot.label, missingFont);
                if (m_horizontal) {
                    p.drawText(QRectF(base.left() + 5 * s, mid.y() - valueH / 2, w + 4 * s, valueH),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, slot.label);
                } else if (!rotated(slot)) {
                    p.drawText(QRectF(mid.x() - w / 2 - 2 * s, base.bottom() - 5 * s - valueH, w + 4 * s, valueH),
                               Qt::AlignCenter | Qt::TextDontClip, slot.label);
                } else {
                    p.save();
                    p.translate(mid.x(), base.bottom() - 5 * s);
                    p.rotate(-90);
                    p.drawText(QRectF(0, -valueH / 2, w + 4 * s, valueH),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, slot.label);
                    p.restore();
                }
                continue;
            }
            const QColor color = pointColor(m_scene.spec(), theme, slot.series, point->categoryId);
            const QRectF bar = barRect(slot, SceneAxes::axisValue(point->value, log));
            const double thickness = m_horizontal ? bar.height() : bar.width();
            QPainterPath shape;
            shape.addRect(bar);
            UncertaintyStyle::paintShape(p, shape, color, slot.encoding, theme, s);
            const QPointF endPoint = m_horizontal ? QPointF(bar.right(), mid.y()) : QPointF(mid.x(), bar.top());
            QPointF outer = endPoint;
            if (slot.encoding.range) {
                const QRectF high = barRect(slot, SceneAxes::axisValue(point->valueHigh, log));
                const QPointF highEnd = m_horizontal ? QPointF(high.right(), mid.y()) : QPointF(mid.x(), high.top());
                const double half = thickness * 0.22;
                const QRectF ext = m_horizontal
                    ? QRectF(QPointF(endPoint.x(), mid.y() - half), QPointF(highEnd.x(), mid.y() + half))
                    : QRectF(QPointF(mid.x() - half, highEnd.y()), QPointF(mid.x() + half, endPoint.y()));
                UncertaintyStyle::paintRange(p, ext.normalized(), endPoint, highEnd, thickness * 0.32, color, theme, s);
                outer = highEnd;
            }
            const QPointF dir = m_horizontal ? QPointF(1, 0) : QPointF(0, -1);
            const double arrow = std::min(thickness * 0.8, 20 * s);
            if (slot.encoding.openEnd)
                UncertaintyStyle::paintOpenEnd(p, outer, dir, arrow, UncertaintyStyle::outline(color, theme));
            else if (slot.encoding.upperBound)
                UncertaintyStyle::paintUpperBound(p, outer, dir, arrow * 1.25, theme.text, s);
            paintValueLabel(p, slot, bar, outer, color);
        }
        p.restore();
    }

private:
    void paintValueLabel(QPainter &p, const BarSlot &slot, const QRectF &bar, const QPointF &outer, const QColor &color)
    {
        const ChartTheme &theme = m_scene.theme();
        const double s = m_scene.scale();
        const QFont font = theme.font(Role::ValueLabel, s);
        const double h = ChartText::lineHeight(font);
        const double w = ChartText::width(slot.label, font);
        const double gap = (slot.encoding.openEnd ? std::min((m_horizontal ? bar.height() : bar.width()) * 0.56, 14 * s)
                                : slot.encoding.upperBound ? 5 * s
                                                           : 0)
            + 5 * s;
        const QRectF plot = m_scene.chart()->plotArea();
        p.setFont(font);
        p.setPen(theme.text);
        if (m_horizontal) {
            QRectF r(outer.x() + gap, bar.center().y() - h / 2, w, h);
            if (r.right() > plot.right() + 4 * s && bar.width() > w + 12 * s) {
                r.moveRight(bar.right() - 6 * s);
                if (slot.encoding.fill == UncertaintyEncoding::Fill::Solid)
                    p.setPen(contrastingText(color));
            }
            p.drawText(r.adjusted(0, 0, 6 * s, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, slot.label);
        } else if (!rotated(slot)) {
            QRectF r(bar.center().x() - w / 2, outer.y() - gap - h, w, h);
            p.drawText(r.adjusted(-3 * s, 0, 3 * s, 0), Qt::AlignCenter | Qt::TextDontClip, slot.label);
        } else {
            p.save();
            p.translate(bar.center().x(), outer.y() - gap);
            p.rotate(-90);
            p.drawText(QRectF(0, -h / 2, w + 6 * s, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                       slot.label);
            p.restore();
        }
    }

    QAbstractBarSeries *m_series;
    QList<BarSlot> m_bars;
    double m_baseline;
    bool m_horizontal;
};

} // namespace

void buildBarChart(ChartScene &scene, const QSizeF &logicalSize)
{
    const ChartSpec &spec = scene.spec();
    const int nCat = int(spec.categories.size());
    const int nSer = int(spec.series.size());
    if (nCat == 0 || nSer == 0)
        return;
    QChart *chart = scene.chart();
    const bool horizontal = spec.kind == ChartKind::HorizontalBar;
    const bool log = spec.valueAxis.logScale;
    const auto showable = [log](double v) { return std::isfinite(v) && (!log || v > 0); };
    const double s = scene.scale();

    QList<BarSlot> bars;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int c = 0; c < nCat; ++c) {
        for (int i = 0; i < nSer; ++i) {
            BarSlot slot;
            slot.series = i;
            slot.category = c;
            const ChartSeries &series = spec.series.at(i);
            const int idx = series.indexOf(spec.categories.at(c).id);
            if (idx >= 0 && showable(series.points.at(idx).value)) {
                const ChartPoint &point = series.points.at(idx);
                slot.pointIndex = idx;
                slot.encoding = UncertaintyEncoding::of(point);
                slot.encoding.range = slot.encoding.range && showable(point.valueHigh);
                slot.label = point.display.isEmpty() ? ValueAxis::compactLabel(point.value, spec.valueAxis.notation)
                                                     : point.display;
                if (point.conflicting && !spec.conflictMark.isEmpty())
                    slot.label += u' ' + spec.conflictMark;
                if (point.usersOwn && !spec.usersOwnMark.isEmpty())
                    slot.label += u' ' + spec.usersOwnMark;
                lo = std::min(lo, point.value);
                hi = std::max(hi, slot.encoding.range ? point.valueHigh : point.value);
            } else {
                slot.label = scene.missingText();
            }
            bars.append(slot);
        }
    }
    if (!std::isfinite(lo)) {
        lo = log ? 1 : 0;
        hi = log ? 10 : 1;
    }
    const double valueLength = horizontal ? logicalSize.width() * 0.7 : logicalSize.height() * 0.55;
    const ValueAxis ticks(lo, hi, log, spec.valueAxis.notation,
                          std::max(2, int(valueLength / ((horizontal ? 115 : 62) * s))));
    const double axisMin = SceneAxes::axisValue(ticks.minimum(), log);
    const double axisMax = SceneAxes::axisValue(ticks.maximum(), log);
    const double baseline = SceneAxes::axisValue(ticks.baseline(), log);

    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const double bandPx = (horizontal ? logicalSize.height() * 0.6 : logicalSize.width() * 0.8) / nCat;
    const double maxSlot = (horizontal ? 42 : 70) * s;
    series->setBarWidth(std::min(nSer > 1 ? 0.8 : 0.62, maxSlot * nSer / std::max(1.0, bandPx)));
    QList<QList<double>> values(nSer);
    QList<QBarSet *> sets;
    for (int i = 0; i < nSer; ++i) {
        const ChartSeries &spec_series = spec.series.at(i);
        auto *set = new QBarSet(spec_series.name.isEmpty() ? spec_series.key : spec_series.name);
        for (int a = 0; a < nCat; ++a) {
            const int c = horizontal ? nCat - 1 - a : a;
            const BarSlot &slot = bars.at(c * nSer + i);
            const double v = slot.pointIndex >= 0
                ? SceneAxes::axisValue(spec_series.points.at(slot.pointIndex).value, log)
                : baseline;
            values[i].append(v);
            set->append(v);
        }
        sets.append(set);
        scene.bindSeries(set, i, [set, row = values.at(i), baseline](bool visible) {
            for (qsizetype a = 0; a < row.size(); ++a)
                set->replace(int(a), visible ? row.at(a) : baseline);
        });
        QObject::connect(set, &QBarSet::hovered, &scene, [&scene, i, nCat, horizontal](bool status, int index) {
            const int c = horizontal ? nCat - 1 - index : index;
            const int p = scene.spec().series.at(i).indexOf(scene.spec().categories.at(c).id);
            if (p >= 0)
                scene.emitHovered({i, p}, status);
        });
        QObject::connect(set, &QBarSet::clicked, &scene, [&scene, i, nCat, horizontal](int index) {
            const int c = horizontal ? nCat - 1 - index : index;
            const int p = scene.spec().series.at(i).indexOf(scene.spec().categories.at(c).id);
            if (p >= 0)
                scene.emitClicked({i, p});
        });
    }
    for (int i = 0; i < nSer; ++i)
        series->append(sets.at(horizontal ? nSer - 1 - i : i));
    chart->addSeries(series);
    // Adding a series applies the chart's theme to it: the colours go on afterwards.
    for (int i = 0; i < nSer; ++i) {
        const QColor color = pointColor(spec, scene.theme(), i, QString());
        sets.at(i)->setColor(color);
        sets.at(i)->setBorderColor(UncertaintyStyle::outline(color, scene.theme()));
    }

    QStringList labels;
    for (int a = 0; a < nCat; ++a)
        labels.append(spec.categories.at(horizontal ? nCat - 1 - a : a).label);
    QBarCategoryAxis *categories = SceneAxes::categoryAxis(labels, scene, !horizontal);
    QCategoryAxis *valueAxis = SceneAxes::valueAxis(ticks, axisMin, axisMax, scene);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);

    if (horizontal && nSer > 1)
        addRowBands(scene, nCat, 1);
    auto *overlay = new BarOverlayItem(scene, series, bars, baseline, horizontal);
    for (const BarSlot &slot : overlay->bars()) {
        if (slot.pointIndex < 0)
            continue;
        const ChartPoint &point = spec.series.at(slot.series).points.at(slot.pointIndex);
        const double a = horizontal ? nCat - 1 - slot.category : slot.category;
        const double w = series->barWidth();
        const int position = horizontal ? nSer - 1 - slot.series : slot.series;
        const double across = a - w / 2 + w * (position + 0.5) / nSer;
        const double v = SceneAxes::axisValue(point.value, log);
        scene.addPoint({slot.series, slot.pointIndex}, series, horizontal ? QPointF(v, across) : QPointF(across, v),
                       horizontal ? QPointF(baseline, across) : QPointF(across, baseline));
    }

    // Leave room past the longest bars for their labels: stretch the value axis once the plot's
    // length in pixels is known.
    scene.onLayout([&scene, overlay, valueAxis, axisMin, axisMax, horizontal, log] {
        const QRectF plot = scene.chart()->plotArea();
        const double length = horizontal ? plot.width() : plot.height();
        if (length <= 0)
            return;
        double wanted = axisMax;
        for (const BarSlot &slot : overlay->bars()) {
            const ChartPoint *point = overlay->pointOf(slot);
            if (!point)
                continue;
            const double v = SceneAxes::axisValue(slot.encoding.range ? point->valueHigh : point->value, log);
            const double extra = std::min(overlay->extraLength(slot), length * 0.28);
            wanted = std::max(wanted, axisMin + (v - axisMin) * length / (length - extra));
        }
        valueAxis->setMax(wanted);
    });
}

} // namespace tigerscope
