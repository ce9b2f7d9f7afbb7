#include "ChartFrameItem.h"

#include "ChartBuilders.h"
#include "ChartScene.h"
#include "ChartText.h"

#include <QChart>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

QFont noteFont(const ChartScene &scene)
{
    QFont f = scene.theme().font(Role::Legend, scene.scale());
    f.setPixelSize(std::max(9, f.pixelSize() - 1));
    return f;
}

QFont captionFont(const ChartScene &scene)
{
    QFont f = scene.theme().font(Role::Footer, scene.scale());
    f.setItalic(true);
    return f;
}

bool hasPlot(const ChartSpec &spec)
{
    if (spec.kind == ChartKind::Positioning)
        return true;
    for (const ChartSeries &s : spec.series) {
        for (const ChartPoint &p : s.points) {
            if (spec.categoryIndex(p.categoryId) < 0)
                continue;
            if (spec.kind == ChartKind::Timeline ? p.date.isValid() : true)
                return true;
        }
    }
    return false;
}

} // namespace

ChartFrameItem::ChartFrameItem(const ChartScene &scene, QChart *chart)
    : QGraphicsItem(chart)
    , m_scene(scene)
    , m_chart(chart)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(1000);
}

void ChartFrameItem::relayout()
{
    prepareGeometryChange();
    const ChartSpec &spec = m_scene.spec();
    const ChartTheme &theme = m_scene.theme();
    const double s = m_scene.scale();
    m_bounds = QRectF(QPointF(0, 0), m_chart->size());
    const QRectF area = m_bounds.marginsRemoved(theme.margins * s);

    const QFont titleFont = theme.font(Role::Title, s);
    const QFont subFont = theme.font(Role::Subtitle, s);
    m_title = ChartText::wrap(spec.title, titleFont, area.width(), 2);
    m_titleRect = QRectF(area.left(), area.top(), area.width(), m_title.size() * ChartText::lineHeight(titleFont));
    double y = m_titleRect.bottom() + (m_title.isEmpty() ? 0 : 2 * s);
    m_subtitle = ChartText::wrap(spec.subtitle, subFont, area.width(), 2);
    m_subtitleRect = QRectF(area.left(), y, area.width(), m_subtitle.size() * ChartText::lineHeight(subFont));
    y = m_subtitleRect.bottom() + 12 * s;

    // The legend flows in rows under the subtitle: the series, then the encodings on a row of their own.
    m_legend.clear();
    const QFont seriesFont = theme.font(Role::Legend, s);
    const QFont legendFont = noteFont(m_scene);
    const double rowH = ChartText::lineHeight(seriesFont) + 4 * s;
    const double swatchW = 22 * s, swatchH = 12 * s;
    double x = area.left();
    const auto place = [&](LegendEntry entry, const QFont &font, bool newRow) {
        const double textW = std::min(ChartText::width(entry.text, font), area.width() - swatchW - 8 * s);
        const double itemW = swatchW + 7 * s + textW;
        if (x > area.left() && (newRow || x + itemW > area.right())) {
            x = area.left();
            y += rowH;
        }
        entry.swatch = QRectF(x, y + (rowH - swatchH) / 2, swatchW, swatchH);
        entry.label = QRectF(x + swatchW + 7 * s, y, textW, rowH);
        m_legend.append(entry);
        x += itemW + 20 * s;
    };
    const bool perCompany = spec.series.size() == 1 && !spec.series.first().color.isValid();
    const bool named = spec.series.size() > 1 || (spec.seriesLegend && !spec.series.isEmpty());
    if ((named || (spec.kind == ChartKind::Timeline && !spec.series.isEmpty())) && !perCompany) {
        for (int i = 0; i < int(spec.series.size()); ++i) {
            const ChartSeries &series = spec.series.at(i);
            place({i, EncodingLegendItem::Reported, series.name.isEmpty() ? series.key : series.name, {}, {}},
                  seriesFont, false);
        }
    }
    bool firstEncoding = true;
    for (const EncodingLegendItem item : UncertaintyStyle::itemsUsed(spec)) {
        QString text = spec.encodingLabels.value(int(item));
        if (text.isEmpty())
            text = UncertaintyStyle::legendText(item);
        place({-1, item, text, {}, {}}, legendFont, firstEncoding);
        firstEncoding = false;
    }
    if (!m_legend.isEmpty())
        y += rowH + 6 * s;
    const double top = y - m_bounds.top();

    // Caption and sources at the bottom, under a thin rule.
    const QFont footFont = theme.font(Role::Footer, s);
    const QFont capFont = captionFont(m_scene);
    m_caption = ChartText::wrap(spec.caption, capFont, area.width(), 3);
    m_sources.clear();
    for (const QString &line : spec.sources)
        m_sources += ChartText::wrap(line, footFont, area.width(), 2);
    double footer = 0;
    if (!m_caption.isEmpty() || !m_sources.isEmpty()) {
        footer = 10 * s + m_caption.size() * ChartText::lineHeight(capFont)
            + (m_caption.isEmpty() || m_sources.isEmpty() ? 0 : 6 * s)
            + m_sources.size() * ChartText::lineHeight(footFont);
    }
    m_footerRect = QRectF(area.left(), area.bottom() - footer, area.width(), footer);
    const double bottom = m_bounds.bottom() - m_footerRect.top() + (footer > 0 ? 12 * s : 0);
    const QMarginsF m = theme.margins * s;
    m_chart->setMargins(QMargins(qRound(m.left()), qRound(top), qRound(m.right()), qRound(bottom)));
}

int ChartFrameItem::legendSeriesAt(const QPointF &pos) const
{
    for (const LegendEntry &e : m_legend) {
        if (e.series >= 0 && e.swatch.united(e.label).contains(pos))
            return e.series;
    }
    return -1;
}

QRectF ChartFrameItem::legendEntryRect(int specSeries) const
{
    for (const LegendEntry &e : m_legend) {
        if (e.series == specSeries)
            return e.swatch.united(e.label);
    }
    return {};
}

QRectF ChartFrameItem::boundingRect() const
{
    return m_bounds;
}

void ChartFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const ChartSpec &spec = m_scene.spec();
    const ChartTheme &theme = m_scene.theme();
    const double s = m_scene.scale();
    QPainter &p = *painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(theme.text);
    ChartText::drawLines(p, m_titleRect, m_title, theme.font(Role::Title, s), Qt::AlignLeft);
    p.setPen(theme.mutedText);
    ChartText::drawLines(p, m_subtitleRect, m_subtitle, theme.font(Role::Subtitle, s), Qt::AlignLeft);

    const QColor neutral = theme.monochrome ? QColor(0x55, 0x55, 0x55) : theme.mutedText;
    const QFont seriesFont = theme.font(Role::Legend, s);
    const QFont legendFont = noteFont(m_scene);
    for (const LegendEntry &e : m_legend) {
        const bool isSeries = e.series >= 0;
        p.save();
        if (isSeries && !m_scene.isSeriesVisible(e.series))
            p.setOpacity(0.35); // hidden from the view by a click on its entry
        if (!isSeries) {
            UncertaintyStyle::paintSwatch(p, e.swatch, neutral, e.item, theme, s);
        } else {
            const QColor color = pointColor(spec, theme, e.series, QString());
            QPainterPath marker;
            if (spec.kind == ChartKind::Timeline)
                marker = timelineMarkerPath(e.series, e.swatch.center(), e.swatch.height() * 1.1);
            else
                marker.addRect(e.swatch);
            UncertaintyStyle::paintShape(p, marker, color, {}, theme, s);
        }
        const QFont &font = isSeries ? seriesFont : legendFont;
        p.setFont(font);
        p.setPen(isSeries ? theme.text : theme.mutedText);
        const QString text = QFontMetricsF(font).elidedText(e.text, Qt::ElideRight, e.label.width() + 1);
        p.drawText(e.label.adjusted(0, 0, 12 * s, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
        p.restore();
    }

    if (!m_footerRect.isEmpty()) {
        double y = m_footerRect.top();
        p.setPen(QPen(theme.grid, std::max(1.0, s)));
        p.drawLine(QPointF(m_footerRect.left(), y), QPointF(m_footerRect.right(), y));
        y += 10 * s;
        const QFont capFont = captionFont(m_scene);
        if (!m_caption.isEmpty()) {
            p.setPen(theme.text);
            ChartText::drawLines(p, QRectF(m_footerRect.left(), y, m_footerRect.width(), m_footerRect.height()),
                                 m_caption, capFont, Qt::AlignLeft);
            y += m_caption.size() * ChartText::lineHeight(capFont) + 6 * s;
        }
        p.setPen(theme.mutedText);
        ChartText::drawLines(p, QRectF(m_footerRect.left(), y, m_footerRect.width(), m_footerRect.height()), m_sources,
                             theme.font(Role::Footer, s), Qt::AlignLeft);
    }

    if (!hasPlot(spec)) {
        p.setFont(theme.font(Role::Subtitle, s));
        p.setPen(theme.mutedText);
        const QRectF plot = m_chart->plotArea().isEmpty()
            ? QRectF(m_bounds.left(), m_subtitleRect.bottom(), m_bounds.width(),
                     m_footerRect.top() - m_subtitleRect.bottom())
            : m_chart->plotArea();
        p.fillRect(plot, theme.background);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_scene.emptyText());
    }
    p.restore();
}

} // namespace tigerscope
