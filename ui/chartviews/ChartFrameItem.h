#pragma once

#include "UncertaintyStyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QStringList>

class QChart;

namespace tigerscope {

class ChartScene;

/// What frames every chart, drawn on the QChart itself so the view and every export agree: the
/// title and subtitle, the legend of the certainty encodings, the caption and the Sources footer,
/// and the note shown when there is nothing to plot. Reserves its room as the chart's margins.
class ChartFrameItem : public QGraphicsItem
{
public:
    ChartFrameItem(const ChartScene &scene, QChart *chart);

    /// Lays the texts out for the chart's current size and sets the chart's margins to fit them.
    void relayout();
    /// The series whose legend entry is at a point (chart coordinates), or -1.
    int legendSeriesAt(const QPointF &pos) const;
    /// Where a series' legend entry is, in chart coordinates; empty when it has none.
    QRectF legendEntryRect(int specSeries) const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct LegendEntry
    {
        int series = -1; ///< a series' entry, or -1 for an encoding's
        EncodingLegendItem item = EncodingLegendItem::Reported;
        QString text;
        QRectF swatch;
        QRectF label;
    };

    const ChartScene &m_scene;
    QChart *m_chart;
    QRectF m_bounds;
    QRectF m_titleRect;
    QStringList m_title;
    QRectF m_subtitleRect;
    QStringList m_subtitle;
    QList<LegendEntry> m_legend;
    QRectF m_footerRect;
    QStringList m_caption;
    QStringList m_sources;
};

} // namespace tigerscope
