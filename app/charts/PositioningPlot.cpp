#include "PositioningPlot.h"

#include "ChartText.h"
#include "OccupancyGrid.h"
#include "PlotContext.h"
#include "UncertaintyStyle.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

} // namespace

void PositioningPlot::paint(PlotContext &ctx, const QRectF &area)
{
    const ChartSpec &spec = ctx.spec;
    const PositioningSpec &pos = spec.positioning;
    QPainter &p = ctx.painter;
    const QFont titleFont = ctx.font(Role::AxisTitle);
    const QFont endFont = ctx.font(Role::Tick);
    const QFont quadFont = ctx.font(Role::Quadrant);
    const QFont labelFont = ctx.font(Role::Legend);
    const double titleH = ChartText::lineHeight(titleFont);
    const double endH = ChartText::lineHeight(endFont);
    const double labelH = ChartText::lineHeight(labelFont);

    QRectF plot = area;
    if (!pos.yTitle.isEmpty())
        plot.setLeft(plot.left() + titleH + ctx.px(8));
    if (!pos.xTitle.isEmpty())
        plot.setBottom(plot.bottom() - titleH - ctx.px(6));
    if (plot.width() < ctx.px(40) || plot.height() < ctx.px(40)) {
        ctx.paintEmpty(area);
        return;
    }

    p.save();
    const QPointF c = plot.center();
    p.fillRect(QRectF(c.x(), plot.top(), plot.width() / 2, plot.height() / 2), ctx.theme.band);
    p.fillRect(QRectF(plot.left(), c.y(), plot.width() / 2, plot.height() / 2), ctx.theme.band);
    p.setPen(QPen(ctx.theme.grid, std::max(1.0, ctx.px(1))));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setPen(QPen(ctx.theme.axis, std::max(1.0, ctx.px(1.3))));
    p.drawLine(QPointF(plot.left(), c.y()), QPointF(plot.right(), c.y()));
    p.drawLine(QPointF(c.x(), plot.top()), QPointF(c.x(), plot.bottom()));

    // Quadrant labels in the outer corners, muted so the points stay in front.
    const double pad = ctx.px(10);
    const double quadW = plot.width() / 2 - 2 * pad;
    const struct
    {
        QRectF box;
        Qt::Alignment align;
    } quadrants[4] = {
        {QRectF(c.x() + pad, plot.top() + pad, quadW, plot.height() / 2), Qt::AlignRight},
        {QRectF(plot.left() + pad, plot.top() + pad, quadW, plot.height() / 2), Qt::AlignLeft},
        {QRectF(plot.left() + pad, plot.bottom() - pad, quadW, 0), Qt::AlignLeft},
        {QRectF(c.x() + pad, plot.bottom() - pad, quadW, 0), Qt::AlignRight},
    };
    OccupancyGrid occupied(ctx.px(48));
    QColor quadColor = ctx.theme.mutedText;
    quadColor.setAlphaF(0.85f);
    for (int q = 0; q < std::min<int>(4, int(pos.quadrantLabels.size())); ++q) {
        const QStringList lines = ChartText::wrap(pos.quadrantLabels.at(q), quadFont, quadW, 2);
        const double h = lines.size() * ChartText::lineHeight(quadFont);
        QRectF box = quadrants[q].box;
        if (q >= 2)
            box.setTop(box.top() - h);
        box.setHeight(h);
        p.setPen(quadColor);
        ChartText::drawLines(p, box, lines, quadFont, quadrants[q].align);
        const double w = ChartText::widest(lines, quadFont);
        occupied.add(quadrants[q].align & Qt::AlignRight ? QRectF(box.right() - w, box.top(), w, h)
                                                         : QRectF(box.left(), box.top(), w, h));
    }

    // Axis ends along the centre lines.
    p.setFont(endFont);
    p.setPen(ctx.theme.mutedText);
    const auto endLabel = [&](const QString &text, const QRectF &r, Qt::Alignment a) {
        if (text.isEmpty())
            return;
        p.drawText(r, a | Qt::TextDontClip, text);
        const double w = ChartText::width(text, endFont);
        const double x = a & Qt::AlignRight ? r.right() - w : a & Qt::AlignLeft ? r.left() : r.center().x() - w / 2;
        occupied.add(QRectF(x, r.top(), w, r.height()));
    };
    const double half = plot.width() / 2 - pad;
    const auto decorated = [](const QString &before, const QString &text, const QString &after) {
        return text.isEmpty() ? QString() : before + text + after;
    };
    endLabel(decorated(u"← "_s, pos.xLowLabel, {}), QRectF(plot.left() + pad, c.y() + ctx.px(4), half, endH),
             Qt::AlignLeft | Qt::AlignVCenter);
    endLabel(decorated({}, pos.xHighLabel, u" →"_s), QRectF(c.x(), c.y() + ctx.px(4), half, endH),
             Qt::AlignRight | Qt::AlignVCenter);
    endLabel(decorated(u"↑ "_s, pos.yHighLabel, {}), QRectF(c.x() + ctx.px(6), plot.top() + ctx.px(4), half, endH),
             Qt::AlignLeft | Qt::AlignVCenter);
    endLabel(decorated(u"↓ "_s, pos.yLowLabel, {}),
             QRectF(c.x() + ctx.px(6), plot.bottom() - endH - ctx.px(4), half, endH), Qt::AlignLeft | Qt::AlignVCenter);

    p.setFont(titleFont);
    if (!pos.xTitle.isEmpty())
        p.drawText(QRectF(plot.left(), area.bottom() - titleH, plot.width(), titleH),
                   Qt::AlignCenter | Qt::TextDontClip, pos.xTitle);
    if (!pos.yTitle.isEmpty()) {
        p.save();
        p.translate(area.left(), c.y());
        p.rotate(-90);
        p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), titleH), Qt::AlignCenter | Qt::TextDontClip,
                   pos.yTitle);
        p.restore();
    }

    // Points first, then their labels where they collide with nothing already placed.
    const double r = ctx.px(7.5);
    const QRectF inner = plot.adjusted(r * 2, r * 2, -r * 2, -r * 2);
    struct Placed
    {
        int series;
        int index;
        QPointF at;
        QString label;
    };
    QList<Placed> points;
    for (int s = 0; s < int(spec.series.size()); ++s) {
        const ChartSeries &series = spec.series.at(s);
        for (int i = 0; i < int(series.points.size()); ++i) {
            const ChartPoint &pt = series.points.at(i);
            const double x = std::clamp(pt.position.x(), -1.0, 1.0);
            const double y = std::clamp(pt.position.y(), -1.0, 1.0);
            const QPointF at(inner.center().x() + x * inner.width() / 2, inner.center().y() - y * inner.height() / 2);
            QPainterPath dot;
            dot.addEllipse(at, r, r);
            UncertaintyStyle::paintShape(p, dot, ctx.colorFor(s, pt.categoryId), UncertaintyEncoding::of(pt), ctx.theme,
                                         ctx.scale);
            occupied.add(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            const int cat = spec.categoryIndex(pt.categoryId);
            QString label = cat >= 0 ? spec.categories.at(cat).label : pt.categoryId;
            if (!pt.display.isEmpty() && cat < 0)
                label = pt.display;
            points.append({s, i, at, label});
        }
    }
    p.setFont(labelFont);
    p.setPen(ctx.theme.text);
    // Past a few hundred points labels only cover each other; the points keep their tooltips.
    const bool labelled = points.size() <= MaxLabelledPoints;
    for (const Placed &pl : points) {
        const ChartPoint &pt = spec.series.at(pl.series).points.at(pl.index);
        ChartHit h;
        h.series = pl.series;
        h.pointIndex = pl.index;
        h.categoryId = pt.categoryId;
        h.citationKey = pt.citationKey;
        h.tooltip = pt.tooltip.isEmpty() ? pl.label : pt.tooltip;
        h.rect = QRectF(pl.at.x() - r - ctx.px(2), pl.at.y() - r - ctx.px(2), 2 * r + ctx.px(4), 2 * r + ctx.px(4));
        ctx.hits.add(h);
        if (!labelled)
            continue;

        const double w = std::min(ChartText::width(pl.label, labelFont), plot.width() * 0.4);
        const double gap = r + ctx.px(5);
        const QRectF candidates[] = {
            QRectF(pl.at.x() + gap, pl.at.y() - labelH / 2, w, labelH),
            QRectF(pl.at.x() - gap - w, pl.at.y() - labelH / 2, w, labelH),
            QRectF(pl.at.x() - w / 2, pl.at.y() - gap - labelH + ctx.px(3), w, labelH),
            QRectF(pl.at.x() - w / 2, pl.at.y() + gap - ctx.px(3), w, labelH),
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
        const QString text = QFontMetricsF(labelFont).elidedText(pl.label, Qt::ElideRight, w + 1);
        p.drawText(chosen.adjusted(0, 0, ctx.px(6), 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
        h.rect = chosen;
        ctx.hits.add(h);
    }
    p.restore();
}

} // namespace tigerscope
