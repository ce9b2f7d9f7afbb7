#include "ChartExporter.h"
#include "ChartPainter.h"
#include "ChartSpec.h"
#include "ChartText.h"
#include "ChartTheme.h"
#include "CompanyPalette.h"
#include "OccupancyGrid.h"
#include "PngEncoder.h"
#include "PositioningPlot.h"
#include "UncertaintyStyle.h"
#include "ValueAxis.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

// Synthetic figures; no real data.
const QColor roundColor(0x44, 0x77, 0xAA);
const QColor valuationColor(0xEE, 0x66, 0x77);

ChartPoint point(const QString &category, double value, const QString &display, const QString &citation)
{
    ChartPoint p;
    p.categoryId = category;
    p.value = value;
    p.display = display;
    p.citationKey = citation;
    p.tooltip = display + u" ("_s + citation + u')';
    return p;
}

ChartSpec financingSpec(bool chinese)
{
    ChartSpec spec;
    spec.id = u"financing"_s;
    spec.kind = ChartKind::HorizontalBar;
    spec.title = chinese ? u"融资与估值"_s : u"Financing and valuation"_s;
    spec.subtitle = chinese ? u"最近一轮融资额与投后估值（合成测试数据）Test subtitle"_s
                            : u"Latest round and post-money valuation (synthetic test data)"_s;
    spec.valueAxis.title = chinese ? u"人民币"_s : u"CNY"_s;
    spec.valueAxis.notation = chinese ? NumberNotation::Chinese : NumberNotation::Western;
    const QStringList ids{u"zhipu"_s, u"moonshot"_s, u"minimax"_s, u"baichuan"_s, u"stepfun"_s, u"01ai"_s};
    const QStringList zh{u"智谱"_s,
                         u"月之暗面（Moonshot AI，Kimi 智能助手的开发公司）"_s,
                         u"稀宇科技 MiniMax"_s,
                         u"百川智能"_s,
                         u"阶跃星辰"_s,
                         u"零一万物"_s};
    const QStringList en{u"Zhipu AI"_s, u"Moonshot AI (maker of the Kimi assistant, Beijing)"_s,
                         u"MiniMax"_s,  u"Baichuan Intelligence"_s,
                         u"StepFun"_s,  u"01.AI"_s};
    for (int i = 0; i < ids.size(); ++i)
        spec.categories.append({ids.at(i), chinese ? zh.at(i) : en.at(i)});

    ChartSeries round{u"round"_s, chinese ? u"最近一轮融资"_s : u"Latest round"_s, roundColor, {}};
    ChartSeries valuation{u"valuation"_s, chinese ? u"估值"_s : u"Valuation"_s, valuationColor, {}};
    const auto label = [chinese](double v) {
        return chinese ? QString::number(v / 1e8) + u"亿"_s : QString::number(v / 1e9) + u" billion"_s;
    };
    const double rounds[] = {3e9, 7e9, 4e9, 0, 5e8, 2e9};
    const double values[] = {2e10, 3.3e10, 2.5e10, 2e10, 1e10, 7e9};
    for (int i = 0; i < ids.size(); ++i) {
        if (rounds[i] > 0)
            round.points.append(point(ids.at(i), rounds[i], label(rounds[i]), u"obs:r"_s + QString::number(i)));
        ChartPoint v = point(ids.at(i), values[i], label(values[i]), u"obs:v"_s + QString::number(i));
        valuation.points.append(v);
    }
    round.points[1].qualifier = ValueQualifier::AtLeast;
    round.points[4].qualifier = ValueQualifier::AtMost;
    valuation.points[2].status = ValueStatus::Derived;
    valuation.points[3].status = ValueStatus::Estimated;
    valuation.points[3].qualifier = ValueQualifier::Approx;
    valuation.points[4].qualifier = ValueQualifier::Range;
    valuation.points[4].valueHigh = 1.6e10;
    spec.series = {round, valuation};
    spec.caption
        = chinese ? u"虚线为估计值，斜线为推算值。"_s : u"Dashed outlines are estimates; hatched bars are derived."_s;
    spec.sources = {chinese ? u"来源：合成测试数据 Sources: synthetic test data"_s
                            : u"Sources: synthetic test data, compiled for the renderer tests"_s};
    return spec;
}

ChartSpec columnSpec()
{
    ChartSpec spec;
    spec.kind = ChartKind::VerticalBar;
    spec.title = u"Models released per year"_s;
    spec.subtitle = u"Synthetic counts"_s;
    spec.valueAxis.title = u"Models"_s;
    spec.categoryAxisTitle = u"Company"_s;
    for (const QString &id : CompanyPalette::fixedKeys())
        spec.categories.append({id, id == u"bytedance"_s ? u"ByteDance (Doubao, Volcano Engine)"_s : id});
    ChartSeries s{u"models"_s, u"Models"_s, QColor(), {}};
    for (int i = 0; i < spec.categories.size(); ++i) {
        if (i == 4)
            continue; // missing on purpose
        s.points.append(point(spec.categories.at(i).id, 3 + (i * 7) % 11, QString::number(3 + (i * 7) % 11),
                              u"obs:c"_s + QString::number(i)));
    }
    spec.series = {s};
    spec.sources = {u"Sources: synthetic"_s};
    return spec;
}

ChartSpec timelineSpec()
{
    ChartSpec spec;
    spec.kind = ChartKind::Timeline;
    spec.title = u"融资时间线 Funding timeline"_s;
    spec.categories = {{u"zhipu"_s, u"智谱"_s}, {u"moonshot"_s, u"月之暗面"_s}, {u"deepseek"_s, u"DeepSeek"_s}};
    ChartSeries funding{u"funding"_s, u"Funding round"_s, roundColor, {}};
    ChartSeries release{u"release"_s, u"Model release"_s, valuationColor, {}};
    for (int i = 0; i < 4; ++i) {
        ChartPoint p = point(i % 2 ? u"moonshot"_s : u"zhipu"_s, NAN, u"R"_s + QString::number(i),
                             u"obs:t"_s + QString::number(i));
        p.date = QDate(2022 + i / 2, 3 + i * 2, 1);
        funding.points.append(p);
        ChartPoint r = point(i % 2 ? u"zhipu"_s : u"moonshot"_s, NAN, u"M"_s + QString::number(i),
                             u"obs:m"_s + QString::number(i));
        r.date = QDate(2023, 1 + i * 3, 15);
        r.status = i == 3 ? ValueStatus::Estimated : ValueStatus::Reported;
        release.points.append(r);
    }
    spec.series = {funding, release};
    spec.sources = {u"Sources: synthetic"_s};
    return spec;
}

ChartSpec positioningSpec()
{
    ChartSpec spec;
    spec.kind = ChartKind::Positioning;
    spec.title = u"Positioning map"_s;
    spec.positioning.xTitle = u"Openness"_s;
    spec.positioning.yTitle = u"Consumer focus"_s;
    spec.positioning.xLowLabel = u"closed"_s;
    spec.positioning.xHighLabel = u"open weights"_s;
    spec.positioning.yLowLabel = u"enterprise"_s;
    spec.positioning.yHighLabel = u"consumer"_s;
    spec.positioning.quadrantLabels
        = {u"Open consumer"_s, u"Closed consumer"_s, u"Closed enterprise"_s, u"Open enterprise"_s};
    ChartSeries s{u"pos"_s, u"Companies"_s, QColor(), {}};
    const QStringList keys = CompanyPalette::fixedKeys();
    for (int i = 0; i < keys.size(); ++i) {
        spec.categories.append({keys.at(i), keys.at(i)});
        ChartPoint p = point(keys.at(i), NAN, {}, u"obs:p"_s + QString::number(i));
        p.position = QPointF(std::sin(i * 1.7) * 0.9, std::cos(i * 2.3) * 0.85);
        s.points.append(p);
    }
    spec.series = {s};
    spec.sources = {u"Sources: synthetic"_s};
    return spec;
}

bool near(QRgb a, const QColor &b, int tolerance = 18)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

int countNear(const QImage &image, const QColor &color, int tolerance = 18)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += near(line[x], color, tolerance);
    }
    return n;
}

struct PixelStats
{
    int distinctColours = 0;
    double nonBackground = 0; ///< fraction
};

PixelStats stats(const QImage &image, const QColor &background)
{
    QSet<QRgb> colours;
    qint64 other = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(line[x]);
            other += !near(line[x], background, 4);
        }
    }
    return {int(colours.size()), double(other) / (qint64(image.width()) * image.height())};
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// A chart painted on a 2× image, with its hit map (logical coordinates).
struct Rendering
{
    QImage image;
    ChartHitMap hits;
};

Rendering render(const ChartSpec &spec, QSize size = {800, 500}, const ChartTheme &theme = ChartTheme::light())
{
    Rendering r;
    r.image = QImage(size * 2, QImage::Format_ARGB32_Premultiplied);
    r.image.setDevicePixelRatio(2);
    r.image.fill(Qt::magenta);
    QPainter p(&r.image);
    r.hits = ChartPainter::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), spec, theme);
    p.end();
    return r;
}

class ChartExportTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST(CompanyPaletteTest, ElevenFixedDistinctColoursAndStableOthers)
{
    const QStringList keys = CompanyPalette::fixedKeys();
    ASSERT_EQ(keys.size(), 11);
    QSet<QRgb> colours;
    for (const QString &k : keys) {
        EXPECT_TRUE(CompanyPalette::hasFixedColor(k));
        colours.insert(CompanyPalette::color(k).rgb());
    }
    EXPECT_EQ(colours.size(), 11);
    EXPECT_EQ(CompanyPalette::color(u"zhipu"_s), QColor(0x33, 0x22, 0x88));
    EXPECT_EQ(CompanyPalette::color(u" DeepSeek "_s), CompanyPalette::color(u"deepseek"_s));
    EXPECT_FALSE(CompanyPalette::hasFixedColor(u"iflytek"_s));
    EXPECT_EQ(CompanyPalette::color(u"iflytek"_s), CompanyPalette::color(u"iflytek"_s));
    EXPECT_FALSE(colours.contains(CompanyPalette::color(u"iflytek"_s).rgb()));
    EXPECT_EQ(CompanyPalette::color(QString()), CompanyPalette::neutral());
}

TEST(ValueAxisTest, LogAxisHasDecadeTicksWithCompactLabels)
{
    const ValueAxis axis(3, 45000, true, NumberNotation::Western, 8);
    QStringList labels;
    for (const auto &t : axis.ticks()) {
        if (t.major)
            labels.append(t.label);
    }
    EXPECT_EQ(labels, (QStringList{u"1"_s, u"10"_s, u"100"_s, u"1k"_s, u"10k"_s, u"100k"_s}));
    EXPECT_DOUBLE_EQ(axis.baseline(), 1.0);
    EXPECT_NEAR(axis.fraction(100), 0.4, 1e-9);
    EXPECT_FALSE(axis.canShow(0));

    const ValueAxis zh(5e8, 3.3e10, true, NumberNotation::Chinese, 8);
    QStringList zhLabels;
    for (const auto &t : zh.ticks()) {
        if (t.major)
            zhLabels.append(t.label);
    }
    EXPECT_EQ(zhLabels, (QStringList{u"1亿"_s, u"10亿"_s, u"100亿"_s, u"1000亿"_s}));
}

TEST(ValueAxisTest, LinearAxisStartsAtZeroWithNiceSteps)
{
    const ValueAxis axis(12, 87, false, NumberNotation::Western, 5);
    ASSERT_FALSE(axis.ticks().isEmpty());
    EXPECT_DOUBLE_EQ(axis.minimum(), 0);
    EXPECT_GE(axis.maximum(), 87);
    EXPECT_EQ(axis.ticks().first().label, u"0"_s);
    EXPECT_EQ(axis.ticks().at(1).label, u"20"_s);
    EXPECT_EQ(ValueAxis::compactLabel(1.5e9, NumberNotation::Western), u"1.5B"_s);
    EXPECT_EQ(ValueAxis::compactLabel(1.5e9, NumberNotation::Chinese), u"15亿"_s);
    EXPECT_EQ(ValueAxis::compactLabel(250000, NumberNotation::Chinese), u"25万"_s);
}

TEST(UncertaintyTest, EncodingsFollowQualifierAndStatus)
{
    ChartPoint p = point(u"x"_s, 1, {}, {});
    EXPECT_TRUE(UncertaintyEncoding::of(p).isPlain());
    p.status = ValueStatus::Derived;
    EXPECT_EQ(UncertaintyEncoding::of(p).fill, UncertaintyEncoding::Fill::Hatched);
    EXPECT_FALSE(UncertaintyEncoding::of(p).dashedOutline);
    p.status = ValueStatus::Estimated;
    EXPECT_EQ(UncertaintyEncoding::of(p).fill, UncertaintyEncoding::Fill::Light);
    EXPECT_TRUE(UncertaintyEncoding::of(p).dashedOutline);
    p.status = ValueStatus::Reported;
    p.qualifier = ValueQualifier::AtLeast;
    EXPECT_TRUE(UncertaintyEncoding::of(p).openEnd);
    p.qualifier = ValueQualifier::Range;
    p.valueHigh = 2;
    EXPECT_TRUE(UncertaintyEncoding::of(p).range);

    const QList<EncodingLegendItem> items = UncertaintyStyle::itemsUsed(financingSpec(false));
    EXPECT_TRUE(items.contains(EncodingLegendItem::Derived));
    EXPECT_TRUE(items.contains(EncodingLegendItem::Estimated));
    EXPECT_TRUE(items.contains(EncodingLegendItem::AtLeast));
    EXPECT_TRUE(items.contains(EncodingLegendItem::Range));
    EXPECT_TRUE(items.contains(EncodingLegendItem::AtMost));
    EXPECT_TRUE(items.contains(EncodingLegendItem::Missing));
    EXPECT_TRUE(UncertaintyStyle::itemsUsed(positioningSpec()).isEmpty());
}

TEST(ChartTextTest, WrapsChineseAndEnglishWithinWidth)
{
    const QFont font = ChartTheme::light().font(ChartTheme::FontRole::CategoryLabel, 1.0);
    const QString zh = u"月之暗面（Moonshot AI，Kimi 智能助手的开发公司）位于北京海淀区"_s;
    const QStringList lines = ChartText::wrap(zh, font, 120, 3);
    ASSERT_GE(lines.size(), 2);
    EXPECT_LE(lines.size(), 3);
    for (const QString &l : lines)
        EXPECT_LE(QFontMetricsF(font).horizontalAdvance(l), 120.5) << l.toStdString();
    EXPECT_TRUE(lines.last().endsWith(QChar(0x2026))); // elided: the text needs more than 3 lines
    EXPECT_EQ(ChartText::wrap(u"MiniMax"_s, font, 400, 2), QStringList{u"MiniMax"_s});
}

TEST_F(ChartExportTest, PngOfEveryKindHasExactSizeAndIsNotBlank)
{
    const ChartSpec specs[]
        = {financingSpec(true), financingSpec(false), columnSpec(), timelineSpec(), positioningSpec()};
    int n = 0;
    for (const ChartSpec &spec : specs) {
        const QString path = file(u"chart%1.png"_s.arg(n++));
        ExportOptions o;
        o.size = QSize(800, 500);
        o.scale = 2.0;
        const ExportResult r = ChartExporter::exportChart(spec, path, o);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(1600, 1000));
        image = image.convertToFormat(QImage::Format_ARGB32);
        const PixelStats s = stats(image, Qt::white);
        EXPECT_GT(s.distinctColours, 200) << spec.title.toStdString();
        EXPECT_GT(s.nonBackground, 0.03) << spec.title.toStdString();
        EXPECT_LT(s.nonBackground, 0.8) << spec.title.toStdString();
    }
}

TEST_F(ChartExportTest, SeriesAndCompanyColoursAppearInPixels)
{
    const QImage bars = ChartExporter::renderToImage(financingSpec(false), {800, 500}, 2, ChartTheme::light())
                            .convertToFormat(QImage::Format_ARGB32);
    EXPECT_GT(countNear(bars, roundColor), 2000);
    EXPECT_GT(countNear(bars, valuationColor), 2000);

    // A single series without a colour takes each company's palette colour.
    const QImage columns = ChartExporter::renderToImage(columnSpec(), {800, 500}, 2, ChartTheme::light())
                               .convertToFormat(QImage::Format_ARGB32);
    for (const QString &key : {u"zhipu"_s, u"alibaba"_s, u"deepseek"_s})
        EXPECT_GT(countNear(columns, CompanyPalette::color(key), 8), 500) << key.toStdString();
    // stepfun (index 4) has no value: its colour must not appear as a bar.
    EXPECT_LT(countNear(columns, CompanyPalette::color(u"stepfun"_s), 8), 50);
}

TEST(ChartPainterTest, DerivedBarIsHatched)
{
    const ChartSpec spec = financingSpec(false);
    const Rendering r = render(spec);
    const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
    // MiniMax's valuation (series 1, point 2) is derived.
    std::optional<ChartHit> derived;
    std::optional<ChartHit> reported;
    for (const ChartHit &h : r.hits.hits()) {
        if (h.citationKey == u"obs:v2"_s && !derived)
            derived = h;
        if (h.citationKey == u"obs:v0"_s && !reported)
            reported = h;
    }
    ASSERT_TRUE(derived && reported);
    const auto transitions = [&](const QRectF &logical) {
        const int y = int(logical.center().y() * 2);
        int changes = 0, seriesPixels = 0, backgroundPixels = 0;
        int last = -1;
        for (int x = int(logical.left() * 2) + 6; x < int(logical.right() * 2) - 6; ++x) {
            const QRgb px = image.pixel(x, y);
            const int kind = near(px, valuationColor, 30) ? 1 : near(px, Qt::white, 30) ? 0 : -1;
            if (kind < 0)
                continue;
            (kind ? seriesPixels : backgroundPixels)++;
            if (last >= 0 && kind != last)
                ++changes;
            last = kind;
        }
        return std::tuple{changes, seriesPixels, backgroundPixels};
    };
    const auto [changes, seriesPx, bgPx] = transitions(derived->rect);
    EXPECT_GT(changes, 10);
    EXPECT_GT(seriesPx, 20);
    EXPECT_GT(bgPx, 20);
    const auto [solidChanges, solidSeries, solidBg] = transitions(reported->rect);
    EXPECT_LE(solidChanges, 2);
    EXPECT_EQ(solidBg, 0);
    EXPECT_GT(solidSeries, 100);
}

TEST(ChartPainterTest, HitTestFindsTheBarUnderItsPixels)
{
    // Colour the one bar uniquely, find it in the pixels, then ask the hit map about its centre.
    ChartSpec spec = financingSpec(false);
    const QColor unique(0x11, 0xCC, 0x22);
    spec.series[0].color = unique;
    const Rendering r = render(spec);
    const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
    // Zhipu is the first category: its bar is the topmost wide run of the colour (the legend
    // swatch above it is narrow).
    int top = -1, bottom = -1, left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        int rowLeft = image.width(), rowRight = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (near(image.pixel(x, y), unique, 6)) {
                rowLeft = std::min(rowLeft, x);
                rowRight = std::max(rowRight, x);
            }
        }
        const bool wide = rowRight - rowLeft > 50;
        if (wide) {
            if (top < 0)
                top = y;
            bottom = y;
            left = std::min(left, rowLeft);
            right = std::max(right, rowRight);
        } else if (top >= 0) {
            break; // end of the first bar
        }
    }
    ASSERT_GE(top, 0);
    const QPointF centre((left + right) / 4.0, (top + bottom) / 4.0); // device → logical
    const std::optional<ChartHit> hit = r.hits.hitTest(centre);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->citationKey, u"obs:r0"_s);
    EXPECT_EQ(hit->categoryId, u"zhipu"_s);
    EXPECT_EQ(hit->series, 0);
    EXPECT_FALSE(hit->tooltip.isEmpty());
    EXPECT_FALSE(r.hits.hitTest(QPointF(3, 3)).has_value());
    EXPECT_FALSE(r.hits.hitTest(QPointF(790, 495)).has_value());
}

TEST(ChartPainterTest, MissingValueIsLabelledNotDrawnAsZero)
{
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBar;
    spec.title = u"Missing"_s;
    spec.missingLabel = u"no figure"_s;
    spec.categories = {{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta"_s}, {u"c"_s, u"Gamma"_s}};
    ChartSeries s{u"s"_s, u"S"_s, roundColor, {}};
    s.points = {point(u"a"_s, 5, u"5"_s, u"obs:a"_s), point(u"c"_s, 8, u"8"_s, u"obs:c"_s)};
    spec.series = {s};
    const Rendering r = render(spec);
    const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
    // Rows containing the series colour form two bars, not three.
    int runs = 0;
    bool inRun = false;
    for (int y = 0; y < image.height(); ++y) {
        bool any = false;
        for (int x = 0; x < image.width() && !any; ++x)
            any = near(image.pixel(x, y), roundColor, 6);
        if (any && !inRun)
            ++runs;
        inRun = any;
    }
    EXPECT_EQ(runs, 2);
    for (const ChartHit &h : r.hits.hits())
        EXPECT_NE(h.categoryId, u"b"_s);

    QTemporaryDir dir;
    const QString svg = dir.filePath(u"missing.svg"_s);
    ASSERT_TRUE(ChartExporter::exportChart(spec, svg).ok);
    EXPECT_TRUE(readAll(svg).contains(u"no figure"_s));
}

TEST_F(ChartExportTest, LogAxisTicksAreDrawn)
{
    ChartSpec spec = financingSpec(false);
    spec.valueAxis.logScale = true;
    const QString path = file(u"log.svg"_s);
    ASSERT_TRUE(ChartExporter::exportChart(spec, path).ok);
    const QString svg = readAll(path);
    for (const QString &tick : {u"100M"_s, u"1B"_s, u"10B"_s, u"100B"_s})
        EXPECT_TRUE(svg.contains(u'>' + tick + u'<')) << tick.toStdString();
    EXPECT_FALSE(svg.contains(u">20B<"_s)); // a linear tick would show up as 20B
}

TEST_F(ChartExportTest, SvgIsXmlWithTheTitle)
{
    for (const ChartSpec &spec : {financingSpec(true), timelineSpec(), positioningSpec(), columnSpec()}) {
        const QString path = file(u"chart.SVG"_s); // the suffix is case-insensitive
        const ExportResult r = ChartExporter::exportChart(spec, path);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool sawSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg")
                sawSvg = true;
        }
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_TRUE(sawSvg);
        EXPECT_TRUE(readAll(path).contains(spec.title)) << spec.title.toStdString();
    }
}

TEST_F(ChartExportTest, PdfHasExtractableChineseAndEnglishText)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString path = file(u"chart.pdf"_s);
    const ExportResult r = ChartExporter::exportChart(financingSpec(true), path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    QProcess proc;
    proc.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    ASSERT_TRUE(proc.waitForFinished(30000));
    ASSERT_EQ(proc.exitCode(), 0);
    const QString text = QString::fromUtf8(proc.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"融资与估值"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"synthetic test data"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"百川智能"_s));
}

TEST_F(ChartExportTest, PdfPageHasTheChartAspect)
{
    const QString path = file(u"wide.pdf"_s);
    ExportOptions o;
    o.size = QSize(1200, 600);
    ASSERT_TRUE(ChartExporter::exportChart(positioningSpec(), path, o).ok);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(f.readAll());
    // 1200 × 600 logical pixels at 96 dpi → 900 × 450 pt.
    const QRegularExpressionMatch m = QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(pdf);
    ASSERT_TRUE(m.hasMatch());
    EXPECT_NEAR(m.captured(1).toDouble(), 900, 0.5);
    EXPECT_NEAR(m.captured(2).toDouble(), 450, 0.5);
}

TEST_F(ChartExportTest, ErrorsAreReportedAndLeaveNoFiles)
{
    const ChartSpec spec = financingSpec(false);
    ExportResult r = ChartExporter::exportChart(spec, file(u"chart.gif"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u".png"_s));

    r = ChartExporter::exportChart(spec, file(u"no-such-folder/chart.png"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"no-such-folder"_s)) << r.error.toStdString();

    r = ChartExporter::exportChart(spec, u"/proc/tigerscope-chart-test.png"_s);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_FALSE(QFile::exists(u"/proc/tigerscope-chart-test.png"_s));

    ASSERT_TRUE(QDir(dir.path()).mkdir(u"folder.png"_s));
    r = ChartExporter::exportChart(spec, file(u"folder.png"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"folder"_s));

    ExportOptions zero;
    zero.size = QSize(0, 500);
    EXPECT_FALSE(ChartExporter::exportChart(spec, file(u"zero.png"_s), zero).ok);
    ExportOptions huge;
    huge.scale = 20; // 24000 px wide
    r = ChartExporter::exportChart(spec, file(u"huge.png"_s), huge);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"20000"_s));
    EXPECT_TRUE(ChartExporter::renderToImage(spec, {1200, 750}, 20, ChartTheme::light()).isNull());

    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_TRUE(left.isEmpty()) << left.join(u", "_s).toStdString();
}

TEST_F(ChartExportTest, FailedExportLeavesExistingFileIntact)
{
    const QString path = file(u"keep.png"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("earlier export");
    }
    ExportOptions bad;
    bad.size = QSize(1200, 750);
    bad.scale = 100;
    EXPECT_FALSE(ChartExporter::exportChart(financingSpec(false), path, bad).ok);
    EXPECT_EQ(readAll(path), u"earlier export"_s);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.png"_s});
    // A good export then replaces it whole.
    EXPECT_TRUE(ChartExporter::exportChart(financingSpec(false), path).ok);
    EXPECT_EQ(QImage(path).size(), QSize(2400, 1500));
}

TEST(ChartPainterTest, PrinterStyleRenderUsesOnlyThePageRect)
{
    // A stand-in for a QPrinter: any paint device with a page rectangle.
    QImage page(1000, 1400, QImage::Format_ARGB32);
    page.fill(Qt::magenta);
    const QRectF pageRect(50, 100, 900, 1200);
    ASSERT_TRUE(
        ChartExporter::renderToDevice(page, pageRect, financingSpec(true), ChartTheme::print(), QSizeF(1200, 750)));
    EXPECT_EQ(page.pixel(10, 10), QColor(Qt::magenta).rgb());
    EXPECT_EQ(page.pixel(500, 1350), QColor(Qt::magenta).rgb());
    EXPECT_EQ(page.pixel(55, 105), QColor(Qt::white).rgb());
    // Fitted to the width, 1200 × 750 becomes 900 × 562.5: below that the page stays untouched.
    EXPECT_EQ(page.pixel(500, 100 + 600), QColor(Qt::magenta).rgb());
    // Print is black on white: no saturated colour anywhere in the chart.
    int coloured = 0;
    for (int y = 100; y < 660; y += 2) {
        for (int x = 50; x < 950; x += 2) {
            const QColor c = page.pixelColor(x, y);
            coloured += std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 24;
        }
    }
    EXPECT_EQ(coloured, 0);
}

TEST(ChartPainterTest, DarkThemeAndSmallTargetsStillRender)
{
    const Rendering dark = render(financingSpec(true), {800, 500}, ChartTheme::dark());
    const QImage image = dark.image.convertToFormat(QImage::Format_ARGB32);
    EXPECT_EQ(QColor(image.pixel(2, 2)), ChartTheme::dark().background);
    EXPECT_GT(countNear(image, valuationColor), 1000);

    const Rendering tiny = render(timelineSpec(), {320, 200});
    EXPECT_FALSE(tiny.hits.isEmpty());
    for (const ChartHit &h : tiny.hits.hits())
        EXPECT_TRUE(QRectF(0, 0, 320, 200).contains(h.rect.center()));
}

TEST(ChartPainterTest, TimelineAndPositioningReportTheirPoints)
{
    const Rendering timeline = render(timelineSpec(), {900, 500});
    QSet<QString> keys;
    for (const ChartHit &h : timeline.hits.hits())
        keys.insert(h.citationKey);
    EXPECT_EQ(keys.size(), 8);

    const Rendering map = render(positioningSpec(), {800, 600});
    keys.clear();
    for (const ChartHit &h : map.hits.hits())
        keys.insert(h.citationKey);
    EXPECT_EQ(keys.size(), 11);
    // Every point is drawn in its company's colour.
    const QImage image = map.image.convertToFormat(QImage::Format_ARGB32);
    for (const QString &k : CompanyPalette::fixedKeys())
        EXPECT_GT(countNear(image, CompanyPalette::color(k), 6), 60) << k.toStdString();
}

// A few points get labels (a second hit each, on the label); a crowd of points gets none, but every
// point keeps its own hit for the tooltip and the source.
TEST(ChartPainterTest, CrowdedPositioningMapsDropLabelsNotPoints)
{
    const Rendering few = render(positioningSpec(), {800, 600});
    EXPECT_EQ(few.hits.hits().size(), 2 * 11);

    ChartSpec crowded = positioningSpec();
    ChartSeries &series = crowded.series.first();
    const QList<ChartPoint> seed = series.points;
    series.points.clear();
    for (int i = 0; i <= PositioningPlot::MaxLabelledPoints; ++i) {
        ChartPoint p = seed.at(i % seed.size());
        p.citationKey = u"obs:crowd"_s + QString::number(i);
        p.position = QPointF(std::sin(i * 0.37) * 0.95, std::cos(i * 0.53) * 0.95);
        series.points.append(p);
    }
    const Rendering many = render(crowded, {800, 600});
    EXPECT_EQ(many.hits.hits().size(), PositioningPlot::MaxLabelledPoints + 1);
    QSet<QString> keys;
    for (const ChartHit &h : many.hits.hits()) {
        keys.insert(h.citationKey);
        EXPECT_LE(h.rect.width(), 40.0) << "only the points' own small areas";
    }
    EXPECT_EQ(keys.size(), PositioningPlot::MaxLabelledPoints + 1);
}

/// Renders the review images to /tmp/charts-look when TIGERSCOPE_CHART_LOOK is set.
TEST(ChartLook, WriteReviewImages)
{
    const QString out = qEnvironmentVariable("TIGERSCOPE_CHART_LOOK");
    if (out.isEmpty())
        GTEST_SKIP() << "set TIGERSCOPE_CHART_LOOK to a folder to write review images";
    QDir().mkpath(out);
    ExportOptions o;
    o.scale = 1.0;
    ChartExporter::exportChart(financingSpec(true), out + u"/financing_zh.png"_s, o);
    ChartExporter::exportChart(financingSpec(false), out + u"/financing_en.png"_s, o);
    ChartSpec log = financingSpec(false);
    log.valueAxis.logScale = true;
    ChartExporter::exportChart(log, out + u"/financing_log.png"_s, o);
    ChartExporter::exportChart(columnSpec(), out + u"/columns.png"_s, o);
    ChartExporter::exportChart(timelineSpec(), out + u"/timeline.png"_s, o);
    ChartExporter::exportChart(financingSpec(true), out + u"/financing_zh.svg"_s, o);
    ChartSpec grouped = financingSpec(false);
    grouped.kind = ChartKind::VerticalBar;
    ChartExporter::exportChart(grouped, out + u"/grouped_columns.png"_s, o);
    ChartExporter::exportChart(positioningSpec(), out + u"/positioning.png"_s, o);
    o.theme = ChartTheme::dark();
    ChartExporter::exportChart(financingSpec(true), out + u"/financing_zh_dark.png"_s, o);
    o.theme = ChartTheme::print();
    ChartExporter::exportChart(financingSpec(false), out + u"/financing_print.png"_s, o);
    ChartExporter::exportChart(financingSpec(true), out + u"/financing_zh.pdf"_s, o);
    o.theme = ChartTheme::light();
    o.size = QSize(560, 380);
    o.scale = 2;
    ChartExporter::exportChart(financingSpec(true), out + u"/financing_small.png"_s, o);
    o.size = QSize(420, 280);
    ChartExporter::exportChart(timelineSpec(), out + u"/timeline_tiny.png"_s, o);
    o.theme = ChartTheme::dark();
    o.size = QSize(900, 700);
    ChartExporter::exportChart(positioningSpec(), out + u"/positioning_dark.png"_s, o);
}

TEST(PngEncoderTest, RoundTripsEveryPixelAndTheResolution)
{
    // A rendered chart (flat areas, antialiased text, hatching) and a noisy gradient.
    QImage chart = ChartExporter::renderToImage(financingSpec(false), {600, 380}, 1.5, ChartTheme::light());
    ASSERT_FALSE(chart.isNull());
    QImage noise(257, 61, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, qRgb((x * 37 + y * 11) & 255, (x * y) & 255, (x ^ y) & 255));
    }
    for (const QImage &source : {chart, noise}) {
        QBuffer buffer;
        ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
        ASSERT_TRUE(PngEncoder::write(source, buffer));
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(buffer.data(), "PNG"));
        ASSERT_EQ(decoded.size(), source.size());
        EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), source.convertToFormat(QImage::Format_RGB32));
        if (source.dotsPerMeterX() > 0) {
            EXPECT_EQ(decoded.dotsPerMeterX(), source.dotsPerMeterX());
        }
    }
    QBuffer failing;
    EXPECT_FALSE(PngEncoder::write(chart, failing)) << "a closed device fails";
}

TEST(OccupancyGridTest, AnswersAsTestingEveryRectangleWould)
{
    std::mt19937 random(11);
    std::uniform_real_distribution<double> position(-200.0, 1800.0);
    std::uniform_real_distribution<double> size(0.0, 140.0);
    auto randomRect = [&] { return QRectF(position(random), position(random), size(random), size(random)); };
    OccupancyGrid grid(48.0);
    QList<QRectF> placed;
    int overlaps = 0;
    for (int i = 0; i < 3000; ++i) {
        const QRectF query = randomRect();
        const bool expected
            = std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(query); });
        ASSERT_EQ(grid.intersectsAny(query), expected) << i;
        overlaps += expected ? 1 : 0;
        grid.add(query);
        placed.append(query);
    }
    EXPECT_GT(overlaps, 100);
    EXPECT_LT(overlaps, 2999);
    // A rectangle wider than many cells, and one touching a cell edge only.
    OccupancyGrid edges(10.0);
    edges.add(QRectF(0, 0, 100, 5));
    EXPECT_TRUE(edges.intersectsAny(QRectF(95, 4, 20, 20)));
    EXPECT_FALSE(edges.intersectsAny(QRectF(100.5, 0, 5, 5)));
    EXPECT_FALSE(edges.intersectsAny(QRectF(0, 5.5, 100, 5)));
}
