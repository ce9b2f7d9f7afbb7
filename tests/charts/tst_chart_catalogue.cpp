#include "ChartCatalogue.h"
#include "ChartExporter.h"
#include "ChartSceneRenderer.h"
#include "ChartTableModel.h"
#include "ChartTestDatabase.h"
#include "CompanyPalette.h"
#include "DateFormatter.h"
#include "NumberFormatter.h"
#include "UncertaintyStyle.h"
#include "UserDataStore.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

const ChartSceneRenderer renderer;
const ChartExporter exporter(renderer);

const QStringList expectedIds{u"financing"_s,         u"users"_s,
                              u"time-to-15m-dau"_s,   u"training-cost"_s,
                              u"deepseek-adoption"_s, u"executive-departures"_s,
                              u"positioning"_s};

class CatalogueTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_db = new ChartTestDatabase;
        ASSERT_NE(s_db->get(), nullptr) << s_db->error().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        s_db = nullptr;
    }

    static QSqlDatabase db() { return s_db->get()->connection(); }
    static ChartCatalogue catalogue() { return ChartCatalogue(db()); }

    static QVariantList row(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVariantList values;
        if (q.exec() && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i));
        }
        return values;
    }

    static qint64 idOf(const QString &key) { return key.section(u':', 1).toLongLong(); }

    static const ChartRow *findRow(const BuiltChart &chart, const QString &company, const QString &metric)
    {
        for (const ChartRow &r : chart.rows) {
            if (r.companyId == company && r.citationKey.startsWith(u"obs:"_s)
                && row(u"SELECT metric_key FROM all_observations WHERE id = ?"_s, {idOf(r.citationKey)}).value(0)
                    == metric)
                return &r;
        }
        return nullptr;
    }

    static inline ChartTestDatabase *s_db = nullptr;
};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

TEST_F(CatalogueTest, StableIdsWithTitlesInBothLanguages)
{
    EXPECT_EQ(ChartCatalogue::ids(), expectedIds);
    for (const QString &id : expectedIds) {
        EXPECT_TRUE(ChartCatalogue::contains(id));
        EXPECT_FALSE(ChartCatalogue::title(id, Language::English).isEmpty()) << id.toStdString();
        EXPECT_FALSE(ChartCatalogue::title(id, Language::Chinese).isEmpty()) << id.toStdString();
        for (Language language : allLanguages()) {
            const BuiltChart chart = catalogue().build(id, {language, {}, {}});
            ASSERT_TRUE(chart.isValid()) << id.toStdString();
            EXPECT_EQ(chart.spec.id, id);
            EXPECT_EQ(chart.spec.title, ChartCatalogue::title(id, language));
            EXPECT_TRUE(chart.hasData()) << id.toStdString() << " has no data in the shipped dataset";
            EXPECT_FALSE(chart.spec.sources.isEmpty()) << id.toStdString();
        }
    }
    EXPECT_FALSE(ChartCatalogue::contains(u"pie"_s));
    EXPECT_FALSE(catalogue().build(u"pie"_s).isValid());
}

TEST_F(CatalogueTest, PlottedValuesEqualTheDatabase)
{
    for (const QString &id : expectedIds) {
        const BuiltChart chart = catalogue().build(id, {Language::English, {}, {}});
        for (const ChartRow &r : chart.rows) {
            ASSERT_GE(r.series, 0);
            const ChartPoint &p = chart.spec.series.at(r.series).points.at(r.point);
            EXPECT_EQ(p.citationKey, r.citationKey);
            if (!r.citationKey.startsWith(u"obs:"_s))
                continue;
            const QVariantList db
                = row(u"SELECT value, value_high, metric_key, company_id FROM all_observations WHERE id = ?"_s,
                      {idOf(r.citationKey)});
            ASSERT_EQ(db.size(), 4) << r.citationKey.toStdString();
            EXPECT_EQ(db.at(3).toString(), r.companyId);
            if (chart.spec.kind == ChartKind::Positioning) {
                // x is the customer placement; y is the company's open-source placement.
                EXPECT_TRUE(near(p.position.x(), db.at(0).toDouble())) << id.toStdString();
                const QVariantList y = row(u"SELECT value FROM all_observations WHERE company_id = ? AND metric_key = "
                                           "'positioning_open_source'"_s,
                                           {r.companyId});
                ASSERT_EQ(y.size(), 1);
                EXPECT_TRUE(near(p.position.y(), y.at(0).toDouble())) << r.companyId.toStdString();
                continue;
            }
            EXPECT_TRUE(near(p.value, db.at(0).toDouble()))
                << id.toStdString() << " " << r.citationKey.toStdString() << " " << p.value;
            if (!db.at(1).isNull()) {
                EXPECT_TRUE(near(p.valueHigh, db.at(1).toDouble()));
            }
        }
    }
    // Completeness: every financing figure in yuan is plotted, once per company and metric.
    const BuiltChart financing = catalogue().build(u"financing"_s);
    const int expected
        = row(u"SELECT count(*) FROM (SELECT DISTINCT company_id, metric_key FROM all_observations WHERE "
              "metric_key IN ('financing_round', 'funding_within_period', 'valuation') AND currency = 'CNY')"_s)
              .value(0)
              .toInt();
    EXPECT_GT(expected, 0);
    EXPECT_EQ(financing.rows.size(), expected);
    // The training cost chart plots the US-dollar figures and says so about the others.
    const BuiltChart cost = catalogue().build(u"training-cost"_s);
    EXPECT_EQ(cost.rows.size(),
              row(u"SELECT count(DISTINCT company_id) FROM all_observations WHERE metric_key = 'training_cost' "
                  "AND currency = 'USD'"_s)
                  .value(0)
                  .toInt());
    EXPECT_FALSE(cost.spec.caption.isEmpty());
}

TEST_F(CatalogueTest, FinancingKeepsCompanyColoursAndCitesTheArticle)
{
    const BuiltChart chart = catalogue().build(u"financing"_s);
    bool sawZhipu = false;
    for (const ChartSeries &s : chart.spec.series) {
        EXPECT_EQ(s.color, CompanyPalette::color(s.key)) << s.key.toStdString();
        sawZhipu |= s.key == "zhipu"_L1;
    }
    EXPECT_TRUE(sawZhipu);
    const ChartRow *round = findRow(chart, u"zhipu"_s, u"financing_round"_s);
    ASSERT_NE(round, nullptr);
    const QVariantList cited
        = row(u"SELECT article_key, paragraph, printed FROM all_citations WHERE observation_id = ? "
              "AND lang = 'en' ORDER BY id LIMIT 1"_s,
              {idOf(round->citationKey)});
    ASSERT_EQ(cited.size(), 3);
    const ChartCitation citation = catalogue().citation(round->citationKey, Language::English);
    EXPECT_EQ(citation.articleKey, cited.at(0).toString());
    EXPECT_EQ(citation.articleKey, u"six-tigers-bat-2025"_s);
    EXPECT_EQ(citation.paragraph, cited.at(1).toInt());
    EXPECT_EQ(citation.printed, cited.at(2).toString());
    const ChartCitation zh = catalogue().citation(round->citationKey, Language::Chinese);
    EXPECT_EQ(zh.lang, u"zh"_s) << "the Chinese paragraph is preferred in Chinese";
}

TEST_F(CatalogueTest, TooltipsCarryValueDateQualifierStatusAndSource)
{
    const BuiltChart chart = catalogue().build(u"financing"_s, {Language::English, {}, {}});
    const ChartRow *valuation = findRow(chart, u"zhipu"_s, u"valuation"_s);
    ASSERT_NE(valuation, nullptr);
    const QVariantList db = row(u"SELECT value, currency, as_of, as_of_precision FROM all_observations WHERE id = ?"_s,
                                {idOf(valuation->citationKey)});
    const QString tooltip = valuation->chartPoint.tooltip;
    const QString value
        = NumberFormatter::formatValue(db.at(0).toDouble(), qQNaN(), NumberFormatter::Qualifier::Exact,
                                       NumberFormatter::Unit::Money, db.at(1).toString(), Language::English);
    EXPECT_TRUE(tooltip.contains(value)) << tooltip.toStdString();
    EXPECT_TRUE(tooltip.contains(DateFormatter::format(db.at(2).toString(), db.at(3).toString(), Language::English)));
    EXPECT_TRUE(tooltip.contains(u"reported"_s));
    const QVariantList article
        = row(u"SELECT title_en, outlet_en FROM all_articles WHERE key = 'six-tigers-bat-2025'"_s);
    EXPECT_TRUE(tooltip.contains(article.at(0).toString()));
    EXPECT_TRUE(tooltip.contains(catalogue().citation(valuation->citationKey, Language::English).printed));

    // Derived and range figures say so.
    const BuiltChart cost = catalogue().build(u"training-cost"_s);
    const ChartRow *meta = findRow(cost, u"meta"_s, u"training_cost"_s);
    const ChartRow *openai = findRow(cost, u"openai"_s, u"training_cost"_s);
    ASSERT_TRUE(meta && openai);
    EXPECT_EQ(meta->chartPoint.status, ValueStatus::Derived);
    EXPECT_TRUE(meta->chartPoint.tooltip.contains(u"derived"_s));
    EXPECT_EQ(openai->chartPoint.qualifier, ValueQualifier::Range);
    EXPECT_TRUE(openai->chartPoint.hasRange());
}

TEST_F(CatalogueTest, ChineseChartUsesChineseDataAndNotation)
{
    const BuiltChart zh = catalogue().build(u"financing"_s, {Language::Chinese, {}, {}});
    const BuiltChart en = catalogue().build(u"financing"_s, {Language::English, {}, {}});
    const QString labelZh = row(u"SELECT label_zh FROM all_metrics WHERE key = 'valuation'"_s).value(0).toString();
    const QString labelEn = row(u"SELECT label_en FROM all_metrics WHERE key = 'valuation'"_s).value(0).toString();
    const int zhIndex = zh.spec.categoryIndex(u"valuation"_s);
    ASSERT_GE(zhIndex, 0);
    EXPECT_EQ(zh.spec.categories.at(zhIndex).label, labelZh);
    EXPECT_EQ(en.spec.categories.at(en.spec.categoryIndex(u"valuation"_s)).label, labelEn);
    EXPECT_EQ(zh.spec.valueAxis.notation, NumberNotation::Chinese);
    EXPECT_EQ(en.spec.valueAxis.notation, NumberNotation::Western);
    const QString outletZh
        = row(u"SELECT outlet_zh FROM all_articles WHERE key = 'six-tigers-bat-2025'"_s).value(0).toString();
    EXPECT_TRUE(zh.spec.sources.join(u' ').contains(outletZh)) << zh.spec.sources.join(u'|').toStdString();
    const ChartRow *zhipuZh = findRow(zh, u"zhipu"_s, u"valuation"_s);
    ASSERT_NE(zhipuZh, nullptr);
    EXPECT_EQ(zhipuZh->company, row(u"SELECT name_zh FROM all_companies WHERE id = 'zhipu'"_s).value(0).toString());
}

TEST_F(CatalogueTest, HiddenCompaniesAndLogScale)
{
    ChartOptions options;
    const BuiltChart all = catalogue().build(u"training-cost"_s, options);
    EXPECT_TRUE(all.logScaleApplies);
    EXPECT_TRUE(all.spec.valueAxis.logScale) << "training cost spans orders of magnitude: log by default";
    options.logScale = false;
    EXPECT_FALSE(catalogue().build(u"training-cost"_s, options).spec.valueAxis.logScale);
    options.hiddenCompanies = {u"deepseek"_s};
    const BuiltChart hidden = catalogue().build(u"training-cost"_s, options);
    EXPECT_LT(hidden.spec.categoryIndex(u"deepseek"_s), 0);
    EXPECT_GE(all.spec.categoryIndex(u"deepseek"_s), 0);
    EXPECT_EQ(hidden.rows.size() + 1, all.rows.size());
    EXPECT_EQ(hidden.companies.size(), all.companies.size()) << "a hidden company can be shown again";
    EXPECT_FALSE(catalogue().build(u"deepseek-adoption"_s).logScaleApplies);
}

TEST_F(CatalogueTest, AdoptionCountsCloudLaunchesFromIntegrationEvents)
{
    const BuiltChart chart = catalogue().build(u"deepseek-adoption"_s);
    const int clouds
        = row(u"SELECT count(*) FROM all_events e JOIN all_companies c ON c.id = e.company_id WHERE e.kind = "
              "'integration' AND c.grp = 'giant' AND NOT EXISTS (SELECT 1 FROM all_companies p WHERE p.parent_id = c.id)"_s)
              .value(0)
              .toInt();
    const int index = chart.spec.categoryIndex(u"cloud_launches"_s);
    ASSERT_GE(index, 0);
    const ChartSeries &s = chart.spec.series.first();
    EXPECT_EQ(s.points.at(s.indexOf(u"cloud_launches"_s)).value, double(clouds));
    EXPECT_GE(clouds, 1);
    EXPECT_GE(chart.spec.categoryIndex(u"soes_deployed"_s), 0);
    EXPECT_GE(chart.spec.categoryIndex(u"companies_connected"_s), 0);
}

TEST_F(CatalogueTest, UndatedDeparturesStandAtTheirArticleDate)
{
    const BuiltChart chart = catalogue().build(u"executive-departures"_s);
    ASSERT_FALSE(chart.rows.isEmpty());
    const int events = row(u"SELECT count(*) FROM all_events WHERE kind = 'departure'"_s).value(0).toInt();
    EXPECT_EQ(chart.rows.size(), events);
    for (const ChartRow &r : chart.rows) {
        const QVariantList e = row(u"SELECT date FROM all_events WHERE id = ?"_s, {idOf(r.citationKey)});
        if (e.at(0).isNull()) {
            const QString article = catalogue().citation(r.citationKey, Language::English).articleKey;
            EXPECT_EQ(r.chartPoint.date.toString(Qt::ISODate),
                      row(u"SELECT published FROM all_articles WHERE key = ?"_s, {article}).value(0).toString());
            EXPECT_EQ(r.chartPoint.qualifier, ValueQualifier::Approx);
        } else {
            EXPECT_EQ(r.chartPoint.date.toString(Qt::ISODate), e.at(0).toString().left(10));
            EXPECT_EQ(r.chartPoint.qualifier, ValueQualifier::Exact);
        }
    }
}

TEST_F(CatalogueTest, PositioningPlacesOnlyCompaniesWithBothAxesAndCitesThem)
{
    const BuiltChart chart = catalogue().build(u"positioning"_s);
    QSqlQuery q(db());
    ASSERT_TRUE(
        q.exec(u"SELECT company_id FROM all_observations WHERE metric_key = 'positioning_customers' "
               "INTERSECT SELECT company_id FROM all_observations WHERE metric_key = 'positioning_open_source'"_s));
    QSet<QString> both;
    while (q.next())
        both.insert(q.value(0).toString());
    QSet<QString> placed;
    for (const ChartCategory &c : chart.spec.categories)
        placed.insert(c.id);
    EXPECT_EQ(placed, both);
    EXPECT_FALSE(chart.spec.caption.isEmpty());
    for (const ChartRow &r : chart.rows) {
        EXPECT_EQ(r.chartPoint.status, ValueStatus::Derived) << "placements are ours, not printed figures";
        EXPECT_TRUE(catalogue().citation(r.citationKey, Language::English).isValid());
    }
}

TEST(CatalogueEmptyTest, ChartsWithoutDataSaySo)
{
    QTemporaryDir dir;
    QString error;
    const auto database = Database::open({dir.path(), {}, false}, &error);
    ASSERT_NE(database, nullptr) << error.toStdString();
    const ChartCatalogue catalogue(database->connection());
    for (const QString &id : expectedIds) {
        const BuiltChart chart = catalogue.build(id);
        EXPECT_TRUE(chart.isValid());
        EXPECT_FALSE(chart.hasData()) << id.toStdString();
        EXPECT_FALSE(chart.spec.emptyLabel.isEmpty());
        const QImage image = exporter.renderToImage(chart.spec, {600, 400}, 1.0, ChartTheme::light());
        EXPECT_FALSE(image.isNull());
    }
}

TEST_F(CatalogueTest, TableModelPassesTheTesterAndShowsEncodings)
{
    ChartTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &id : expectedIds) {
        const BuiltChart chart = catalogue().build(id);
        model.setChart(chart, Language::English);
        ASSERT_EQ(model.rowCount(), chart.rows.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            EXPECT_EQ(model.index(r, ChartTableModel::ValueColumn).data().toString(), chart.rows.at(r).value);
            EXPECT_FALSE(
                model.index(r, ChartTableModel::ValueColumn).data(Qt::DecorationRole).value<QImage>().isNull());
            EXPECT_EQ(model.index(r, 0).data(ChartTableModel::CitationKeyRole).toString(),
                      chart.rows.at(r).citationKey);
        }
    }
    const BuiltChart cost = catalogue().build(u"training-cost"_s);
    model.setChart(cost, Language::Chinese);
    int derived = 0, range = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto item = EncodingLegendItem(model.index(r, 0).data(ChartTableModel::EncodingRole).toInt());
        derived += item == EncodingLegendItem::Derived;
        range += item == EncodingLegendItem::Range;
    }
    EXPECT_EQ(derived, 1);
    EXPECT_EQ(range, 1);
    // The derived swatch is hatched: its pixels are not one flat colour.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (EncodingLegendItem(model.index(r, 0).data(ChartTableModel::EncodingRole).toInt())
            != EncodingLegendItem::Derived)
            continue;
        const QImage swatch = model.swatch(r);
        QSet<QRgb> colours;
        for (int x = 3; x < 19; ++x)
            colours.insert(swatch.pixel(x, 6));
        EXPECT_GT(colours.size(), 1);
    }
}

TEST_F(CatalogueTest, WriteReviewImages)
{
    const QString out = qEnvironmentVariable("TIGERSCOPE_CHART_LOOK");
    if (out.isEmpty())
        GTEST_SKIP() << "set TIGERSCOPE_CHART_LOOK to a folder to write review images of the catalogue";
    QDir().mkpath(out);
    ExportOptions o;
    o.scale = 1.0;
    for (const QString &id : expectedIds) {
        for (Language language : allLanguages()) {
            const BuiltChart chart = catalogue().build(id, {language, {}, {}});
            const QString file = out + u'/' + id + u'-' + languageCode(language) + u".png"_s;
            EXPECT_TRUE(exporter.exportChart(chart.spec, file, o).ok) << file.toStdString();
        }
    }
}

TEST(CatalogueUserFigureTest, TheUsersOwnFigureIsMarkedAsTheUsers)
{
    ChartTestDatabase database;
    ASSERT_NE(database.get(), nullptr) << database.error().toStdString();
    QSqlDatabase db = database.get()->connection();
    UserDataStore store(*database.get());
    ObservationRecord mine;
    mine.companyId = u"baichuan"_s;
    mine.metricKey = u"valuation"_s;
    mine.value = 2.2e10;
    mine.currency = u"CNY"_s;
    mine.asOf = PartialDate::parse(u"2026-01"_s);
    CitationRecord reference;
    reference.reference = u"https://example.org/baichuan"_s;
    mine.citations = {reference};
    QString error;
    ASSERT_TRUE(store.addObservation(&mine, &error)) << error.toStdString();
    const qint64 userId = mine.id;
    for (Language language : allLanguages()) {
        const BuiltChart chart = ChartCatalogue(db).build(u"financing"_s, {language, {}, {}});
        int marked = 0;
        for (const ChartSeries &series : chart.spec.series) {
            for (const ChartPoint &point : series.points) {
                EXPECT_EQ(point.usersOwn, point.citationKey == u"obs:%1"_s.arg(userId))
                    << point.citationKey.toStdString();
                marked += point.usersOwn ? 1 : 0;
            }
        }
        EXPECT_EQ(marked, 1) << "the user's valuation is on the chart, marked";
        EXPECT_FALSE(chart.spec.usersOwnMark.isEmpty());
        EXPECT_NE(
            chart.spec.usersOwnMark,
            ChartCatalogue(db)
                .build(u"financing"_s, {language == Language::English ? Language::Chinese : Language::English, {}, {}})
                .spec.usersOwnMark)
            << "the mark follows the chart's language";
    }
}
