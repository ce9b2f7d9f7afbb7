#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// Colours, fonts and spacing of a rendering. Sizes are logical pixels at the reference size
/// (1200 × 750); the painter scales them with the target, so a theme looks the same on screen, on
/// paper and in a 2× PNG.
struct ChartTheme
{
    enum class FontRole {
        Title,
        Subtitle,
        Legend,
        AxisTitle,
        Tick,
        CategoryLabel,
        ValueLabel,
        Footer,
        Quadrant,
    };

    QString name;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor axis;
    QColor grid;
    QColor band;             ///< alternate row shading and quadrant tint
    bool monochrome = false; ///< print: series become greys, encodings stay distinguishable by pattern
    QStringList fontFamilies;
    QMarginsF margins{28, 24, 28, 20};

    static ChartTheme light();
    static ChartTheme dark();
    static ChartTheme print();

    /// The theme's font for a role at a layout scale (1.0 at the reference size).
    QFont font(FontRole role, double scale) const;
    /// The colour a series is drawn in: greys when monochrome, lifted a little on a dark ground.
    QColor seriesColor(const QColor &base, int seriesIndex) const;
    bool isDark() const;

    static QSizeF referenceSize() { return {1200.0, 750.0}; }
    /// The layout scale for a target size: 1.0 at the reference size, bounded for tiny and huge
    /// targets so text stays readable.
    static double layoutScale(const QSizeF &size);
};

struct ChartSpec;

/// The colour a point is drawn in: its series colour, or its company's when the series has none.
QColor pointColor(const ChartSpec &spec, const ChartTheme &theme, int seriesIndex, const QString &categoryId);

} // namespace tigerscope
