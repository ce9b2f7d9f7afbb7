#include "ChartPainter.h"

#include "BarPlot.h"
#include "ChartText.h"
#include "PlotContext.h"
#include "PositioningPlot.h"
#include "TimelinePlot.h"
#include "UncertaintyStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

struct LegendEntry
{
    QString text;
    QColor color;
    int seriesIndex = -1;
    std::optional<EncodingLegendItem> encoding;
};

struct PlacedEntry
{
    LegendEntry entry;
    QRectF swatch;
    QRectF text;
};

QList<LegendEntry> legendEntries(const PlotContext &ctx)
{
    QList<LegendEntry> entries;
    const ChartSpec &spec = ctx.spec;
    const bool timeline = spec.kind == ChartKind::Timeline;
    const bool perCompany = spec.series.size() == 1 && !spec.series.first().color.isValid();
    const bool named = spec.series.size() > 1 || (spec.seriesLegend && !spec.series.isEmpty());
    if ((named || (timeline && !spec.series.isEmpty())) && !perCompany) {
        for (qsizetype i = 0; i < spec.series.size(); ++i) {
            const ChartSeries &s = spec.series.at(i);
            entries.append({s.name.isEmpty() ? s.key : s.name, ctx.colorFor(int(i), QString()), int(i), std::nullopt});
        }
    }
    const QColor neutral = ctx.theme.monochrome ? QColor(0x55, 0x55, 0x55) : ctx.theme.mutedText;
    for (const EncodingLegendItem item : UncertaintyStyle::itemsUsed(spec)) {
        const QString text = spec.encodingLabels.value(int(item));
        entries.append({text.isEmpty() ? UncertaintyStyle::legendText(item) : text, neutral, -1, item});
    }
    return entries;
}

/// Flows legend entries into rows; series first, the encodings on a row of their own.
QList<PlacedEntry> layoutLegend(const PlotContext &ctx, const QList<LegendEntry> &entries, const QRectF &area,
                                double *height)
{
    QList<PlacedEntry> placed;
    const QFont seriesFont = ctx.font(Role::Legend);
    QFont noteFont = seriesFont;
    noteFont.setPixelSize(std::max(9, seriesFont.pixelSize() - 1));
    const double rowH = ChartText::lineHeight(seriesFont) + ctx.px(4);
    const double swatchW = ctx.px(22), swatchH = ctx.px(12);
    double x = area.left(), y = area.top();
    bool inEncodings = false;
    for (const LegendEntry &e : entries) {
        const bool encoding = e.encoding.has_value();
        if (encoding && !inEncodings && x > area.left()) {
            x = area.left();
            y += rowH;
        }
        inEncodings = encoding;
        const QFont &f = encoding ? noteFont : seriesFont;
        const double maxText = area.width() - swatchW - ctx.px(8);
        const double textW = std::min(ChartText::width(e.text, f), maxText);
        const double itemW = swatchW + ctx.px(7) + textW;
        if (x > area.left() && x + itemW > area.right()) {
            x = area.left();
            y += rowH;
        }
        PlacedEntry p{e, QRectF(x, y + (rowH - swatchH) / 2, swatchW, swatchH),
                      QRectF(x + swatchW + ctx.px(7), y, textW, rowH)};
        placed.append(p);
        x += itemW + ctx.px(20);
    }
    *height = placed.isEmpty() ? 0 : (y - area.top()) + rowH;
    return placed;
}

void paintLegend(const PlotContext &ctx, const QList<PlacedEntry> &placed)
{
    QPainter &p = ctx.painter;
    const QFont seriesFont = ctx.font(Role::Legend);
    QFont noteFont = seriesFont;
    noteFont.setPixelSize(std::max(9, seriesFont.pixelSize() - 1));
    for (const PlacedEntry &pe : placed) {
        const LegendEntry &e = pe.entry;
        if (e.encoding) {
            UncertaintyStyle::paintSwatch(p, pe.swatch, e.color, *e.encoding, ctx.theme, ctx.scale);
        } else if (ctx.spec.kind == ChartKind::Timeline) {
            const double size = pe.swatch.height() * 1.1;
            const QPainterPath marker = TimelinePlot::markerPath(e.seriesIndex, pe.swatch.center(), size);
            UncertaintyStyle::paintShape(p, marker, e.color, {}, ctx.theme, ctx.scale);
        } else {
            QPainterPath box;
            box.addRect(pe.swatch);
            UncertaintyStyle::paintShape(p, box, e.color, {}, ctx.theme, ctx.scale);
        }
        p.setFont(e.encoding ? noteFont : seriesFont);
        p.setPen(e.encoding ? ctx.theme.mutedText : ctx.theme.text);
        const QFontMetricsF fm(p.font());
        const QString text = fm.elidedText(e.text, Qt::ElideRight, pe.text.width() + 1);
        p.drawText(pe.text.adjusted(0, 0, ctx.px(12), 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
    }
}

/// Title and subtitle from the top; returns the space left below them.
QRectF paintHeader(const PlotContext &ctx, QRectF area)
{
    QPainter &p = ctx.painter;
    const QFont titleFont = ctx.font(Role::Title);
    const QStringList title = ChartText::wrap(ctx.spec.title, titleFont, area.width(), 2);
    if (!title.isEmpty()) {
        p.setPen(ctx.theme.text);
        ChartText::drawLines(p, area, title, titleFont, Qt::AlignLeft);
        area.setTop(area.top() + title.size() * ChartText::lineHeight(titleFont) + ctx.px(2));
    }
    const QFont subFont = ctx.font(Role::Subtitle);
    const QStringList sub = ChartText::wrap(ctx.spec.subtitle, subFont, area.width(), 2);
    if (!sub.isEmpty()) {
        p.setPen(ctx.theme.mutedText);
        ChartText::drawLines(p, area, sub, subFont, Qt::AlignLeft);
        area.setTop(area.top() + sub.size() * ChartText::lineHeight(subFont));
    }
    area.setTop(area.top() + ctx.px(14));
    return area;
}

/// Caption and sources at the bottom, under a thin rule; returns the space left above them.
QRectF paintFooter(const PlotContext &ctx, QRectF area)
{
    QPainter &p = ctx.painter;
    const QFont font = ctx.font(Role::Footer);
    QFont captionFont = font;
    captionFont.setItalic(true);
    const QStringList caption = ChartText::wrap(ctx.spec.caption, captionFont, area.width(), 3);
    QStringList sources;
    for (const QString &line : ctx.spec.sources)
        sources += ChartText::wrap(line, font, area.width(), 2);
    if (caption.isEmpty() && sources.isEmpty())
        return area;
    const double lh = ChartText::lineHeight(font);
    const double gap = ctx.px(6);
    const double height = ctx.px(10) + caption.size() * ChartText::lineHeight(captionFont)
        + (caption.isEmpty() || sources.isEmpty() ? 0 : gap) + sources.size() * lh;
    double y = area.bottom() - height;
    p.save();
    p.setPen(QPen(ctx.theme.grid, std::max(1.0, ctx.px(1))));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    y += ctx.px(10);
    if (!caption.isEmpty()) {
        p.setPen(ctx.theme.text);
        ChartText::drawLines(p, QRectF(area.left(), y, area.width(), height), caption, captionFont, Qt::AlignLeft);
        y += caption.size() * ChartText::lineHeight(captionFont) + gap;
    }
    p.setPen(ctx.theme.mutedText);
    ChartText::drawLines(p, QRectF(area.left(), y, area.width(), height), sources, font, Qt::AlignLeft);
    p.restore();
    area.setBottom(area.bottom() - height - ctx.px(14));
    return area;
}

} // namespace

double ChartPainter::layoutScale(const QSizeF &size)
{
    const QSizeF ref = ChartTheme::referenceSize();
    const double s = std::sqrt((size.width() * size.height()) / (ref.width() * ref.height()));
    // Never let width alone run text into the margins: a narrow target gets smaller text.
    const double byWidth = size.width() / ref.width() * 1.35;
    return std::clamp(std::min(s, byWidth), 0.62, 3.0);
}

ChartHitMap ChartPainter::paint(QPainter &painter, const QRectF &target, const ChartSpec &spec, const ChartTheme &theme)
{
    ChartHitMap hits;
    if (!target.isValid() || target.isEmpty())
        return hits;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(target, theme.background);
    painter.setClipRect(target, Qt::IntersectClip);

    PlotContext ctx{painter, spec, theme, layoutScale(target.size()), hits};
    const QMarginsF m = theme.margins * ctx.scale;
    QRectF area = target.marginsRemoved(m);
    area = paintHeader(ctx, area);
    area = paintFooter(ctx, area);

    double legendHeight = 0;
    const QList<PlacedEntry> legend = layoutLegend(ctx, legendEntries(ctx), area, &legendHeight);
    paintLegend(ctx, legend);
    if (legendHeight > 0)
        area.setTop(area.top() + legendHeight + ctx.px(14));

    if (area.height() > ctx.px(40) && area.width() > ctx.px(40)) {
        switch (spec.kind) {
        case ChartKind::HorizontalBar: BarPlot::paint(ctx, area, Qt::Horizontal); break;
        case ChartKind::VerticalBar: BarPlot::paint(ctx, area, Qt::Vertical); break;
        case ChartKind::Timeline: TimelinePlot::paint(ctx, area); break;
        case ChartKind::Positioning: PositioningPlot::paint(ctx, area); break;
        }
    }
    painter.restore();
    return hits;
}

} // namespace tigerscope
