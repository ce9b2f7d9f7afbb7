// The dashboard offscreen over the shipped dataset: a click on a landscape cell opens its source,
// a click on a company opens its page, a header click sorts, the small charts open the chart they
// show, and the table exports as CSV with its sources; the company list's filters never leave a
// hidden company shown.
#include "AppContext.h"
#include "CompanyTableModel.h"
#include "Database.h"
#include "LandscapeTableModel.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "explore/CompanyPage.h"
#include "explore/DashboardPage.h"
#include "explore/LandscapeExport.h"
#include "pages/CompaniesPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    /// The view's index of a company's cell in a landscape column.
    static QModelIndex cellOf(QTableView *view, const QString &company, int column)
    {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(LandscapeTableModel::CompanyIdRole).toString() == company)
                return index;
        }
        return {};
    }

    static void click(QTableView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
};

constexpr int FinancingColumn = LandscapeTableModel::FirstAspectColumn + int(LandscapeAspect::Financing);

} // namespace

TEST_F(DashboardTest, ClickingACellOpensItsSourceAndACompanyItsPage)
{
    DashboardPage page(*m_context);
    page.resize(1600, 1000);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>(u"dashboardLandscape"_s);
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(view->model()->rowCount(), 11);

    QSignalSpy citations(m_context.get(), &AppContext::citationRequested);
    click(view, cellOf(view, u"zhipu"_s, FinancingColumn));
    ASSERT_EQ(citations.count(), 1);
    EXPECT_EQ(citations.first().at(0).toString(), u"six-tigers-bat-2025"_s);
    EXPECT_EQ(citations.first().at(1).toString(), u"en"_s);
    EXPECT_EQ(citations.first().at(2).toInt(), 11) << "the stored paragraph (0-based) of “1.5 billion”";
    EXPECT_EQ(citations.first().at(3).toString(), u"1.5 billion"_s);

    // A "not given" cell has no source to open.
    click(view, cellOf(view, u"baichuan"_s, LandscapeTableModel::FirstAspectColumn + int(LandscapeAspect::Valuation)));
    EXPECT_EQ(citations.count(), 1);

    QSignalSpy companies(m_context.get(), &AppContext::companyRequested);
    click(view, cellOf(view, u"moonshot"_s, LandscapeTableModel::CompanyColumn));
    ASSERT_EQ(companies.count(), 1);
    EXPECT_EQ(companies.first().first().toString(), u"moonshot"_s);
}

TEST_F(DashboardTest, HeaderClickSortsAndTheCellsStillOpenTheirOwnSource)
{
    DashboardPage page(*m_context);
    page.resize(1600, 1000);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>(u"dashboardLandscape"_s);
    ASSERT_NE(view, nullptr);
    const int departures = LandscapeTableModel::FirstAspectColumn + int(LandscapeAspect::Departures);
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(departures) + header->sectionSize(departures) / 2,
                             header->height() / 2));
    const QString firstAfter = view->model()->index(0, departures).data(LandscapeTableModel::CompanyIdRole).toString();
    const QString lastAfter = view->model()
                                  ->index(view->model()->rowCount() - 1, departures)
                                  .data(LandscapeTableModel::CompanyIdRole)
                                  .toString();
    EXPECT_NE(firstAfter, u"zhipu"_s) << "sorted, the first row is no longer the mission's first";
    EXPECT_EQ(view->model()->index(view->model()->rowCount() - 1, departures).data().toString(), u"not given"_s)
        << lastAfter.toStdString();

    QSignalSpy citations(m_context.get(), &AppContext::citationRequested);
    click(view, cellOf(view, u"zhipu"_s, FinancingColumn));
    ASSERT_EQ(citations.count(), 1);
    EXPECT_EQ(citations.first().at(3).toString(), u"1.5 billion"_s);
}

TEST_F(DashboardTest, ExportsTheTableAsShownAsCsvWithSources)
{
    DashboardPage page(*m_context);
    auto *view = page.findChild<QTableView *>(u"dashboardLandscape"_s);
    auto *model = page.findChild<LandscapeTableModel *>(u"landscapeModel"_s);
    ASSERT_TRUE(view && model);
    const QString path = m_dir.filePath(u"landscape.csv"_s);
    QString error;
    ASSERT_TRUE(LandscapeExport::write(path, *view->model(), *model, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 12) << csv.toStdString();
    EXPECT_TRUE(lines.first().contains(u"Latest financing"_s));
    EXPECT_TRUE(lines.first().contains(u"Sources"_s));
    EXPECT_TRUE(lines.at(1).contains(u"Zhipu AI"_s));
    EXPECT_TRUE(lines.at(1).contains(u"paragraph 12"_s)) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).contains(u"not given"_s));

    EXPECT_FALSE(LandscapeExport::write(m_dir.filePath(u"landscape.txt"_s), *view->model(), *model, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(DashboardTest, FilteringTheCompanyListNeverLeavesAHiddenCompanyShown)
{
    CompaniesPage page(*m_context);
    page.resize(1400, 900);
    page.show();
    page.showCompany(u"moonshot"_s);
    ASSERT_EQ(page.findChild<CompanyPage *>()->companyId(), u"moonshot"_s);
    auto *kind = page.findChild<QComboBox *>(u"companiesKind"_s);
    auto *view = page.findChild<QTableView *>(u"companyTable"_s);
    auto *filter = page.findChild<QLineEdit *>(u"companyFilter"_s);
    ASSERT_TRUE(kind && view && filter);
    kind->setCurrentIndex(kind->findData(u"university"_s));
    QCoreApplication::processEvents();
    const QString shown = page.findChild<CompanyPage *>()->companyId();
    EXPECT_TRUE(shown == "tsinghua"_L1 || shown == "sjtu"_L1) << shown.toStdString();
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(CompanyTableModel::CompanyIdRole).toString(), shown);

    filter->setText(u"no such organisation"_s);
    QCoreApplication::processEvents();
    EXPECT_TRUE(view->selectionModel()->selectedRows().isEmpty());
}

TEST_F(DashboardTest, LatestEventsGiveTheSpareWidthToWhatHappened)
{
    constexpr int Date = 0, What = 2, Source = 3;
    for (const Language language : {Language::English, Language::Chinese}) {
        m_languages.setLanguage(language);
        for (const int width : {1600, 1024}) {
            DashboardPage page(*m_context);
            page.resize(width, 1000);
            page.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
            const auto *events = page.findChild<QTreeWidget *>(u"dashboardEvents"_s);
            ASSERT_NE(events, nullptr);
            ASSERT_GT(events->topLevelItemCount(), 0);
            const QHeaderView *header = events->header();
            int others = 0;
            for (int column = 0; column < header->count(); ++column) {
                if (column == What)
                    continue;
                others += header->sectionSize(column);
                EXPECT_LT(header->sectionSize(column), header->sectionSize(What)) << column << " at " << width;
            }
            // Narrower than its least width, the list scrolls rather than squeeze what happened.
            EXPECT_EQ(header->sectionSize(What), std::max(220, events->viewport()->width() - others))
                << "what happened fills the row at " << width;
            EXPECT_GE(header->sectionSize(Date), header->sectionSizeHint(Date)) << "the dates are not cut";
            EXPECT_LE(header->sectionSize(Source), 160) << "a source takes no more than a short title";
            EXPECT_EQ(events->topLevelItem(0)->toolTip(Source), events->topLevelItem(0)->text(Source));
        }
    }
}
