// The Charts page offscreen: the financing chart, a click on Zhipu's bar, the table, languages.
#include "AppContext.h"
#include "ChartTableModel.h"
#include "Database.h"
#include "LanguageCatalogue.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "TestSupport.h"
#include "charts/ChartView.h"
#include "charts/ChartsPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QVariantList queryRow(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QVariantList values;
    if (q.exec(sql) && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i));
    }
    return values;
}

/// The non-empty lines of one language version of a seed article (English first, then Chinese).
QStringList seedParagraphs(const QString &path, const QString &lang)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList en, zh;
    static const QRegularExpression han(u"\\p{Han}"_s);
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype hanCount = line.count(han);
        (zh.isEmpty() && hanCount * 3 < line.size() ? en : zh).append(line);
    }
    return lang == "zh"_L1 ? zh : en;
}

class ChartsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_NE(m_database, nullptr) << error.toStdString();
        m_languages.setLanguage(Language::English);
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    LanguageManager m_languages;
    std::unique_ptr<AppContext> m_context;
};

} // namespace

TEST_F(ChartsPageTest, ClickOnZhipusBarRequestsItsCitation)
{
    ChartsPage page(*m_context);
    auto *table = page.findChild<ChartTableModel *>(u"chartTableModel"_s);
    ASSERT_TRUE(table);
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1200, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setCurrentChart(u"financing"_s);
    EXPECT_EQ(page.currentChartId(), u"financing"_s);
    auto *view = page.findChild<ChartView *>(u"chartView"_s);
    ASSERT_TRUE(view);
    ASSERT_TRUE(QTest::qWaitFor([view] { return view->chartScene() != nullptr; }));
    ASSERT_FALSE(view->chartScene()->points().isEmpty());

    const QSqlDatabase db = m_database->connection();
    const QVariantList obs = queryRow(db,
                                      u"SELECT id FROM all_observations WHERE company_id = 'zhipu' AND metric_key = "
                                      "'financing_round' ORDER BY as_of DESC, id DESC"_s);
    ASSERT_EQ(obs.size(), 1);
    const QString key = u"obs:%1"_s.arg(obs.first().toLongLong());
    ChartPointRef bar;
    for (const ChartPointRef &ref : view->chartScene()->points()) {
        if (view->chartScene()->point(ref).citationKey == key)
            bar = ref;
    }
    ASSERT_TRUE(bar.isValid()) << "Zhipu's financing round is not among the chart's points";
    EXPECT_EQ(view->chartScene()->point(bar).categoryId, u"financing_round"_s);

    QSignalSpy spy(m_context.get(), &AppContext::citationRequested);
    const QPoint at = view->viewPosition(bar);
    QTest::mouseMove(view->viewport(), at - QPoint(1, 1));
    QTest::mouseMove(view->viewport(), at);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    EXPECT_EQ(args.at(0).toString(), u"six-tigers-bat-2025"_s);
    EXPECT_EQ(args.at(1).toString(), u"en"_s);
    const QVariantList cited = queryRow(db,
                                        u"SELECT paragraph, printed FROM all_citations WHERE observation_id = %1 AND "
                                        "lang = 'en' ORDER BY id LIMIT 1"_s.arg(obs.first().toLongLong()));
    EXPECT_EQ(args.at(2).toInt(), cited.at(0).toInt());
    EXPECT_EQ(args.at(3).toString(), cited.at(1).toString());
    // The paragraph of the seed article holds the figure as printed.
    const QString seed = testsupport::seedPath(u"003"_s);
    if (!seed.isEmpty()) {
        const QStringList paragraphs = seedParagraphs(seed, u"en"_s);
        ASSERT_GT(paragraphs.size(), args.at(2).toInt());
        EXPECT_TRUE(paragraphs.at(args.at(2).toInt()).contains(args.at(3).toString()))
            << paragraphs.at(args.at(2).toInt()).toStdString();
    }

    // The Table tab holds the same figures.
    EXPECT_EQ(table->rowCount(), page.currentChart().rows.size());
    EXPECT_GT(table->rowCount(), 0);
}

TEST_F(ChartsPageTest, EveryChartOpensAndLanguageSwitchReRenders)
{
    ChartsPage page(*m_context);
    auto *table = page.findChild<ChartTableModel *>(u"chartTableModel"_s);
    auto *view = page.findChild<ChartView *>(u"chartView"_s);
    auto *charts = page.findChild<QListWidget *>(u"chartList"_s);
    ASSERT_TRUE(table && view && charts);
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (int i = 0; i < charts->count(); ++i) {
        charts->setCurrentRow(i);
        ASSERT_TRUE(QTest::qWaitFor([view] { return view->chartScene() != nullptr; }));
        EXPECT_FALSE(view->chartScene()->points().isEmpty()) << page.currentChartId().toStdString();
        EXPECT_EQ(view->spec().title, charts->item(i)->text());
    }

    page.setCurrentChart(u"financing"_s);
    const QString englishTitle = view->spec().title;
    const QString englishLabel = view->spec().categories.first().label;
    m_languages.setLanguage(Language::Chinese);
    EXPECT_EQ(view->spec().title, ChartCatalogue::title(u"financing"_s, Language::Chinese));
    const QString chineseLabel = view->spec().categories.first().label;
    EXPECT_NE(chineseLabel, englishLabel) << "chart texts follow the language";
    EXPECT_EQ(chineseLabel,
              queryRow(m_database->connection(),
                       u"SELECT label_zh FROM all_metrics WHERE key = '%1'"_s.arg(view->spec().categories.first().id))
                  .value(0)
                  .toString());
    EXPECT_EQ(table->headerData(0, Qt::Horizontal).toString(),
              LanguageCatalogue::translate(Language::Chinese, "ChartTableModel", "Company"));
    m_languages.setLanguage(Language::English);
    EXPECT_EQ(view->spec().title, englishTitle);
}

TEST_F(ChartsPageTest, CompanySelectionAndLogToggle)
{
    ChartsPage page(*m_context);
    auto *table = page.findChild<ChartTableModel *>(u"chartTableModel"_s);
    auto *view = page.findChild<ChartView *>(u"chartView"_s);
    auto *companies = page.findChild<QListWidget *>(u"chartCompanies"_s);
    auto *logScale = page.findChild<QCheckBox *>(u"chartLogScale"_s);
    ASSERT_TRUE(table && view && companies && logScale);
    page.resize(1000, 700);
    page.show();
    page.setCurrentChart(u"training-cost"_s);
    EXPECT_TRUE(logScale->isEnabled());
    EXPECT_TRUE(view->spec().valueAxis.logScale);
    logScale->setChecked(false);
    EXPECT_FALSE(view->spec().valueAxis.logScale);

    const int before = int(view->spec().categories.size());
    ASSERT_GT(companies->count(), 1);
    QListWidgetItem *first = companies->item(0);
    const QString hiddenId = first->data(Qt::UserRole).toString();
    first->setCheckState(Qt::Unchecked);
    EXPECT_EQ(view->spec().categories.size(), before - 1);
    EXPECT_LT(view->spec().categoryIndex(hiddenId), 0);
    EXPECT_EQ(table->rowCount(), page.currentChart().rows.size());
    companies->item(0)->setCheckState(Qt::Checked);
    EXPECT_EQ(view->spec().categories.size(), before);

    page.setCurrentChart(u"deepseek-adoption"_s);
    EXPECT_FALSE(logScale->isEnabled());
}

TEST_F(ChartsPageTest, CopyIsConfirmedInTheStatusBar)
{
    QMainWindow window;
    auto *page = new ChartsPage(*m_context);
    window.setCentralWidget(page);
    window.resize(1000, 700);
    window.show();
    page->setCurrentChart(u"training-cost"_s);
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());
    page->copyChart();
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(page->currentChart().spec.title)) << message.toStdString();
    EXPECT_FALSE(QApplication::clipboard()->image().isNull());
}
