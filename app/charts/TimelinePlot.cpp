#include "TimelinePlot.h"

#include "ChartText.h"
#include "PlotContext.h"
#include "UncertaintyStyle.h"

#include <QDate>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

struct DateTick
{
    QDate date;
    QString label;
    bool major = true;
};

QList<DateTick> dateTicks(const QDate &from, const QDate &to, double width, double minSpacing)
{
    // The finest step in months whose labels do not crowd: 1, 3, 6 months, then whole years.
    const double perMonth = width / double(std::max<qint64>(1, from.daysTo(to))) * 30.44;
    int step = 12;
    for (int candidate : {1, 3, 6, 12, 24, 60, 120}) {
        step = candidate;
        if (candidate * perMonth >= minSpacing)
            break;
    }
    const int minorStep = step >= 12 ? (12 * perMonth >= minSpacing * 0.5 ? 3 : 12) : 1;
    QList<DateTick> ticks;
    const int firstMonth = from.year() * 12 + from.month() - 1;
    const int lastMonth = to.year() * 12 + to.month() - 1;
    for (int m = firstMonth; m <= lastMonth; ++m) {
        const QDate d(m / 12, m % 12 + 1, 1);
        if (d < from || d > to)
            continue;
        if (m % step == 0) {
            const QString label = step >= 12 ? QString::number(d.year()) : d.toString(u"yyyy-MM"_s);
            ticks.append({d, label, true});
        } else if (m % minorStep == 0) {
            ticks.append({d, QString(), false});
        }
    }
    return ticks;
}

} // namespace

QPainterPath TimelinePlot::markerPath(int seriesIndex, const QPointF &c, double size)
{
    QPainterPath path;
    const double r = size / 2;
    switch (std::max(0, seriesIndex) % 5) {
    case 0: path.addEllipse(c, r, r); break;
    case 1:
        path.moveTo(c.x(), c.y() - r * 1.2);
        path.lineTo(c.x() + r * 1.2, c.y());
        path.lineTo(c.x(), c.y() + r * 1.2);
        path.lineTo(c.x() - r * 1.2, c.y());
        path.closeSubpath();
        break;
    case 2: path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); break;
    case 3:
        path.moveTo(c.x(), c.y() - r * 1.15);
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.85);
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.85);
        path.closeSubpath();
        break;
    default:
        path.moveTo(c.x(), c.y() + r * 1.15);
        path.lineTo(c.x() + r * 1.1, c.y() - r * 0.85);
        path.lineTo(c.x() - r * 1.1, c.y() - r * 0.85);
        path.closeSubpath();
        break;
    }
    return path;
}

void TimelinePlot::paint(PlotContext &ctx, const QRectF &area)
{
    const ChartSpec &spec = ctx.spec;
    const int nCat = int(spec.categories.size());
    QDate first, last;
    for (const ChartSeries &s : spec.series) {
        for (const ChartPoint &pt : s.points) {
            if (!pt.date.isValid() || spec.categoryIndex(pt.categoryId) < 0)
                continue;
            if (!first.isValid() || pt.date < first)
                first = pt.date;
            if (!last.isValid() || pt.date > last)
                last = pt.date;
        }
    }
    if (nCat == 0 || !first.isValid()) {
        ctx.paintEmpty(area);
        return;
    }
    QPainter &p = ctx.painter;
    const QFont tickFont = ctx.font(Role::Tick);
    const QFont catFont = ctx.font(Role::CategoryLabel);
    const QFont valueFont = ctx.font(Role::ValueLabel);
    const QFont titleFont = ctx.font(Role::AxisTitle);
    const double tickH = ChartText::lineHeight(tickFont);
    const double catLH = ChartText::lineHeight(catFont);
    const double valueH = ChartText::lineHeight(valueFont);
    const double titleH = ChartText::lineHeight(titleFont);

    double bottom = area.bottom() - tickH - ctx.px(6);
    if (!spec.valueAxis.title.isEmpty())
        bottom -= titleH + ctx.px(6);
    const double band = (bottom - area.top()) / nCat;
    const int maxLines = std::clamp(int(band * 0.95 / catLH), 1, 2);
    QList<QStringList> catLines;
    double labelColumn = 0;
    for (const ChartCategory &c : spec.categories) {
        catLines.append(ChartText::wrap(c.label, catFont, area.width() * 0.22, maxLines));
        labelColumn = std::max(labelColumn, ChartText::widest(catLines.last(), catFont));
    }
    const double left = area.left() + labelColumn + ctx.px(14);
    // Room at the right so the last event's label is not cut off.
    const QRectF plot(left, area.top(), area.right() - left - ctx.px(24), bottom - area.top());

    const qint64 span = std::max<qint64>(30, first.daysTo(last));
    const QDate from = first.addDays(-(span / 25 + 10));
    const QDate to = last.addDays(span / 25 + 10);
    const double days = double(from.daysTo(to));
    const auto xOf = [&](const QDate &d) { return plot.left() + plot.width() * from.daysTo(d) / days; };

    p.save();
    for (int c = 0; c < nCat; c += 2)
        p.fillRect(QRectF(plot.left(), plot.top() + band * c, plot.width(), band), ctx.theme.band);

    QColor minorGrid = ctx.theme.grid;
    minorGrid.setAlphaF(0.5f);
    p.setFont(tickFont);
    for (const DateTick &t : dateTicks(from, to, plot.width(), ctx.px(64))) {
        const double x = xOf(t.date);
        p.setPen(QPen(t.major ? ctx.theme.grid : minorGrid, std::max(1.0, ctx.px(1))));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (t.label.isEmpty())
            continue;
        p.setPen(ctx.theme.mutedText);
        const double w = ChartText::width(t.label, tickFont);
        p.drawText(QRectF(x - w / 2 - ctx.px(2), plot.bottom() + ctx.px(6), w + ctx.px(4), tickH),
                   Qt::AlignCenter | Qt::TextDontClip, t.label);
    }
    p.setPen(QPen(ctx.theme.axis, std::max(1.0, ctx.px(1.2))));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const double marker = std::clamp(band * 0.34, ctx.px(8), ctx.px(15));
    QList<QRectF> placedLabels;
    QList<QRectF> placedMarkers;
    QList<bool> rowHasEvent(nCat, false);
    for (int s = 0; s < int(spec.series.size()); ++s) {
        const ChartSeries &series = spec.series.at(s);
        for (int i = 0; i < int(series.points.size()); ++i) {
            const ChartPoint &pt = series.points.at(i);
            const int row = spec.categoryIndex(pt.categoryId);
            if (row < 0 || !pt.date.isValid())
                continue;
            rowHasEvent[row] = true;
            // Events on (nearly) the same day stack up and down the row instead of hiding
            // each other.
            const double x0 = xOf(pt.date);
            double y = plot.top() + band * (row + 0.5);
            for (int k = 1; k < 9; ++k) {
                const QRectF box(x0 - marker * 0.6, y - marker * 0.6, marker * 1.2, marker * 1.2);
                const auto overlaps = [&](const QRectF &r) { return r.intersects(box); };
                if (std::none_of(placedMarkers.cbegin(), placedMarkers.cend(), overlaps)
                    && std::none_of(placedLabels.cbegin(), placedLabels.cend(), overlaps))
                    break;
                const double offset = marker * 1.35 * ((k + 1) / 2) * (k % 2 ? -1 : 1);
                if (std::abs(offset) + marker > band / 2)
                    break;
                y = plot.top() + band * (row + 0.5) + offset;
            }
            const QPointF centre(x0, y);
            placedMarkers.append(QRectF(x0 - marker * 0.6, y - marker * 0.6, marker * 1.2, marker * 1.2));
            const QPainterPath shape = markerPath(s, centre, marker);
            UncertaintyStyle::paintShape(p, shape, ctx.colorFor(s, pt.categoryId), UncertaintyEncoding::of(pt),
                                         ctx.theme, ctx.scale);
            QRectF hit = shape.boundingRect();
            const double grow = std::max(0.0, ctx.px(12) - hit.width()) / 2;
            hit.adjust(-grow, -grow, grow, grow);

            // Label above, else below; skipped (the tooltip keeps it) when neither is free.
            const QString text = pt.display;
            if (!text.isEmpty() && (band - marker) / 2 >= valueH * 0.9) {
                const double w = ChartText::width(text, valueFont);
                const double x = std::clamp(centre.x() - w / 2, plot.left(), area.right() - w);
                const QRectF above(x, y - marker / 2 - ctx.px(2) - valueH, w, valueH);
                const QRectF below(x, y + marker / 2 + ctx.px(2), w, valueH);
                const QRectF rightOf(centre.x() + marker / 2 + ctx.px(5), y - valueH / 2, w, valueH);
                const QRectF leftOf(centre.x() - marker / 2 - ctx.px(5) - w, y - valueH / 2, w, valueH);
                for (const QRectF &candidate : {above, below, leftOf, rightOf}) {
                    if (candidate.left() < plot.left() || candidate.right() > area.right()
                        || candidate.top() < plot.top() + band * row - ctx.px(2)
                        || candidate.bottom() > plot.top() + band * (row + 1) + ctx.px(2))
                        continue;
                    const auto clash = [&](const QRectF &r) { return r.intersects(candidate.adjusted(-2, 0, 2, 0)); };
                    const bool free = std::none_of(placedLabels.cbegin(), placedLabels.cend(), clash)
                        && std::none_of(placedMarkers.cbegin(), placedMarkers.cend(), clash);
                    if (!free)
                        continue;
                    p.setFont(valueFont);
                    p.setPen(ctx.theme.text);
                    p.drawText(candidate.adjusted(-ctx.px(2), 0, ctx.px(2), 0), Qt::AlignCenter | Qt::TextDontClip,
                               text);
                    placedLabels.append(candidate);
                    hit = hit.united(candidate);
                    break;
                }
            }
            ChartHit h;
            h.series = s;
            h.pointIndex = i;
            h.categoryId = pt.categoryId;
            h.citationKey = pt.citationKey;
            h.tooltip = pt.tooltip.isEmpty() ? text : pt.tooltip;
            h.rect = hit;
            ctx.hits.add(h);
        }
    }

    QFont missingFont = valueFont;
    missingFont.setItalic(true);
    for (int c = 0; c < nCat; ++c) {
        const double mid = plot.top() + band * (c + 0.5);
        const double h = catLines.at(c).size() * catLH;
        p.setPen(ctx.theme.text);
        ChartText::drawLines(p, QRectF(area.left(), mid - h / 2, labelColumn, h), catLines.at(c), catFont,
                             Qt::AlignRight);
        if (!rowHasEvent.at(c)) {
            p.setFont(missingFont);
            p.setPen(ctx.theme.mutedText);
            p.drawText(QRectF(plot.left() + ctx.px(8), mid - valueH / 2, plot.width(), valueH),
                       Qt::AlignLeft | Qt::AlignVCenter, ctx.missingLabel());
        }
    }
    if (!spec.valueAxis.title.isEmpty()) {
        p.setFont(titleFont);
        p.setPen(ctx.theme.mutedText);
        p.drawText(QRectF(plot.left(), area.bottom() - titleH, plot.width(), titleH),
                   Qt::AlignCenter | Qt::TextDontClip, spec.valueAxis.title);
    }
    p.restore();
}

} // namespace tigerscope
