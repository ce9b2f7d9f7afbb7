#pragma once

#include "Language.h"
#include "Vocabulary.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace tigerscope {

/// The chart types the renderer draws.
enum class ChartKind {
    HorizontalBar, ///< categories (companies) down the side, values across; grouped series
    VerticalBar,   ///< columns: categories along the bottom, values up
    Timeline,      ///< events on a date axis, one row per category
    Positioning,   ///< a 2-D map with quadrant labels, points at x,y in [-1, 1]
};

/// How exact a figure is, as the source states it (the domain's Qualifier).
using ValueQualifier = Qualifier;

/// How compact axis labels abbreviate large numbers: 1.5B or 15亿.
enum class NumberNotation { Western, Chinese };

/// One figure of a series. Values are plain numbers; the caller formats `display` in the chart's
/// language because only it knows the unit and the locale.
struct ChartPoint
{
    QString categoryId;
    double value = std::numeric_limits<double>::quiet_NaN();
    double valueHigh = std::numeric_limits<double>::quiet_NaN(); ///< upper end of a range, else NaN
    ValueQualifier qualifier = ValueQualifier::Exact;
    ValueStatus status = ValueStatus::Reported;
    QDate date;       ///< Timeline: when the event happened
    QPointF position; ///< Positioning: x and y in [-1, 1]
    QString display;  ///< the value as the reader sees it, e.g. "15亿" or "1.5 billion"
    QString tooltip;
    QString citationKey;      ///< opaque, e.g. "obs:12"; reported when the point is clicked
    bool conflicting = false; ///< another source gives a different value for the same date
    bool usersOwn = false;    ///< a figure the user added, not the shipped dataset's

    bool hasValue() const { return !std::isnan(value); }
    bool hasRange() const { return !std::isnan(valueHigh); }
};

/// A named series of points. An invalid colour means "colour each point by its company".
struct ChartSeries
{
    QString key;
    QString name;
    QColor color;
    QList<ChartPoint> points;

    /// The first point for a category, or -1.
    int indexOf(const QString &categoryId) const;
};

/// A category on the category axis (for most charts a company).
struct ChartCategory
{
    QString id;
    QString label;
};

/// The value axis: its title, scale and how tick labels abbreviate.
struct ValueAxisSpec
{
    QString title;
    bool logScale = false; ///< log10 with decade ticks; values <= 0 are then shown as missing
    NumberNotation notation = NumberNotation::Western;
};

/// The labels of a positioning map: the four axis ends and the quadrants.
struct PositioningSpec
{
    QString xTitle;
    QString yTitle;
    QString xLowLabel;
    QString xHighLabel;
    QString yLowLabel;
    QString yHighLabel;
    /// Top-right, top-left, bottom-left, bottom-right (the mathematical order); may be shorter.
    QStringList quadrantLabels;
};

/// Everything a chart shows, already in one language; independent of any chart library so the
/// window, the printer and the exporter draw the same thing.
struct ChartSpec
{
    QString id;
    QString title;
    QString subtitle;
    ChartKind kind = ChartKind::HorizontalBar;
    QString categoryAxisTitle;
    ValueAxisSpec valueAxis;
    PositioningSpec positioning;
    QList<ChartCategory> categories;
    QList<ChartSeries> series;
    QString caption;
    QStringList sources;  ///< "Sources: …" lines, drawn at the bottom of every rendering
    QString missingLabel; ///< shown where a series has no value; empty: a translated "n.a."
    QString emptyLabel;   ///< shown when there is nothing to plot; empty: a translated message
    /// Words the renderer puts after the value of a point another source contradicts and of a
    /// figure the user added (ChartPoint::conflicting, usersOwn); empty: no words.
    QString conflictMark;
    QString usersOwnMark;
    bool seriesLegend = false; ///< name the series in the legend even when there is only one
    /// Legend texts by EncodingLegendItem, in the chart's language (which may differ from the
    /// interface's); an item without an entry uses UncertaintyStyle::legendText().
    QHash<int, QString> encodingLabels;

    int categoryIndex(const QString &categoryId) const;
    /// Sets conflictMark and usersOwnMark in language (the chart's, which may not be the
    /// interface's).
    void setProvenanceMarks(Language language);
};

} // namespace tigerscope
