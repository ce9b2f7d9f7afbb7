#pragma once

#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace tigerscope {

/// How a point's certainty is drawn. Fill follows the status and qualifier, outline and end
/// markers the qualifier, so the encodings combine.
struct UncertaintyEncoding
{
    enum class Fill { Solid, Light, Hatched };

    Fill fill = Fill::Solid;
    bool dashedOutline = false; ///< approx or estimated
    bool openEnd = false;       ///< at least: an arrow past the end
    bool upperBound = false;    ///< at most: a cap at the end
    bool range = false;         ///< an extension to valueHigh

    static UncertaintyEncoding of(const ChartPoint &point);
    bool isPlain() const;
};

/// The entries of the small legend that explains the encodings.
enum class EncodingLegendItem { Reported, Estimated, Derived, AtLeast, AtMost, Range, Missing };

/// Draws the certainty encodings. The chart painter, the legend and table-view delegates all use
/// these functions, so a figure looks the same everywhere.
class UncertaintyStyle
{
    Q_DECLARE_TR_FUNCTIONS(UncertaintyStyle)

public:
    /// Fills and outlines a bar or marker shape: solid, lighter with a dashed outline, or hatched.
    static void paintShape(QPainter &painter, const QPainterPath &shape, const QColor &color,
                           const UncertaintyEncoding &encoding, const ChartTheme &theme, double scale);
    /// The "at least" arrow whose base sits at `end`, pointing along unit vector `direction`.
    static void paintOpenEnd(QPainter &painter, const QPointF &end, const QPointF &direction, double thickness,
                             const QColor &color);
    /// The "at most" cap across `end`, perpendicular to `direction`.
    static void paintUpperBound(QPainter &painter, const QPointF &end, const QPointF &direction, double thickness,
                                const QColor &color, double scale);
    /// The lighter extension of a range (`extension`) with a whisker from `from` to `to`.
    static void paintRange(QPainter &painter, const QRectF &extension, const QPointF &from, const QPointF &to,
                           double capHalfLength, const QColor &color, const ChartTheme &theme, double scale);
    /// A legend or table swatch for one encoding.
    static void paintSwatch(QPainter &painter, const QRectF &rect, const QColor &color, EncodingLegendItem item,
                            const ChartTheme &theme, double scale);
    /// The legend text for an encoding, translated.
    static QString legendText(EncodingLegendItem item);
    /// The encodings a spec uses, in legend order (empty when every figure is reported exactly).
    static QList<EncodingLegendItem> itemsUsed(const ChartSpec &spec);
    /// The lighter fill used for estimates and range extensions.
    static QColor lightFill(const QColor &color, const ChartTheme &theme);
    /// An outline that stays visible on the theme's background.
    static QColor outline(const QColor &color, const ChartTheme &theme);
};

} // namespace tigerscope
