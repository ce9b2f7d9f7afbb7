#include "ChartBuilders.h"
#include "ChartScene.h"
#include "ChartText.h"
#include "SceneAxes.h"
#include "UncertaintyStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItem>
#include <QLegend>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

QScatterSeries::MarkerShape qtShape(int seriesIndex)
{
    switch (std::max(0, seriesIndex) % 4) {
    case 0: return QScatterSeries::MarkerShapeCircle;
    case 1: return QScatterSeries::MarkerShapeRotatedRectangle;
    case 2: return QScatterSeries::MarkerShapeRectangle;
    default: return QScatterSeries::MarkerShapeTriangle;
    }
}

struct EventMark
{
    ChartPointRef ref;
    int row = 0;
    QPointF value; ///< x: date, y: row with its offset for events on the same day
    QScatterSeries *series = nullptr;
};

/// The events' markers with their certainty encodings, their labels where there is room (the
/// tooltip keeps the rest), and "n.a." on a row without events.
class TimelineOverlayItem : public ChartLayerItem
{
public:
    TimelineOverlayItem(const ChartScene &scene, QList<EventMark> marks, QList<bool> rowHasEvent, double marker)
        : ChartLayerItem(scene, Layer::OverSeries)
        , m_marks(std::move(marks))
        , m_rowHasEvent(std::move(rowHasEvent))
        , m_marker(marker)
    {}

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPainter &p = *painter;
        const ChartTheme &theme = m_scene.theme();
        const double s = m_scene.scale();
        const QRectF plot = m_scene.chart()->plotArea();
        const int rows = int(m_rowHasEvent.size());
        const double band = plot.height() / std::max(1, rows);
        const QFont valueFont = theme.font(Role::ValueLabel, s);
        const double valueH = ChartText::lineHeight(valueFont);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setClipRect(plot.adjusted(0, -2 * s, 24 * s, 2 * s));
        QList<QRectF> labels;
        QList<QRectF> markers;
        for (const EventMark &m : m_marks) {
            if (!m_scene.isSeriesVisible(m.ref.series))
                continue;
            const QPointF at = m_scene.chart()->mapToPosition(m.value, m.series);
            markers.append(QRectF(at.x() - m_marker * 0.6, at.y() - m_marker * 0.6, m_marker * 1.2, m_marker * 1.2));
        }
        for (const EventMark &m : m_marks) {
            if (!m_scene.isSeriesVisible(m.ref.series))
                continue;
            const ChartPoint &pt = m_scene.point(m.ref);
            const QPointF at = m_scene.chart()->mapToPosition(m.value, m.series);
            UncertaintyStyle::paintShape(p, timelineMarkerPath(m.ref.series, at, m_marker),
                                         pointColor(m_scene.spec(), theme, m.ref.series, pt.categoryId),
                                         UncertaintyEncoding::of(pt), theme, s);
            // Label above, else below, left or right; skipped when no place is free.
            if (pt.display.isEmpty() || (band - m_marker) / 2 < valueH * 0.9)
                continue;
            const double w = ChartText::width(pt.display, valueFont);
            const double x = std::clamp(at.x() - w / 2, plot.left(), plot.right() + 20 * s - w);
            const double rowTop = plot.top() + band * m.row;
            const QRectF candidates[] = {
                QRectF(x, at.y() - m_marker / 2 - 2 * s - valueH, w, valueH),
                QRectF(x, at.y() + m_marker / 2 + 2 * s, w, valueH),
                QRectF(at.x() - m_marker / 2 - 5 * s - w, at.y() - valueH / 2, w, valueH),
                QRectF(at.x() + m_marker / 2 + 5 * s, at.y() - valueH / 2, w, valueH),
            };
            for (const QRectF &c : candidates) {
                if (c.left() < plot.left() || c.right() > plot.right() + 20 * s || c.top() < rowTop - 2 * s
                    || c.bottom() > rowTop + band + 2 * s)
                    continue;
                const auto clash = [&](const QRectF &r) { return r.intersects(c.adjusted(-2, 0, 2, 0)); };
                if (std::any_of(labels.cbegin(), labels.cend(), clash)
                    || std::any_of(markers.cbegin(), markers.cend(), clash))
                    continue;
                p.setFont(valueFont);
                p.setPen(theme.text);
                p.drawText(c.adjusted(-2 * s, 0, 2 * s, 0), Qt::AlignCenter | Qt::TextDontClip, pt.display);
                labels.append(c);
                break;
            }
        }
        QFont missingFont = valueFont;
        missingFont.setItalic(true);
        p.setFont(missingFont);
        p.setPen(theme.mutedText);
        for (int r = 0; r < rows; ++r) {
            if (m_rowHasEvent.at(r))
                continue;
            const double mid = plot.top() + band * (r + 0.5);
            p.drawText(QRectF(plot.left() + 8 * s, mid - valueH / 2, plot.width(), valueH),
                       Qt::AlignLeft | Qt::AlignVCenter, m_scene.missingText());
        }
        p.restore();
    }

private:
    QList<EventMark> m_marks;
    QList<bool> m_rowHasEvent;
    double m_marker;
};

/// Alternate row bands under the grid: they help the eye along a row.
class RowBandsItem : public ChartLayerItem
{
public:
    RowBandsItem(const ChartScene &scene, int rows, int firstShaded)
        : ChartLayerItem(scene, Layer::UnderGrid)
        , m_rows(rows)
        , m_first(firstShaded)
    {}
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF plot = m_scene.chart()->plotArea();
        const double band = plot.height() / std::max(1, m_rows);
        for (int r = m_first; r < m_rows; r += 2)
            p->fillRect(QRectF(plot.left(), plot.top() + band * r, plot.width(), band), m_scene.theme().band);
    }

private:
    int m_rows;
    int m_first;
};

} // namespace

void addRowBands(ChartScene &scene, int rows, int firstShaded)
{
    new RowBandsItem(scene, rows, firstShaded);
}

/// The shape of a series' markers, drawn over Qt's own marker of the nearest shape.
QPainterPath timelineMarkerPath(int seriesIndex, const QPointF &c, double size)
{
    QPainterPath path;
    const double r = size / 2;
    switch (std::max(0, seriesIndex) % 4) {
    case 0: path.addEllipse(c, r, r); break;
    case 1:
        path.moveTo(c.x(), c.y() - r * 1.2);
        path.lineTo(c.x() + r * 1.2, c.y());
        path.lineTo(c.x(), c.y() + r * 1.2);
        path.lineTo(c.x() - r * 1.2, c.y());
        path.closeSubpath();
        break;
    case 2: path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); break;
    default:
        path.moveTo(c.x(), c.y() - r * 1.15);
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.85);
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.85);
        path.closeSubpath();
        break;
    }
    return path;
}

void buildTimelineChart(ChartScene &scene, const QSizeF &logicalSize)
{
    const ChartSpec &spec = scene.spec();
    const int rows = int(spec.categories.size());
    QDate first, last;
    for (const ChartSeries &s : spec.series) {
        for (const ChartPoint &pt : s.points) {
            if (!pt.date.isValid() || spec.categoryIndex(pt.categoryId) < 0)
                continue;
            first = !first.isValid() || pt.date < first ? pt.date : first;
            last = !last.isValid() || pt.date > last ? pt.date : last;
        }
    }
    if (rows == 0 || !first.isValid())
        return;
    QChart *chart = scene.chart();
    const double s = scene.scale();
    const qint64 span = std::max<qint64>(30, first.daysTo(last));
    const QDate from = first.addDays(-(span / 25 + 10));
    const QDate to = last.addDays(span / 25 + 10);
    const double plotWidth = logicalSize.width() * 0.72;
    const double bandPx = logicalSize.height() * 0.55 / rows;
    const double marker = std::clamp(bandPx * 0.34, 8 * s, 15 * s);
    const double pxPerDay = plotWidth / double(std::max<qint64>(1, from.daysTo(to)));

    QCategoryAxis *xAxis = SceneAxes::dateAxis(from, to, plotWidth, scene);
    QStringList labels;
    for (const ChartCategory &c : spec.categories)
        labels.append(c.label);
    QCategoryAxis *yAxis = SceneAxes::rowAxis(labels, scene);
    yAxis->setGridLineVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QList<EventMark> marks;
    QList<bool> rowHasEvent(rows, false);
    for (int i = 0; i < int(spec.series.size()); ++i) {
        const ChartSeries &specSeries = spec.series.at(i);
        auto *series = new QScatterSeries;
        series->setName(specSeries.name.isEmpty() ? specSeries.key : specSeries.name);
        series->setMarkerShape(qtShape(i));
        series->setMarkerSize(marker * 0.9);
        QList<int> pointOfIndex;
        for (int k = 0; k < int(specSeries.points.size()); ++k) {
            const ChartPoint &pt = specSeries.points.at(k);
            const int row = spec.categoryIndex(pt.categoryId);
            if (row < 0 || !pt.date.isValid())
                continue;
            rowHasEvent[row] = true;
            // Events on (nearly) the same day stack up and down the row instead of hiding each other.
            const double x = SceneAxes::dateValue(pt.date);
            const double centre = rows - 1 - row;
            double y = centre;
            for (int step = 1; step < 9; ++step) {
                const auto near = [&](const EventMark &m) {
                    return m.row == row && std::abs(m.value.y() - y) * bandPx < marker * 1.2
                        && std::abs(m.value.x() - x) / 86400000.0 * pxPerDay < marker * 1.2;
                };
                if (std::none_of(marks.cbegin(), marks.cend(), near))
                    break;
                const double offset = marker * 1.35 * ((step + 1) / 2) * (step % 2 ? 1 : -1) / bandPx;
                if (std::abs(offset) * bandPx + marker > bandPx / 2)
                    break;
                y = centre + offset;
            }
            series->append(x, y);
            pointOfIndex.append(k);
            marks.append({{i, k}, row, QPointF(x, y), series});
        }
        chart->addSeries(series);
        // Adding a series applies the chart's theme to it: the colours go on afterwards.
        series->setColor(pointColor(spec, scene.theme(), i, QString()));
        series->setBorderColor(Qt::transparent);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (!specSeries.color.isValid()) {
            for (qsizetype n = 0; n < pointOfIndex.size(); ++n) {
                const QString company = specSeries.points.at(pointOfIndex.at(n)).categoryId;
                series->setPointConfiguration(int(n), QXYSeries::PointConfiguration::Color,
                                              pointColor(spec, scene.theme(), i, company));
            }
        }
        scene.bindSeries(series, i, [series](bool visible) { series->setVisible(visible); });
        const auto refAt = [series, pointOfIndex, i](const QPointF &p) {
            const QList<QPointF> pts = series->points();
            for (qsizetype n = 0; n < pts.size(); ++n) {
                if (pts.at(n) == p)
                    return ChartPointRef{i, pointOfIndex.at(n)};
            }
            return ChartPointRef{};
        };
        QObject::connect(series, &QScatterSeries::hovered, &scene, [&scene, refAt](const QPointF &p, bool state) {
            if (const ChartPointRef ref = refAt(p); ref.isValid())
                scene.emitHovered(ref, state);
        });
        QObject::connect(series, &QScatterSeries::clicked, &scene, [&scene, refAt](const QPointF &p) {
            if (const ChartPointRef ref = refAt(p); ref.isValid())
                scene.emitClicked(ref);
        });
    }
    // Reading order: by row, then by date.
    std::stable_sort(marks.begin(), marks.end(), [](const EventMark &a, const EventMark &b) {
        return a.row != b.row ? a.row < b.row : a.value.x() < b.value.x();
    });
    for (const EventMark &m : marks)
        scene.addPoint(m.ref, m.series, m.value);

    addRowBands(scene, rows, 0);
    new TimelineOverlayItem(scene, marks, rowHasEvent, marker);
}

} // namespace tigerscope
