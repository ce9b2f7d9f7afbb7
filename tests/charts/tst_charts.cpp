#include "ChartBuilders.h"
#include "ChartExporter.h"
#include "ChartScene.h"
#include "ChartSceneRenderer.h"
#include "ChartSpec.h"
#include "ChartText.h"
#include "ChartTheme.h"
#include "CompanyPalette.h"
#include "OccupancyGrid.h"
#include "UncertaintyStyle.h"
#include "ValueAxis.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

/// The renderer the application composes in; every export below goes through it.
const ChartExporter &exporter()
{
    static const ChartSceneRenderer renderer;
    static const ChartExporter instance(renderer);
    return instance;
}

/// A chart rendered on a 2× image, with a scene laid out the same way to ask where its points are
/// (logical coordinates: half the image's pixels).
struct Rendering
{
    QImage image;
    std::unique_ptr<ChartScene> scene;
};

Rendering render(const ChartSpec &spec, QSize size = {800, 500}, const ChartTheme &theme = ChartTheme::light())
{
    Rendering r;
    r.image = QImage(size * 2, QImage::Format_ARGB32_Premultiplied);
    r.image.setDevicePixelRatio(2);
    r.image.fill(Qt::magenta);
    QPainter p(&r.image);
    ChartSceneRenderer().render(p, QRectF(QPointF(0, 0), QSizeF(size)), spec, theme, QSizeF(size));
    p.end();
    r.scene = ChartScene::build(spec, theme, QSizeF(size));
    return r;
}

/// The citation keys of the points a scene offers to hover, click and the keyboard.
QSet<QString> pointKeys(const ChartScene &scene)
{
    QSet<QString> keys;
    for (const ChartPointRef &ref : scene.points())
        keys.insert(scene.point(ref).citationKey);
    return keys;
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
    // ICU's short compact notation, in full below 10,000 as everywhere else in the app.
    EXPECT_EQ(labels, (QStringList{u"1"_s, u"10"_s, u"100"_s, u"1,000"_s, u"10K"_s, u"100K"_s}));
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
        const ExportResult r = exporter().exportChart(spec, path, o);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(1600, 1000));
        image = image.convertToFormat(QImage::Format_ARGB32);
        const PixelStats s = stats(image, Qt::white);
        EXPECT_GT(s.distinctColours, 200) << spec.title.toStdString();
        EXPECT_GT(s.nonBackground, 0.03) << spec.title.toStdString();
        EXPECT_LT(s.nonBackground, 0.8) << spec.title.toStdString();
        // Compressed: a chart's flat areas take a small part of the 3 bytes a pixel stored raw.
        EXPECT_LT(QFileInfo(path).size(), 1600 * 1000 / 2) << spec.title.toStdString();
    }
}

TEST_F(ChartExportTest, PngIsPaintedInBandsThatJoinWithoutASeam)
{
    // The PNG is painted a band of rows at a time; the file must hold exactly the picture painted
    // in one piece, at whole and fractional scales and at heights that are no multiple of a band.
    const ChartSpec specs[] = {financingSpec(false), columnSpec(), timelineSpec(), positioningSpec()};
    const struct
    {
        QSize size;
        double scale;
    } shapes[] = {{{800, 500}, 2.0}, {{640, 397}, 1.0}, {{700, 451}, 1.5}};
    int n = 0;
    for (const ChartSpec &spec : specs) {
        for (const auto &shape : shapes) {
            const QString path = file(u"band%1.png"_s.arg(n++));
            ExportOptions o;
            o.size = shape.size;
            o.scale = shape.scale;
            const ExportResult r = exporter().exportChart(spec, path, o);
            ASSERT_TRUE(r.ok) << r.error.toStdString();
            const QImage written = QImage(path).convertToFormat(QImage::Format_RGB32);
            const QImage whole = exporter()
                                     .renderToImage(spec, shape.size, shape.scale, ChartTheme::light())
                                     .convertToFormat(QImage::Format_RGB32);
            ASSERT_EQ(written.size(), whole.size()) << spec.title.toStdString();
            int differing = 0;
            for (int y = 0; y < whole.height(); ++y) {
                const auto *a = reinterpret_cast<const QRgb *>(written.constScanLine(y));
                const auto *b = reinterpret_cast<const QRgb *>(whole.constScanLine(y));
                for (int x = 0; x < whole.width(); ++x)
                    differing += a[x] != b[x];
            }
            EXPECT_EQ(differing, 0) << spec.title.toStdString() << " at scale " << shape.scale;
            // The resolution is recorded, so a 2× export shows at its intended size.
            EXPECT_NEAR(written.dotsPerMeterX(), 96.0 * shape.scale / 0.0254, 1);
        }
    }
}

TEST_F(ChartExportTest, SeriesAndCompanyColoursAppearInPixels)
{
    const QImage bars = exporter()
                            .renderToImage(financingSpec(false), {800, 500}, 2, ChartTheme::light())
                            .convertToFormat(QImage::Format_ARGB32);
    EXPECT_GT(countNear(bars, roundColor), 2000);
    EXPECT_GT(countNear(bars, valuationColor), 2000);

    // A single series without a colour takes each company's palette colour.
    const QImage columns = exporter()
                               .renderToImage(columnSpec(), {800, 500}, 2, ChartTheme::light())
                               .convertToFormat(QImage::Format_ARGB32);
    for (const QString &key : {u"zhipu"_s, u"alibaba"_s, u"deepseek"_s})
        EXPECT_GT(countNear(columns, CompanyPalette::color(key), 8), 500) << key.toStdString();
    // stepfun (index 4) has no value: its colour must not appear as a bar.
    EXPECT_LT(countNear(columns, CompanyPalette::color(u"stepfun"_s), 8), 50);
}

TEST(ChartSceneTest, DerivedBarIsHatched)
{
    const ChartSpec spec = financingSpec(false);
    const Rendering r = render(spec);
    const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
    // MiniMax's valuation (series 1, point 2) is derived; Zhipu's (point 0) is reported.
    const auto transitions = [&](const QLineF &bar) {
        const int y = int(bar.p1().y() * 2);
        int changes = 0, seriesPixels = 0, backgroundPixels = 0;
        int last = -1;
        for (int x = int(std::min(bar.x1(), bar.x2()) * 2) + 6; x < int(std::max(bar.x1(), bar.x2()) * 2) - 6; ++x) {
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
    const QLineF derived = r.scene->extentOf({1, 2});
    const QLineF reported = r.scene->extentOf({1, 0});
    ASSERT_GT(derived.length(), 40);
    const auto [changes, seriesPx, bgPx] = transitions(derived);
    EXPECT_GT(changes, 10);
    EXPECT_GT(seriesPx, 20);
    EXPECT_GT(bgPx, 20);
    const auto [solidChanges, solidSeries, solidBg] = transitions(reported);
    EXPECT_LE(solidChanges, 2);
    EXPECT_EQ(solidBg, 0);
    EXPECT_GT(solidSeries, 100);
}

TEST(ChartSceneTest, HatchingIsGeometryInTheSvg)
{
    // QSvgGenerator drops pattern brushes: the hatch must come out as filled paths of its own.
    QTemporaryDir dir;
    ChartSpec spec = financingSpec(false);
    const QString withDerived = dir.filePath(u"derived.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, withDerived).ok);
    spec.series[1].points[2].status = ValueStatus::Reported;
    const QString without = dir.filePath(u"reported.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, without).ok);
    // Each hatch stroke is a subpath ("M …") of a path filled with the series colour.
    const auto subpaths = [&](const QString &svg) {
        int n = 0;
        QXmlStreamReader xml(readAll(svg));
        QString fill;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"g")
                fill = xml.attributes().value(u"fill"_s).toString();
            if (xml.name() == u"path" && fill.compare(valuationColor.name(), Qt::CaseInsensitive) == 0)
                n += int(xml.attributes().value(u"d"_s).count(u'M'));
        }
        return n;
    };
    EXPECT_GT(subpaths(withDerived), subpaths(without) + 10);
}

TEST(ChartSceneTest, PointsAreWhereTheirBarsAreDrawn)
{
    // Colour one series uniquely: the place the scene gives for each of its points (where hover,
    // click and the keyboard find them) lies on pixels of that colour.
    ChartSpec spec = financingSpec(false);
    const QColor unique(0x11, 0xCC, 0x22);
    spec.series[0].color = unique;
    const Rendering r = render(spec);
    const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
    int checked = 0;
    for (const ChartPointRef &ref : r.scene->points()) {
        const QPointF at = r.scene->positionOf(ref) * 2;
        const bool onColour = near(image.pixel(at.toPoint()), unique, 6);
        EXPECT_EQ(onColour, ref.series == 0) << r.scene->point(ref).citationKey.toStdString();
        checked += ref.series == 0;
    }
    EXPECT_EQ(checked, 5); // Baichuan has no round
    EXPECT_EQ(r.scene->point(r.scene->points().first()).citationKey, u"obs:r0"_s);
    EXPECT_FALSE(r.scene->tooltipOf(r.scene->points().first()).isEmpty());
}

TEST(ChartSceneTest, MissingValueIsLabelledNotDrawnAsZero)
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
    EXPECT_EQ(pointKeys(*r.scene), (QSet<QString>{u"obs:a"_s, u"obs:c"_s}));

    QTemporaryDir dir;
    const QString svg = dir.filePath(u"missing.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, svg).ok);
    EXPECT_TRUE(readAll(svg).contains(u"no figure"_s));
}

TEST_F(ChartExportTest, LogAxisTicksAreDrawn)
{
    ChartSpec spec = financingSpec(false);
    spec.valueAxis.logScale = true;
    const QString path = file(u"log.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, path).ok);
    const QString svg = readAll(path);
    for (const QString &tick : {u"100M"_s, u"1B"_s, u"10B"_s, u"100B"_s})
        EXPECT_TRUE(svg.contains(u'>' + tick + u'<')) << tick.toStdString();
    EXPECT_FALSE(svg.contains(u">20B<"_s)); // a linear tick would show up as 20B
}

TEST_F(ChartExportTest, SvgIsXmlWithTheTitle)
{
    for (const ChartSpec &spec : {financingSpec(true), timelineSpec(), positioningSpec(), columnSpec()}) {
        const QString path = file(u"chart.SVG"_s); // the suffix is case-insensitive
        const ExportResult r = exporter().exportChart(spec, path);
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
    const ExportResult r = exporter().exportChart(financingSpec(true), path);
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
    ASSERT_TRUE(exporter().exportChart(positioningSpec(), path, o).ok);
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
    ExportResult r = exporter().exportChart(spec, file(u"chart.gif"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u".png"_s));

    r = exporter().exportChart(spec, file(u"no-such-folder/chart.png"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"no-such-folder"_s)) << r.error.toStdString();

    r = exporter().exportChart(spec, u"/proc/tigerscope-chart-test.png"_s);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_FALSE(QFile::exists(u"/proc/tigerscope-chart-test.png"_s));

    ASSERT_TRUE(QDir(dir.path()).mkdir(u"folder.png"_s));
    r = exporter().exportChart(spec, file(u"folder.png"_s));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"folder"_s));

    ExportOptions zero;
    zero.size = QSize(0, 500);
    EXPECT_FALSE(exporter().exportChart(spec, file(u"zero.png"_s), zero).ok);
    ExportOptions huge;
    huge.scale = 20; // 24000 px wide
    r = exporter().exportChart(spec, file(u"huge.png"_s), huge);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"20000"_s));
    EXPECT_TRUE(exporter().renderToImage(spec, {1200, 750}, 20, ChartTheme::light()).isNull());

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
    EXPECT_FALSE(exporter().exportChart(financingSpec(false), path, bad).ok);
    EXPECT_EQ(readAll(path), u"earlier export"_s);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.png"_s});
    // A good export then replaces it whole.
    EXPECT_TRUE(exporter().exportChart(financingSpec(false), path).ok);
    EXPECT_EQ(QImage(path).size(), QSize(2400, 1500));
}

TEST(ChartSceneTest, PrinterStyleRenderUsesOnlyThePageRect)
{
    // A stand-in for a QPrinter: any paint device with a page rectangle.
    QImage page(1000, 1400, QImage::Format_ARGB32);
    page.fill(Qt::magenta);
    const QRectF pageRect(50, 100, 900, 1200);
    ASSERT_TRUE(exporter().renderToDevice(page, pageRect, financingSpec(true), ChartTheme::print(), QSizeF(1200, 750)));
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

TEST(ChartSceneTest, DarkThemeAndSmallTargetsStillRender)
{
    const Rendering dark = render(financingSpec(true), {800, 500}, ChartTheme::dark());
    const QImage image = dark.image.convertToFormat(QImage::Format_ARGB32);
    EXPECT_EQ(QColor(image.pixel(2, 2)), ChartTheme::dark().background);
    EXPECT_GT(countNear(image, valuationColor), 1000);

    const Rendering tiny = render(timelineSpec(), {320, 200});
    EXPECT_FALSE(tiny.scene->points().isEmpty());
    for (const ChartPointRef &ref : tiny.scene->points())
        EXPECT_TRUE(QRectF(0, 0, 320, 200).contains(tiny.scene->positionOf(ref)));
}

TEST(ChartSceneTest, TimelineAndPositioningReportTheirPoints)
{
    const Rendering timeline = render(timelineSpec(), {900, 500});
    EXPECT_EQ(pointKeys(*timeline.scene).size(), 8);

    const Rendering map = render(positioningSpec(), {800, 600});
    EXPECT_EQ(pointKeys(*map.scene).size(), 11);
    // Every point is drawn in its company's colour, where the scene says it is.
    const QImage image = map.image.convertToFormat(QImage::Format_ARGB32);
    for (const QString &k : CompanyPalette::fixedKeys())
        EXPECT_GT(countNear(image, CompanyPalette::color(k), 6), 60) << k.toStdString();
    for (const ChartPointRef &ref : map.scene->points()) {
        const QColor colour = CompanyPalette::color(map.scene->point(ref).categoryId);
        EXPECT_TRUE(near(image.pixel((map.scene->positionOf(ref) * 2).toPoint()), colour, 10));
    }
}

// A few points get labels; a crowd of points gets none, but every point can still be hovered and
// clicked for its tooltip and source.
TEST(ChartSceneTest, CrowdedPositioningMapsDropLabelsNotPoints)
{
    const auto labelPixels = [](const Rendering &r) {
        const QRectF plot = r.scene->chart()->plotArea();
        const QImage image = r.image.convertToFormat(QImage::Format_ARGB32);
        int n = 0;
        for (int y = int(plot.top() * 2); y < int(plot.bottom() * 2); ++y) {
            for (int x = int(plot.left() * 2); x < int(plot.right() * 2); ++x)
                n += near(image.pixel(x, y), ChartTheme::light().text, 12);
        }
        return n;
    };
    const Rendering few = render(positioningSpec(), {800, 600});
    EXPECT_GT(labelPixels(few), 500) << "the points are named";

    ChartSpec crowded = positioningSpec();
    ChartSeries &series = crowded.series.first();
    const QList<ChartPoint> seed = series.points;
    series.points.clear();
    for (int i = 0; i <= 400; ++i) {
        ChartPoint p = seed.at(i % seed.size());
        p.citationKey = u"obs:crowd"_s + QString::number(i);
        p.position = QPointF(std::sin(i * 0.37) * 0.95, std::cos(i * 0.53) * 0.95);
        series.points.append(p);
    }
    const Rendering many = render(crowded, {800, 600});
    EXPECT_EQ(labelPixels(many), 0) << "no labels over a crowd";
    EXPECT_EQ(pointKeys(*many.scene).size(), 401);
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
    exporter().exportChart(financingSpec(true), out + u"/financing_zh.png"_s, o);
    exporter().exportChart(financingSpec(false), out + u"/financing_en.png"_s, o);
    ChartSpec log = financingSpec(false);
    log.valueAxis.logScale = true;
    exporter().exportChart(log, out + u"/financing_log.png"_s, o);
    exporter().exportChart(columnSpec(), out + u"/columns.png"_s, o);
    exporter().exportChart(timelineSpec(), out + u"/timeline.png"_s, o);
    exporter().exportChart(financingSpec(true), out + u"/financing_zh.svg"_s, o);
    ChartSpec grouped = financingSpec(false);
    grouped.kind = ChartKind::VerticalBar;
    exporter().exportChart(grouped, out + u"/grouped_columns.png"_s, o);
    exporter().exportChart(positioningSpec(), out + u"/positioning.png"_s, o);
    o.theme = ChartTheme::dark();
    exporter().exportChart(financingSpec(true), out + u"/financing_zh_dark.png"_s, o);
    o.theme = ChartTheme::print();
    exporter().exportChart(financingSpec(false), out + u"/financing_print.png"_s, o);
    exporter().exportChart(financingSpec(true), out + u"/financing_zh.pdf"_s, o);
    o.theme = ChartTheme::light();
    o.size = QSize(560, 380);
    o.scale = 2;
    exporter().exportChart(financingSpec(true), out + u"/financing_small.png"_s, o);
    o.size = QSize(420, 280);
    exporter().exportChart(timelineSpec(), out + u"/timeline_tiny.png"_s, o);
    o.theme = ChartTheme::dark();
    o.size = QSize(900, 700);
    exporter().exportChart(positioningSpec(), out + u"/positioning_dark.png"_s, o);
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

TEST_F(ChartExportTest, ConflictingAndUsersOwnPointsAreMarkedInTheDrawing)
{
    ChartSpec spec = financingSpec(false);
    spec.conflictMark = u"(sources differ)"_s;
    spec.usersOwnMark = u"(yours)"_s;
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, plain).ok);
    EXPECT_FALSE(readAll(plain).contains(u"(sources differ)"_s)) << "no point is marked, no mark drawn";
    EXPECT_FALSE(readAll(plain).contains(u"(yours)"_s));

    spec.series[1].points[0].conflicting = true;
    spec.series[0].points[0].usersOwn = true;
    const QString marked = dir.filePath(u"marked.svg"_s);
    ASSERT_TRUE(exporter().exportChart(spec, marked).ok);
    const QString svg = readAll(marked);
    EXPECT_EQ(svg.count(u"(sources differ)"_s), 1);
    EXPECT_EQ(svg.count(u"(yours)"_s), 1);
}

TEST(ChartLayerItemTest, LayersCoverTheChartUnderTheGridOrOverTheSeriesAndTakeNoClicks)
{
    const std::unique_ptr<ChartScene> scene
        = ChartScene::build(positioningSpec(), ChartTheme::light(), QSizeF(800, 500));
    QList<qreal> layers;
    for (QGraphicsItem *item : scene->chart()->childItems()) {
        if (!dynamic_cast<ChartLayerItem *>(item))
            continue;
        layers.append(item->zValue());
        EXPECT_EQ(item->boundingRect(), QRectF(QPointF(0, 0), scene->chart()->size()));
        EXPECT_EQ(item->acceptedMouseButtons(), Qt::NoButton);
    }
    std::sort(layers.begin(), layers.end());
    // The quadrants under the grid, the points and their labels over the series.
    EXPECT_EQ(layers, QList<qreal>({0.5, 900}));
}
