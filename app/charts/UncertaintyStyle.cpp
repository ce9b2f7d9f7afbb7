#include "UncertaintyStyle.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

#include <cmath>

namespace tigerscope {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)), float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

QPointF perpendicular(const QPointF &d)
{
    return {-d.y(), d.x()};
}

} // namespace

UncertaintyEncoding UncertaintyEncoding::of(const ChartPoint &point)
{
    UncertaintyEncoding e;
    const bool approx = point.qualifier == ValueQualifier::Approx;
    if (point.status == ValueStatus::Derived)
        e.fill = Fill::Hatched;
    else if (point.status == ValueStatus::Estimated || approx)
        e.fill = Fill::Light;
    e.dashedOutline = approx || point.status == ValueStatus::Estimated;
    e.openEnd = point.qualifier == ValueQualifier::AtLeast;
    e.upperBound = point.qualifier == ValueQualifier::AtMost;
    e.range = point.hasRange() && point.valueHigh > point.value;
    return e;
}

bool UncertaintyEncoding::isPlain() const
{
    return fill == Fill::Solid && !dashedOutline && !openEnd && !upperBound && !range;
}

QColor UncertaintyStyle::lightFill(const QColor &color, const ChartTheme &theme)
{
    return blend(color, theme.background, theme.monochrome ? 0.3 : 0.42);
}

QColor UncertaintyStyle::outline(const QColor &color, const ChartTheme &theme)
{
    if (theme.monochrome)
        return Qt::black;
    return theme.isDark() ? color.lighter(130) : color.darker(135);
}

void UncertaintyStyle::paintShape(QPainter &painter, const QPainterPath &shape, const QColor &color,
                                  const UncertaintyEncoding &encoding, const ChartTheme &theme, double scale)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    switch (encoding.fill) {
    case UncertaintyEncoding::Fill::Solid: painter.fillPath(shape, color); break;
    case UncertaintyEncoding::Fill::Light: painter.fillPath(shape, lightFill(color, theme)); break;
    case UncertaintyEncoding::Fill::Hatched: {
        // Hatching built as geometry (stroked lines intersected with the shape) rather than a
        // Qt pattern brush or a clip: pattern brushes are device pixels (too fine at 2×) and
        // QSvgGenerator drops both patterns and clipping; this stays exact vector in SVG and PDF.
        painter.fillPath(shape, theme.background);
        const QColor lineColor = theme.monochrome ? QColor(0x20, 0x20, 0x20) : color;
        const QRectF r = shape.boundingRect();
        const double spacing = 6.5 * scale;
        QPainterPath lines;
        for (double x = r.left() - r.height(); x < r.right() + spacing; x += spacing) {
            lines.moveTo(x, r.bottom());
            lines.lineTo(x + r.height(), r.top());
        }
        QPainterPathStroker stroker;
        stroker.setWidth(1.8 * scale);
        stroker.setCapStyle(Qt::FlatCap);
        painter.fillPath(stroker.createStroke(lines).intersected(shape), lineColor);
        break;
    }
    }
    QPen pen(outline(color, theme), std::max(1.0, 1.3 * scale));
    pen.setJoinStyle(Qt::MiterJoin);
    if (encoding.dashedOutline) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({3.0, 2.2});
    }
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    painter.restore();
}

void UncertaintyStyle::paintOpenEnd(QPainter &painter, const QPointF &end, const QPointF &direction, double thickness,
                                    const QColor &color)
{
    const QPointF n = perpendicular(direction);
    const double half = thickness * 0.5;
    const double length = std::max(4.0, thickness * 0.7);
    QPainterPath arrow;
    arrow.moveTo(end + n * half);
    arrow.lineTo(end + direction * length);
    arrow.lineTo(end - n * half);
    arrow.closeSubpath();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillPath(arrow, color);
    painter.restore();
}

void UncertaintyStyle::paintUpperBound(QPainter &painter, const QPointF &end, const QPointF &direction,
                                       double thickness, const QColor &color, double scale)
{
    const QPointF n = perpendicular(direction);
    const double half = thickness * 0.65;
    const QPointF at = end + direction * (1.5 * scale);
    painter.save();
    painter.setPen(QPen(color, 2.4 * scale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(at + n * half, at - n * half);
    painter.restore();
}

void UncertaintyStyle::paintRange(QPainter &painter, const QRectF &extension, const QPointF &from, const QPointF &to,
                                  double capHalfLength, const QColor &color, const ChartTheme &theme, double scale)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(extension, lightFill(color, theme));
    const QColor line = outline(color, theme);
    painter.setPen(QPen(line, 1.4 * scale, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(from, to);
    const QPointF d = to - from;
    const double len = std::hypot(d.x(), d.y());
    if (len > 0) {
        const QPointF n = perpendicular(d / len) * capHalfLength;
        painter.drawLine(to + n, to - n);
    }
    painter.restore();
}

void UncertaintyStyle::paintSwatch(QPainter &painter, const QRectF &rect, const QColor &color, EncodingLegendItem item,
                                   const ChartTheme &theme, double scale)
{
    QPainterPath box;
    switch (item) {
    case EncodingLegendItem::Reported:
    case EncodingLegendItem::Estimated:
    case EncodingLegendItem::Derived: {
        box.addRect(rect);
        UncertaintyEncoding e;
        if (item == EncodingLegendItem::Estimated) {
            e.fill = UncertaintyEncoding::Fill::Light;
            e.dashedOutline = true;
        } else if (item == EncodingLegendItem::Derived) {
            e.fill = UncertaintyEncoding::Fill::Hatched;
        }
        paintShape(painter, box, color, e, theme, scale);
        break;
    }
    case EncodingLegendItem::AtLeast: {
        const QRectF bar(rect.left(), rect.top(), rect.width() * 0.62, rect.height());
        box.addRect(bar);
        paintShape(painter, box, color, {}, theme, scale);
        paintOpenEnd(painter, QPointF(bar.right(), bar.center().y()), QPointF(1, 0), rect.height(), color);
        break;
    }
    case EncodingLegendItem::AtMost: {
        const QRectF bar(rect.left(), rect.top(), rect.width() * 0.72, rect.height());
        box.addRect(bar);
        paintShape(painter, box, color, {}, theme, scale);
        paintUpperBound(painter, QPointF(bar.right(), bar.center().y()), QPointF(1, 0), rect.height(), theme.text,
                        scale);
        break;
    }
    case EncodingLegendItem::Range: {
        const QRectF bar(rect.left(), rect.top(), rect.width() * 0.5, rect.height());
        box.addRect(bar);
        paintShape(painter, box, color, {}, theme, scale);
        const double y = bar.center().y();
        const QRectF ext(bar.right(), y - rect.height() * 0.25, rect.width() * 0.5, rect.height() * 0.5);
        paintRange(painter, ext, QPointF(bar.right(), y), QPointF(rect.right(), y), rect.height() * 0.45, color, theme,
                   scale);
        break;
    }
    case EncodingLegendItem::Missing: {
        painter.save();
        QPen pen(theme.mutedText, std::max(1.0, 1.1 * scale), Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
        painter.restore();
        break;
    }
    }
}

QString UncertaintyStyle::legendText(EncodingLegendItem item)
{
    switch (item) {
    case EncodingLegendItem::Reported: return tr("reported");
    case EncodingLegendItem::Estimated: return tr("approximate or estimated");
    case EncodingLegendItem::Derived: return tr("derived (calculated)");
    case EncodingLegendItem::AtLeast: return tr("at least (≥)");
    case EncodingLegendItem::AtMost: return tr("at most (≤)");
    case EncodingLegendItem::Range: return tr("range");
    case EncodingLegendItem::Missing: return tr("not available");
    }
    return {};
}

QList<EncodingLegendItem> UncertaintyStyle::itemsUsed(const ChartSpec &spec)
{
    bool estimated = false, derived = false, atLeast = false, atMost = false, range = false;
    bool missing = false, anyPlain = false;
    const bool bars = spec.kind == ChartKind::HorizontalBar || spec.kind == ChartKind::VerticalBar;
    for (const ChartSeries &s : spec.series) {
        for (const ChartPoint &p : s.points) {
            const UncertaintyEncoding e = UncertaintyEncoding::of(p);
            estimated |= e.dashedOutline;
            derived |= e.fill == UncertaintyEncoding::Fill::Hatched;
            anyPlain |= e.fill == UncertaintyEncoding::Fill::Solid;
            if (bars) {
                atLeast |= e.openEnd;
                atMost |= e.upperBound;
                range |= e.range;
                missing |= !p.hasValue() || (spec.valueAxis.logScale && p.value <= 0);
            }
        }
        if (bars) {
            for (const ChartCategory &c : spec.categories)
                missing |= s.indexOf(c.id) < 0;
        }
    }
    QList<EncodingLegendItem> items;
    if (!(estimated || derived || atLeast || atMost || range || missing))
        return items;
    for (const auto &[shown, item] :
         {std::pair{anyPlain && (estimated || derived), EncodingLegendItem::Reported},
          std::pair{estimated, EncodingLegendItem::Estimated}, std::pair{derived, EncodingLegendItem::Derived},
          std::pair{atLeast, EncodingLegendItem::AtLeast}, std::pair{atMost, EncodingLegendItem::AtMost},
          std::pair{range, EncodingLegendItem::Range}, std::pair{missing, EncodingLegendItem::Missing}}) {
        if (shown)
            items.append(item);
    }
    return items;
}

} // namespace tigerscope
