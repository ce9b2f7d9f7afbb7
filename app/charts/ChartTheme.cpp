#include "ChartTheme.h"

#include "ChartSpec.h"
#include "CompanyPalette.h"
#include "FontFamilies.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// What sets a theme apart, its colours as 0xRRGGBB.
struct ThemeColors
{
    QStringView name;
    QRgb background;
    QRgb text;
    QRgb mutedText;
    QRgb axis;
    QRgb grid;
    QRgb band;
    bool monochrome;
};

constexpr ThemeColors LightColors{u"light", 0xFFFFFF, 0x1F2328, 0x5C636E, 0x8C939C, 0xE5E8EC, 0xF5F6F8, false};
constexpr ThemeColors DarkColors{u"dark", 0x1B1E23, 0xE8EAED, 0xA3AAB3, 0x6B727B, 0x31363D, 0x22262C, false};
// Black text and axes on white; series in greys.
constexpr ThemeColors PrintColors{u"print", 0xFFFFFF, 0x000000, 0x404040, 0x000000, 0xC8C8C8, 0xF2F2F2, true};

ChartTheme themeOf(const ThemeColors &colors)
{
    ChartTheme t;
    t.name = colors.name.toString();
    t.background = QColor(colors.background);
    t.text = QColor(colors.text);
    t.mutedText = QColor(colors.mutedText);
    t.axis = QColor(colors.axis);
    t.grid = QColor(colors.grid);
    t.band = QColor(colors.band);
    t.monochrome = colors.monochrome;
    t.fontFamilies = FontFamilies::latinFirst();
    return t;
}

} // namespace

ChartTheme ChartTheme::light()
{
    return themeOf(LightColors);
}

ChartTheme ChartTheme::dark()
{
    return themeOf(DarkColors);
}

ChartTheme ChartTheme::print()
{
    return themeOf(PrintColors);
}

QFont ChartTheme::font(FontRole role, double scale) const
{
    double px = 13;
    bool bold = false;
    switch (role) {
    case FontRole::Title:
        px = 26;
        bold = true;
        break;
    case FontRole::Subtitle: px = 16; break;
    case FontRole::Legend: px = 14; break;
    case FontRole::AxisTitle: px = 14; break;
    case FontRole::Tick: px = 13; break;
    case FontRole::CategoryLabel: px = 15; break;
    case FontRole::ValueLabel: px = 13; break;
    case FontRole::Footer: px = 12; break;
    case FontRole::Quadrant:
        px = 17;
        bold = true;
        break;
    }
    QFont f;
    f.setFamilies(fontFamilies);
    f.setStyleHint(QFont::SansSerif);
    // Pixel sizes, not points: the layout is in logical pixels whatever the device's DPI.
    f.setPixelSize(std::max(9, qRound(px * scale)));
    f.setBold(bold);
    return f;
}

QColor ChartTheme::seriesColor(const QColor &base, int seriesIndex) const
{
    if (monochrome) {
        static constexpr std::array<int, 4> greys{0x3A, 0x8E, 0xC4, 0x66};
        const int g = greys[size_t(std::max(0, seriesIndex)) % greys.size()];
        return QColor(g, g, g);
    }
    if (isDark() && relativeLuminance(base) < 0.09)
        return base.lighter(185);
    return base;
}

double ChartTheme::layoutScale(const QSizeF &size)
{
    const QSizeF ref = referenceSize();
    const double s = std::sqrt((size.width() * size.height()) / (ref.width() * ref.height()));
    // Never let width alone run text into the margins: a narrow target gets smaller text.
    const double byWidth = size.width() / ref.width() * 1.35;
    return std::clamp(std::min(s, byWidth), 0.62, 3.0);
}

QColor pointColor(const ChartSpec &spec, const ChartTheme &theme, int seriesIndex, const QString &categoryId)
{
    const ChartSeries &series = spec.series.at(seriesIndex);
    if (series.color.isValid())
        return theme.seriesColor(series.color, seriesIndex);
    if (spec.series.size() == 1 || spec.kind == ChartKind::Positioning)
        return theme.seriesColor(CompanyPalette::color(categoryId), seriesIndex);
    // Several series without colours: tell them apart by Tol's 'bright' scheme.
    static constexpr std::array<QRgb, 6> bright{0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377};
    return theme.seriesColor(QColor::fromRgb(bright[size_t(seriesIndex) % bright.size()]), seriesIndex);
}

bool ChartTheme::isDark() const
{
    return relativeLuminance(background) < 0.2;
}

} // namespace tigerscope
