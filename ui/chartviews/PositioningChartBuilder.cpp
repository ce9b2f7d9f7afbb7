#include "ChartBuilders.h"
#include "ChartScene.h"
#include "ChartText.h"
#include "OccupancyGrid.h"
#include "SceneAxes.h"
#include "UncertaintyStyle.h"

#include <QChart>
#include <QGraphicsItem>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

/// Past this many points labels only cover each other; the points keep their tooltips.
constexpr qsizetype MaxLabelledPoints = 400;
constexpr double AxisReach = 1.1;

struct MapPoint
{
    ChartPointRef ref;
    QPointF value;
    QScatterSeries *series = nullptr;
    QString label;
};

/// The quadrant tint, frame and centre lines under the points.
class QuadrantBackgroundItem : public ChartLayerItem
{
public:
    explicit QuadrantBackgroundItem(const ChartScene &scene)
        : ChartLayerItem(scene, Layer::UnderGrid)
    {}
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const ChartTheme &theme = m_scene.theme();
        const double s = m_scene.scale();
        const QRectF plot = m_scene.chart()->plotArea();
        const QPointF c = m_scene.chart()->mapToPosition(QPointF(0, 0));
        p->save();
        p->setClipRect(plot);
        p->fillRect(QRectF(QPointF(c.x(), plot.top()), QPointF(plot.right(), c.y())), theme.band);
        p->fillRect(QRectF(QPointF(plot.left(), c.y()), QPointF(c.x(), plot.bottom())), theme.band);
        p->setPen(QPen(theme.grid, std::max(1.0, s)));
        p->drawRect(plot);
        p->setPen(QPen(theme.axis, std::max(1.0, 1.3 * s)));
        p->drawLine(QPointF(plot.left(), c.y()), QPointF(plot.right(), c.y()));
        p->drawLine(QPointF(c.x(), plot.top()), QPointF(c.x(), plot.bottom()));
        p->restore();
    }

private:
};

/// Quadrant labels, the axis ends, the points with their certainty encodings and their labels,
/// each placed where it covers nothing already drawn.
class PositioningOverlayItem : public ChartLayerItem
{
public:
    PositioningOverlayItem(const ChartScene &scene, QList<MapPoint> points)
        : ChartLayerItem(scene, Layer::OverSeries)
        , m_points(std::move(points))
    {}

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPainter &p = *painter;
        const ChartTheme &theme = m_scene.theme();
        const PositioningSpec &pos = m_scene.spec().positioning;
        const double s = m_scene.scale();
        QChart *chart = m_scene.chart();
        const QRectF plot = chart->plotArea();
        const QPointF c = chart->mapToPosition(QPointF(0, 0));
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        paintAxisTitles(p, plot);
        p.setClipRect(plot);
        OccupancyGrid occupied(48 * s);

        // Quadrant labels in the outer corners, muted so the points stay in front.
        const QFont quadFont = theme.font(Role::Quadrant, s);
        const double pad = 10 * s;
        const double quadW = plot.width() / 2 - 2 * pad;
        const struct
        {
            QRectF box;
            Qt::Alignment align;
            bool bottom;
        } quadrants[4] = {
            {QRectF(c.x() + pad, plot.top() + pad, quadW, 0), Qt::AlignRight, false},
            {QRectF(plot.left() + pad, plot.top() + pad, quadW, 0), Qt::AlignLeft, false},
            {QRectF(plot.left() + pad, plot.bottom() - pad, quadW, 0), Qt::AlignLeft, true},
            {QRectF(c.x() + pad, plot.bottom() - pad, quadW, 0), Qt::AlignRight, true},
        };
        QColor quadColor = theme.mutedText;
        quadColor.setAlphaF(0.85f);
        for (int q = 0; q < std::min<int>(4, int(pos.quadrantLabels.size())); ++q) {
            const QStringList lines = ChartText::wrap(pos.quadrantLabels.at(q), quadFont, quadW, 2);
            const double h = lines.size() * ChartText::lineHeight(quadFont);
            QRectF box = quadrants[q].box;
            if (quadrants[q].bottom)
                box.setTop(box.top() - h);
            box.setHeight(h);
            p.setPen(quadColor);
            ChartText::drawLines(p, box, lines, quadFont, quadrants[q].align);
            const double w = ChartText::widest(lines, quadFont);
            occupied.add(quadrants[q].align & Qt::AlignRight ? QRectF(box.right() - w, box.top(), w, h)
                                                             : QRectF(box.left(), box.top(), w, h));
        }

        // Axis ends along the centre lines.
        const QFont endFont = theme.font(Role::Tick, s);
        const double endH = ChartText::lineHeight(endFont);
        p.setFont(endFont);
        p.setPen(theme.mutedText);
        const double half = plot.width() / 2 - pad;
        const auto endLabel = [&](const QString &text, const QRectF &r, Qt::Alignment a) {
            if (text.isEmpty())
                return;
            p.drawText(r, a | Qt::AlignVCenter | Qt::TextDontClip, text);
            const double w = ChartText::width(text, endFont);
            const double x = a & Qt::AlignRight ? r.right() - w : r.left();
            occupied.add(QRectF(x, r.top(), w, r.height()));
        };
        const auto decorated = [](const QString &before, const QString &text, const QString &after) {
            return text.isEmpty() ? QString() : before + text + after;
        };
        endLabel(decorated(u"← "_s, pos.xLowLabel, {}), QRectF(plot.left() + pad, c.y() + 4 * s, half, endH),
                 Qt::AlignLeft);
        endLabel(decorated({}, pos.xHighLabel, u" →"_s), QRectF(c.x(), c.y() + 4 * s, half, endH), Qt::AlignRight);
        endLabel(decorated(u"↑ "_s, pos.yHighLabel, {}), QRectF(c.x() + 6 * s, plot.top() + 4 * s, half, endH),
                 Qt::AlignLeft);
        endLabel(decorated(u"↓ "_s, pos.yLowLabel, {}), QRectF(c.x() + 6 * s, plot.bottom() - endH - 4 * s, half, endH),
                 Qt::AlignLeft);

        // Points first, then their labels where they collide with nothing already placed.
        const double r = 7.5 * s;
        QList<QPointF> at;
        at.reserve(m_points.size());
        for (const MapPoint &m : m_points) {
            const QPointF xy = chart->mapToPosition(m.value, m.series);
            at.append(xy);
            if (!m_scene.isSeriesVisible(m.ref.series))
                continue;
            const ChartPoint &pt = m_scene.point(m.ref);
            QPainterPath dot;
            dot.addEllipse(xy, r, r);
            UncertaintyStyle::paintShape(p, dot, pointColor(m_scene.spec(), theme, m.ref.series, pt.categoryId),
                                         UncertaintyEncoding::of(pt), theme, s);
            occupied.add(QRectF(xy.x() - r, xy.y() - r, 2 * r, 2 * r));
        }
        if (m_points.size() <= MaxLabelledPoints) {
            const QFont labelFont = theme.font(Role::Legend, s);
            const double labelH = ChartText::lineHeight(labelFont);
            p.setFont(labelFont);
            p.setPen(theme.text);
            for (qsizetype i = 0; i < m_points.size(); ++i) {
                const MapPoint &m = m_points.at(i);
                if (!m_scene.isSeriesVisible(m.ref.series))
                    continue;
                const QPointF xy = at.at(i);
                const double w = std::min(ChartText::width(m.label, labelFont), plot.width() * 0.4);
                const double gap = r + 5 * s;
                const QRectF candidates[] = {
                    QRectF(xy.x() + gap, xy.y() - labelH / 2, w, labelH),
                    QRectF(xy.x() - gap - w, xy.y() - labelH / 2, w, labelH),
                    QRectF(xy.x() - w / 2, xy.y() - gap - labelH + 3 * s, w, labelH),
                    QRectF(xy.x() - w / 2, xy.y() + gap - 3 * s, w, labelH),
                };
                QRectF chosen = candidates[0];
                for (const QRectF &cand : candidates) {
                    if (plot.contains(cand) && !occupied.intersectsAny(cand)) {
                        chosen = cand;
                        break;
                    }
                }
                if (!plot.contains(chosen))
                    chosen.moveLeft(std::clamp(chosen.left(), plot.left(), plot.right() - w));
                occupied.add(chosen);
                const QString text = QFontMetricsF(labelFont).elidedText(m.label, Qt::ElideRight, w + 1);
                p.drawText(chosen.adjusted(0, 0, 6 * s, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
            }
        }
        p.restore();
    }

private:
    /// Qt Charts elides an axis title when the axis shows no labels: the axes keep the room for
    /// their titles (drawn transparent) and the titles are drawn here.
    void paintAxisTitles(QPainter &p, const QRectF &plot) const
    {
        const PositioningSpec &pos = m_scene.spec().positioning;
        const double s = m_scene.scale();
        const QFont font = m_scene.theme().font(Role::AxisTitle, s);
        const double h = ChartText::lineHeight(font);
        p.setFont(font);
        p.setPen(m_scene.theme().mutedText);
        if (!pos.xTitle.isEmpty())
            p.drawText(QRectF(plot.left(), plot.bottom() + 4 * s, plot.width(), h), Qt::AlignCenter | Qt::TextDontClip,
                       pos.xTitle);
        if (!pos.yTitle.isEmpty()) {
            p.save();
            p.translate(plot.left() - 4 * s - h, plot.center().y());
            p.rotate(-90);
            p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), h), Qt::AlignCenter | Qt::TextDontClip, pos.yTitle);
            p.restore();
        }
    }

    QList<MapPoint> m_points;
};

QValueAxis *positionAxis(const ChartScene &scene, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(-AxisReach, AxisReach);
    SceneAxes::style(axis, scene, title);
    axis->setLabelsVisible(false);
    axis->setGridLineVisible(false);
    axis->setLineVisible(false);
    axis->setTitleBrush(Qt::transparent);
    return axis;
}

} // namespace

void buildPositioningChart(ChartScene &scene, const QSizeF &)
{
    const ChartSpec &spec = scene.spec();
    QChart *chart = scene.chart();
    const double s = scene.scale();
    QValueAxis *xAxis = positionAxis(scene, spec.positioning.xTitle);
    QValueAxis *yAxis = positionAxis(scene, spec.positioning.yTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QList<MapPoint> points;
    for (int i = 0; i < int(spec.series.size()); ++i) {
        const ChartSeries &specSeries = spec.series.at(i);
        auto *series = new QScatterSeries;
        series->setName(specSeries.name.isEmpty() ? specSeries.key : specSeries.name);
        series->setMarkerSize(13 * s);
        QList<QPointF> values;
        values.reserve(specSeries.points.size());
        for (int k = 0; k < int(specSeries.points.size()); ++k) {
            const ChartPoint &pt = specSeries.points.at(k);
            const QPointF v(std::clamp(pt.position.x(), -1.0, 1.0), std::clamp(pt.position.y(), -1.0, 1.0));
            values.append(v);
            const int cat = spec.categoryIndex(pt.categoryId);
            QString label = cat >= 0 ? spec.categories.at(cat).label : pt.categoryId;
            if (!pt.display.isEmpty() && cat < 0)
                label = pt.display;
            points.append({{i, k}, v, series, label});
        }
        series->replace(values);
        chart->addSeries(series);
        // Adding a series applies the chart's theme to it: the colours go on afterwards.
        series->setColor(pointColor(spec, scene.theme(), i, QString()));
        series->setBorderColor(Qt::transparent);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (!specSeries.color.isValid() && specSeries.points.size() <= MaxLabelledPoints) {
            for (int k = 0; k < int(specSeries.points.size()); ++k) {
                series->setPointConfiguration(k, QXYSeries::PointConfiguration::Color,
                                              pointColor(spec, scene.theme(), i, specSeries.points.at(k).categoryId));
            }
        }
        scene.bindSeries(series, i, [series](bool visible) { series->setVisible(visible); });
        QObject::connect(series, &QScatterSeries::hovered, &scene, [&scene, series, i](const QPointF &p, bool state) {
            const qsizetype k = series->points().indexOf(p);
            if (k >= 0)
                scene.emitHovered({i, int(k)}, state);
        });
        QObject::connect(series, &QScatterSeries::clicked, &scene, [&scene, series, i](const QPointF &p) {
            const qsizetype k = series->points().indexOf(p);
            if (k >= 0)
                scene.emitClicked({i, int(k)});
        });
    }
    for (const MapPoint &m : points)
        scene.addPoint(m.ref, m.series, m.value);
    new QuadrantBackgroundItem(scene);
    new PositioningOverlayItem(scene, points);
}

} // namespace tigerscope
