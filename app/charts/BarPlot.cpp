#include "BarPlot.h"

#include "ChartText.h"
#include "PlotContext.h"
#include "UncertaintyStyle.h"
#include "ValueAxis.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

struct BarItem
{
    int series = 0;
    int category = 0;
    int pointIndex = -1; ///< -1: the series has no value for the category
    const ChartPoint *point = nullptr;
    UncertaintyEncoding encoding;
    QString label;
    double labelWidth = 0;
    bool rotatedLabel = false;
};

QColor contrastingText(const QColor &fill)
{
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l < 0.5 ? QColor(Qt::white) : QColor(0x1F, 0x23, 0x28);
}

/// Maps axis space (along the category axis, along the value axis) to painter coordinates.
struct Frame
{
    bool horizontal = true;
    QRectF plot;

    double valueLength() const { return horizontal ? plot.width() : plot.height(); }
    QPointF at(double across, double along) const
    {
        return horizontal ? QPointF(plot.left() + along, across) : QPointF(across, plot.bottom() - along);
    }
    QRectF rect(double acrossFrom, double acrossTo, double alongFrom, double alongTo) const
    {
        return QRectF(at(acrossFrom, alongFrom), at(acrossTo, alongTo)).normalized();
    }
    QPointF direction(bool positive) const
    {
        const double sign = positive ? 1 : -1;
        return horizontal ? QPointF(sign, 0) : QPointF(0, -sign);
    }
};

} // namespace

void BarPlot::paint(PlotContext &ctx, const QRectF &area, Qt::Orientation orientation)
{
    const ChartSpec &spec = ctx.spec;
    const int nCat = int(spec.categories.size());
    const int nSer = int(spec.series.size());
    if (nCat == 0 || nSer == 0) {
        ctx.paintEmpty(area);
        return;
    }
    QPainter &p = ctx.painter;
    const bool horizontal = orientation == Qt::Horizontal;
    const bool log = spec.valueAxis.logScale;
    const auto showable = [log](double v) { return std::isfinite(v) && (!log || v > 0); };

    const QFont tickFont = ctx.font(Role::Tick);
    const QFont valueFont = ctx.font(Role::ValueLabel);
    const QFont catFont = ctx.font(Role::CategoryLabel);
    const QFont titleFont = ctx.font(Role::AxisTitle);
    QFont missingFont = valueFont;
    missingFont.setItalic(true);
    const double tickH = ChartText::lineHeight(tickFont);
    const double valueH = ChartText::lineHeight(valueFont);
    const double catLH = ChartText::lineHeight(catFont);
    const double titleH = ChartText::lineHeight(titleFont);

    // The data, one item per (category, series) slot.
    QList<BarItem> items;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int c = 0; c < nCat; ++c) {
        for (int s = 0; s < nSer; ++s) {
            BarItem item;
            item.series = s;
            item.category = c;
            const ChartSeries &series = spec.series.at(s);
            const int idx = series.indexOf(spec.categories.at(c).id);
            if (idx >= 0 && showable(series.points.at(idx).value)) {
                item.pointIndex = idx;
                item.point = &series.points.at(idx);
                item.encoding = UncertaintyEncoding::of(*item.point);
                item.encoding.range = item.encoding.range && showable(item.point->valueHigh);
                item.label = ctx.displayText(*item.point);
                lo = std::min(lo, item.point->value);
                hi = std::max(hi, item.encoding.range ? item.point->valueHigh : item.point->value);
            } else {
                item.label = ctx.missingLabel();
            }
            item.labelWidth = ChartText::width(item.label, item.point ? valueFont : missingFont);
            items.append(item);
        }
    }
    if (!std::isfinite(lo)) {
        lo = log ? 1 : 0;
        hi = log ? 10 : 1;
    }
    const auto ticksFor = [&](double length) { return std::max(2, int(length / ctx.px(horizontal ? 115 : 62))); };

    // Layout: reserve the category labels, tick labels and axis titles, then the plot.
    QRectF plot;
    QList<QStringList> catLines;
    double labelColumn = 0;
    if (horizontal) {
        double top = area.top();
        double bottom = area.bottom() - tickH - ctx.px(6);
        if (!spec.categoryAxisTitle.isEmpty())
            top += titleH + ctx.px(4);
        if (!spec.valueAxis.title.isEmpty())
            bottom -= titleH + ctx.px(6);
        const double band = (bottom - top) / nCat;
        const int maxLines = std::clamp(int(band * 0.95 / catLH), 1, 3);
        for (const ChartCategory &c : spec.categories) {
            catLines.append(ChartText::wrap(c.label, catFont, area.width() * 0.28, maxLines));
            labelColumn = std::max(labelColumn, ChartText::widest(catLines.last(), catFont));
        }
        const double left = area.left() + labelColumn + ctx.px(12);
        plot = QRectF(left, top, area.right() - left, bottom - top);
    } else {
        double left = area.left();
        if (!spec.valueAxis.title.isEmpty())
            left += titleH + ctx.px(8);
        const ValueAxis provisional(lo, hi, log, spec.valueAxis.notation, ticksFor(area.height() * 0.75));
        double tickW = 0;
        for (const ValueAxis::Tick &t : provisional.ticks())
            tickW = std::max(tickW, ChartText::width(t.label, tickFont));
        left += tickW + ctx.px(8);
        const double band = (area.right() - left) / nCat;
        int lines = 1;
        for (const ChartCategory &c : spec.categories) {
            catLines.append(ChartText::wrap(c.label, catFont, band * 0.92, 3));
            lines = std::max(lines, int(catLines.last().size()));
        }
        double bottom = area.bottom() - lines * catLH - ctx.px(8);
        if (!spec.categoryAxisTitle.isEmpty())
            bottom -= titleH + ctx.px(6);
        plot = QRectF(left, area.top(), area.right() - left, bottom - area.top());
    }
    if (plot.width() < ctx.px(30) || plot.height() < ctx.px(30)) {
        ctx.paintEmpty(area);
        return;
    }
    const Frame frame{horizontal, plot};
    const double catStart = horizontal ? plot.top() : plot.left();
    const double band = (horizontal ? plot.height() : plot.width()) / nCat;
    const double slot = std::min(band * (nSer > 1 ? 0.8 : 0.62) / nSer, ctx.px(horizontal ? 42 : 70));
    const double thickness = slot - (nSer > 1 ? std::min(ctx.px(3), slot * 0.15) : 0);
    const auto slotStart = [&](int c, int s) { return catStart + band * c + (band - slot * nSer) / 2 + slot * s; };
    const double labelAcross = nSer == 1 ? band * 0.96 : slot + ctx.px(2);
    for (BarItem &item : items)
        item.rotatedLabel = !horizontal && item.labelWidth > labelAcross;

    // Wide columns would otherwise get a huge arrow.
    const double arrowThickness = std::min(thickness * 0.8, ctx.px(20));
    const double arrowLen = std::max(4.0, arrowThickness * 0.7);
    const auto endExtra = [&](const BarItem &item) {
        return item.encoding.openEnd ? arrowLen : item.encoding.upperBound ? ctx.px(5) : 0.0;
    };
    const auto labelAlong
        = [&](const BarItem &item) { return horizontal || item.rotatedLabel ? item.labelWidth : valueH; };

    // Shrink the value axis until the value labels beyond the bars fit.
    const double fullLength = frame.valueLength();
    double length = fullLength;
    ValueAxis axis(lo, hi, log, spec.valueAxis.notation, ticksFor(length));
    for (int pass = 0; pass < 3; ++pass) {
        double overflow = 0;
        for (const BarItem &item : items) {
            if (!item.point)
                continue;
            const double v = item.encoding.range ? item.point->valueHigh : item.point->value;
            const double end = axis.fraction(v) * length + endExtra(item) + ctx.px(5) + labelAlong(item);
            overflow = std::max(overflow, end - fullLength);
        }
        if (overflow <= 0.5)
            break;
        length = std::max(fullLength * 0.72, length - overflow - 1);
        axis = ValueAxis(lo, hi, log, spec.valueAxis.notation, ticksFor(length));
    }
    const auto along = [&](double v) { return axis.fraction(v) * length; };
    const double base = along(axis.baseline());

    p.save();
    // Alternate bands help the eye across grouped bars.
    if (horizontal && nSer > 1) {
        for (int c = 1; c < nCat; c += 2)
            p.fillRect(frame.rect(catStart + band * c, catStart + band * (c + 1), 0, fullLength), ctx.theme.band);
    }

    // Gridlines and tick labels.
    QColor minorGrid = ctx.theme.grid;
    minorGrid.setAlphaF(0.45f);
    const double across0 = catStart;
    const double across1 = catStart + band * nCat;
    p.setFont(tickFont);
    for (const ValueAxis::Tick &t : axis.ticks()) {
        const double f = axis.fraction(t.value);
        if (f < -1e-9 || f > 1 + 1e-9)
            continue;
        const double a = f * length;
        p.setPen(QPen(t.major ? ctx.theme.grid : minorGrid, std::max(1.0, ctx.px(1))));
        p.drawLine(frame.at(across0, a), frame.at(across1, a));
        if (t.label.isEmpty())
            continue;
        p.setPen(ctx.theme.mutedText);
        const double w = ChartText::width(t.label, tickFont);
        if (horizontal) {
            double x = plot.left() + a - w / 2;
            x = std::clamp(x, plot.left() - labelColumn, area.right() - w);
            p.drawText(QRectF(x, plot.bottom() + ctx.px(6), w + ctx.px(4), tickH),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, t.label);
        } else {
            const double y = plot.bottom() - a;
            p.drawText(QRectF(plot.left() - ctx.px(8) - w - ctx.px(4), y - tickH / 2, w + ctx.px(4), tickH),
                       Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, t.label);
        }
    }

    // Bars, encodings and value labels.
    for (const BarItem &item : items) {
        const double s0 = slotStart(item.category, item.series);
        const double mid = s0 + slot / 2;
        const double t0 = mid - thickness / 2, t1 = mid + thickness / 2;
        if (!item.point) {
            // No value is not zero: say so where the bar would start.
            p.setFont(missingFont);
            p.setPen(ctx.theme.mutedText);
            if (horizontal || !item.rotatedLabel) {
                const QPointF at = frame.at(mid, base + ctx.px(5));
                const QRectF r = horizontal ? QRectF(at.x(), mid - valueH / 2, item.labelWidth + ctx.px(4), valueH)
                                            : QRectF(mid - item.labelWidth / 2 - ctx.px(2), at.y() - valueH,
                                                     item.labelWidth + ctx.px(4), valueH);
                p.drawText(r, Qt::AlignCenter | Qt::TextDontClip, item.label);
            } else {
                p.save();
                p.translate(frame.at(mid, base + ctx.px(5)));
                p.rotate(-90);
                p.drawText(QRectF(0, -valueH / 2, item.labelWidth + ctx.px(4), valueH),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, item.label);
                p.restore();
            }
            continue;
        }
        const ChartPoint &point = *item.point;
        const QColor color = ctx.colorFor(item.series, point.categoryId);
        const double end = along(point.value);
        const bool positive = end >= base;
        const QRectF bar = frame.rect(t0, t1, base, end);
        QPainterPath shape;
        shape.addRect(bar);
        UncertaintyStyle::paintShape(p, shape, color, item.encoding, ctx.theme, ctx.scale);
        QRectF hit = bar;
        double outer = end;
        if (item.encoding.range) {
            const double high = along(point.valueHigh);
            const double half = thickness * 0.22;
            const QRectF ext = frame.rect(mid - half, mid + half, end, high);
            UncertaintyStyle::paintRange(p, ext, frame.at(mid, end), frame.at(mid, high), thickness * 0.32, color,
                                         ctx.theme, ctx.scale);
            hit = hit.united(frame.rect(t0, t1, end, high));
            outer = high;
        }
        const QPointF dir = frame.direction(positive);
        if (item.encoding.openEnd) {
            UncertaintyStyle::paintOpenEnd(p, frame.at(mid, outer), dir, arrowThickness,
                                           UncertaintyStyle::outline(color, ctx.theme));
        } else if (item.encoding.upperBound) {
            UncertaintyStyle::paintUpperBound(p, frame.at(mid, outer), dir, arrowThickness * 1.25, ctx.theme.text,
                                              ctx.scale);
        }
        const double sign = positive ? 1 : -1;
        double labelStart = outer + sign * (endExtra(item) + ctx.px(5));
        const double room = positive ? fullLength - labelStart : labelStart;
        QString text = item.label;
        QColor textColor = ctx.theme.text;
        const double barLength = std::abs(end - base);
        if (labelAlong(item) > room + 1) {
            if (barLength > labelAlong(item) + ctx.px(12)) {
                labelStart = end - sign * (labelAlong(item) + ctx.px(6));
                textColor
                    = item.encoding.fill == UncertaintyEncoding::Fill::Solid ? contrastingText(color) : ctx.theme.text;
            } else {
                text = QFontMetricsF(valueFont).elidedText(text, Qt::ElideRight, std::max(room, ctx.px(24)));
            }
        }
        const double textW = ChartText::width(text, valueFont);
        p.setFont(valueFont);
        p.setPen(textColor);
        QRectF labelRect;
        if (horizontal) {
            const double x = positive ? plot.left() + labelStart : plot.left() + labelStart - textW;
            labelRect = QRectF(x, mid - valueH / 2, textW, valueH);
            p.drawText(labelRect.adjusted(0, 0, ctx.px(6), 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                       text);
        } else if (!item.rotatedLabel) {
            const double y = positive ? plot.bottom() - labelStart - valueH : plot.bottom() - labelStart;
            labelRect = QRectF(mid - textW / 2, y, textW, valueH);
            p.drawText(labelRect.adjusted(-ctx.px(3), 0, ctx.px(3), 0), Qt::AlignCenter | Qt::TextDontClip, text);
        } else {
            p.save();
            p.translate(frame.at(mid, labelStart));
            p.rotate(positive ? -90 : 90);
            p.drawText(QRectF(0, -valueH / 2, textW + ctx.px(6), valueH),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
            p.restore();
            labelRect = frame.rect(mid - valueH / 2, mid + valueH / 2, labelStart, labelStart + sign * textW);
        }
        // Thin bars still need a usable target.
        const double minHit = ctx.px(8);
        if (hit.width() < minHit)
            hit.adjust(-(minHit - hit.width()) / 2, 0, (minHit - hit.width()) / 2, 0);
        if (hit.height() < minHit)
            hit.adjust(0, -(minHit - hit.height()) / 2, 0, (minHit - hit.height()) / 2);
        ChartHit h;
        h.series = item.series;
        h.pointIndex = item.pointIndex;
        h.categoryId = point.categoryId;
        h.citationKey = point.citationKey;
        h.tooltip = point.tooltip.isEmpty() ? item.label : point.tooltip;
        h.rect = hit;
        ctx.hits.add(h);
        h.rect = labelRect;
        ctx.hits.add(h);
    }

    // The baseline over the bars' ends.
    p.setPen(QPen(ctx.theme.axis, std::max(1.0, ctx.px(1.2))));
    p.drawLine(frame.at(across0, base), frame.at(across1, base));

    // Category labels.
    p.setPen(ctx.theme.text);
    for (int c = 0; c < nCat; ++c) {
        const QStringList &lines = catLines.at(c);
        const double h = lines.size() * catLH;
        if (horizontal) {
            const double mid = catStart + band * (c + 0.5);
            ChartText::drawLines(p, QRectF(area.left(), mid - h / 2, labelColumn, h), lines, catFont, Qt::AlignRight);
        } else {
            const double left = catStart + band * c;
            ChartText::drawLines(p, QRectF(left, plot.bottom() + ctx.px(8), band, h), lines, catFont, Qt::AlignHCenter);
        }
    }

    // Axis titles.
    p.setFont(titleFont);
    p.setPen(ctx.theme.mutedText);
    const QFontMetricsF tfm(titleFont);
    if (!spec.valueAxis.title.isEmpty()) {
        if (horizontal) {
            const QString t = tfm.elidedText(spec.valueAxis.title, Qt::ElideRight, plot.width());
            p.drawText(QRectF(plot.left(), area.bottom() - titleH, plot.width(), titleH),
                       Qt::AlignCenter | Qt::TextDontClip, t);
        } else {
            const QString t = tfm.elidedText(spec.valueAxis.title, Qt::ElideRight, plot.height());
            p.save();
            p.translate(area.left(), plot.center().y());
            p.rotate(-90);
            p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), titleH), Qt::AlignCenter | Qt::TextDontClip, t);
            p.restore();
        }
    }
    if (!spec.categoryAxisTitle.isEmpty()) {
        if (horizontal) {
            const QString t = tfm.elidedText(spec.categoryAxisTitle, Qt::ElideRight, area.width() * 0.5);
            p.drawText(QRectF(area.left(), area.top(), area.width() * 0.5, titleH),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, t);
        } else {
            const QString t = tfm.elidedText(spec.categoryAxisTitle, Qt::ElideRight, plot.width());
            p.drawText(QRectF(plot.left(), area.bottom() - titleH, plot.width(), titleH),
                       Qt::AlignCenter | Qt::TextDontClip, t);
        }
    }
    p.restore();
}

} // namespace tigerscope
