// The explore pages offscreen over the shipped dataset: the company page with a user figure that
// survives a restart, undo/redo through the shared stack, the CSV import dialog's per-line
// problems, search by any name, the comparison's missing values, the timeline's zoom and pan.
#include "AppContext.h"
#include "ButtonRow.h"
#include "ChartCatalogue.h"
#include "CompanyTableModel.h"
#include "CompareTableModel.h"
#include "Database.h"
#include "LanguageManager.h"
#include "ObservationTableModel.h"
#include "PagedQueryModel.h"
#include "SearchModel.h"
#include "Settings.h"
#include "UserDataCommands.h"
#include "explore/CompanyPage.h"
#include "explore/CompareDialog.h"
#include "explore/CsvImportDialog.h"
#include "explore/DashboardPage.h"
#include "explore/RecordTablePanel.h"
#include "explore/SearchBox.h"
#include "explore/SmallChartWidget.h"
#include "explore/TimeScale.h"
#include "explore/TimelinePage.h"
#include "explore/TimelineView.h"
#include "explore/UserDataController.h"
#include "pages/CompaniesPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class ExploreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        open();
    }

    void open()
    {
        m_context.reset();
        m_database.reset();
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    ObservationRecord userFigure(const QString &company) const
    {
        ObservationRecord record;
        record.companyId = company;
        record.metricKey = u"team_size"_s;
        record.value = 321;
        record.asOf = PartialDate::parse(u"2025-03"_s);
        CitationRecord citation;
        citation.reference = u"https://example.org/team"_s;
        record.citations = {citation};
        return record;
    }

    int userRows(const QString &table)
    {
        QSqlQuery query(m_database->connection());
        return query.exec(u"SELECT count(*) FROM main.%1"_s.arg(table)) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
};

bool chartHasValueFor(const ChartSpec &spec, const QString &company, double value)
{
    for (const ChartSeries &series : spec.series) {
        const int index = series.indexOf(company);
        if (index >= 0 && series.points.at(index).hasValue() && series.points.at(index).value == value)
            return true;
    }
    return false;
}

} // namespace

TEST_F(ExploreTest, UserFigureSurvivesRestartAndShowsOnCompanyPageAndChart)
{
    {
        auto &controller = m_context->userData();
        controller.undoStack()->push(
            new ObservationCommand(controller.store(), std::nullopt, userFigure(u"moonshot"_s), u"add"_s));
        ASSERT_EQ(userRows(u"observations"_s), 1);
    }
    open(); // a restart: the same data folder opened again

    CompanyPage page(*m_context);
    page.setCompany(u"moonshot"_s);
    auto *figures = page.findChild<RecordTablePanel *>(u"companyFigures"_s);
    auto *charts = page.findChild<QListWidget *>(u"companyCharts"_s);
    auto *chart = page.findChild<SmallChartWidget *>(u"companyChart"_s);
    ASSERT_TRUE(figures && charts && chart);
    auto *model = qobject_cast<ObservationTableModel *>(figures->model());
    ASSERT_TRUE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ObservationTableModel::OriginKeyRole).toString() == "user"_L1) {
            EXPECT_EQ(model->index(row, 0).data(ObservationTableModel::ValueRole).toDouble(), 321.0);
            EXPECT_EQ(model->index(row, ObservationTableModel::OriginColumn).data().toString(), u"Yours"_s);
            found = true;
        }
    }
    EXPECT_TRUE(found) << "the user's figure is on the company page after a restart";

    // The charts it appears in: one per metric with a figure; team size is among them.
    int teamRow = -1;
    for (int i = 0; i < charts->count(); ++i) {
        if (charts->item(i)->data(Qt::UserRole).toString() == "team_size"_L1)
            teamRow = i;
    }
    ASSERT_GE(teamRow, 0);
    charts->setCurrentRow(teamRow);
    EXPECT_TRUE(chartHasValueFor(chart->spec(), u"moonshot"_s, 321.0));
}

TEST_F(ExploreTest, UndoRedoThroughTheSharedStackRefreshesPages)
{
    auto &controller = m_context->userData();
    CompanyPage page(*m_context);
    page.setCompany(u"zhipu"_s);
    auto *figures = page.findChild<RecordTablePanel *>(u"companyFigures"_s);
    ASSERT_NE(figures, nullptr);
    const int before = figures->rowCount();
    QSignalSpy changed(m_context.get(), &AppContext::dataChanged);
    controller.undoStack()->push(
        new ObservationCommand(controller.store(), std::nullopt, userFigure(u"zhipu"_s), u"add"_s));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(figures->rowCount(), before + 1);
    controller.undoStack()->undo();
    EXPECT_EQ(figures->rowCount(), before);
    EXPECT_EQ(userRows(u"observations"_s), 0);
    EXPECT_EQ(userRows(u"citations"_s), 0);
    controller.undoStack()->redo();
    EXPECT_EQ(figures->rowCount(), before + 1);
}

TEST_F(ExploreTest, CsvDialogListsBadLinesAndImportsNothing)
{
    CsvImportDialog dialog(*m_context);
    dialog.loadData("company,metric,value,citation\n"
                    "月之暗面,team_size,10,https://example.org/a\n"
                    "Kimi,team_size,-1,https://example.org/b\n"
                    "Nobody,team_size,1,https://example.org/c\n"
                    "moonshot,team_size,1\n",
                    u"test.csv"_s);
    EXPECT_EQ(dialog.preview().records.size(), 1);
    auto *issues = dialog.findChild<QListWidget *>(u"csvIssues"_s);
    ASSERT_TRUE(issues);
    ASSERT_EQ(issues->count(), 3);
    EXPECT_TRUE(issues->item(0)->text().startsWith(u"Line 3:"_s)) << issues->item(0)->text().toStdString();
    EXPECT_TRUE(issues->item(1)->text().startsWith(u"Line 4:"_s));
    EXPECT_TRUE(issues->item(2)->text().startsWith(u"Line 5:"_s));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_TRUE(buttons);
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            EXPECT_FALSE(button->isEnabled()) << "a file with problems cannot be imported";
        }
    }
    EXPECT_EQ(userRows(u"observations"_s), 0);
}

TEST_F(ExploreTest, SearchBoxOpensMoonshotByAnyName)
{
    CompaniesPage companies(*m_context);
    auto *search = companies.findChild<SearchBox *>(u"searchBox"_s);
    auto *page = companies.findChild<CompanyPage *>(u"companyPage"_s);
    ASSERT_TRUE(search && page);
    for (const QString &name : {u"月之暗面"_s, u"Moonshot"_s, u"Kimi"_s}) {
        QSignalSpy requested(m_context.get(), &AppContext::companyRequested);
        // keyClicks types ASCII only; the text is set, the user's Return is simulated.
        search->setText(name);
        QTest::keyClick(search, Qt::Key_Return);
        ASSERT_GE(requested.count(), 1) << name.toStdString();
        EXPECT_EQ(requested.last().at(0).toString(), u"moonshot"_s) << name.toStdString();
        EXPECT_EQ(page->companyId(), u"moonshot"_s);
    }
}

TEST_F(ExploreTest, CompareShowsMissingAsMissingInTableAndChart)
{
    CompareDialog dialog(*m_context);
    dialog.setCompanies({u"zhipu"_s, u"moonshot"_s});
    auto *model = dialog.findChild<CompareTableModel *>(u"compareTableModel"_s);
    auto *chart = dialog.findChild<SmallChartWidget *>(u"compareChart"_s);
    ASSERT_TRUE(model && chart);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(model->rowCount(), 0);
    int missingRow = -1;
    int missingColumn = -1;
    for (int row = 0; row < model->rowCount() && missingRow < 0; ++row) {
        for (int column = 1; column < model->columnCount(); ++column) {
            if (model->index(row, column).data(CompareTableModel::MissingRole).toBool()) {
                missingRow = row;
                missingColumn = column;
                break;
            }
        }
    }
    ASSERT_GE(missingRow, 0) << "the two companies do not share every metric";
    EXPECT_EQ(model->index(missingRow, missingColumn).data().toString(), CompareTableModel::missingText());
    dialog.showMetric(missingRow);
    const ChartSpec &spec = chart->spec();
    const QString missingCompany
        = model->index(missingRow, missingColumn).data(CompareTableModel::CompanyIdRole).toString();
    ASSERT_GE(spec.categoryIndex(missingCompany), 0) << "a missing company keeps its place in the chart";
    for (const ChartSeries &series : spec.series) {
        const int index = series.indexOf(missingCompany);
        if (index >= 0) {
            EXPECT_FALSE(series.points.at(index).hasValue()) << "never drawn as zero";
        }
    }
}

TEST_F(ExploreTest, TimelineZoomsAboutThePointerAndFiltersByKind)
{
    const QDate first(2024, 1, 1);
    TimeScale scale;
    scale.fit(first, QDate(2025, 12, 31), 100, 800);
    const QDate anchor(2025, 3, 1);
    const double x = scale.x(anchor);
    scale.zoom(4, x);
    EXPECT_NEAR(scale.x(anchor), x, 1e-6);
    EXPECT_EQ(scale.dateAt(x + 0.01), anchor);
    scale.pan(50);
    EXPECT_NEAR(scale.x(anchor), x + 50, 1e-6);

    TimelinePage page(*m_context);
    auto *view = page.findChild<TimelineView *>(u"timelineView"_s);
    auto *kind = page.findChild<QComboBox *>(u"timelineKind"_s);
    ASSERT_TRUE(view && kind);
    page.resize(1000, 600);
    page.show();
    const int all = int(view->events().size());
    ASSERT_GT(all, 0);
    kind->setCurrentIndex(kind->findData(u"funding"_s));
    const auto &funding = view->events();
    EXPECT_GT(funding.size(), 0);
    EXPECT_LT(funding.size(), all);
    for (const TimelineEvent &event : funding)
        EXPECT_EQ(event.kind, u"funding"_s);

    const double before = view->scale().pixelsPerDay();
    QTest::keyClick(view, Qt::Key_Plus);
    EXPECT_GT(view->scale().pixelsPerDay(), before);
    QTest::keyClick(view, Qt::Key_Home);
    EXPECT_NEAR(view->scale().pixelsPerDay(), before, before * 1e-9);
    QSignalSpy selected(view, &TimelineView::eventSelected);
    QTest::keyClick(view, Qt::Key_Right);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().at(0).toLongLong(), view->selectedEvent());
}

TEST_F(ExploreTest, DashboardListsLatestWithSourcesAndOpensCharts)
{
    DashboardPage page(*m_context);
    auto *figures = page.findChild<QTreeWidget *>(u"dashboardFigures"_s);
    auto *events = page.findChild<QTreeWidget *>(u"dashboardEvents"_s);
    ASSERT_TRUE(figures && events);
    EXPECT_GT(figures->topLevelItemCount(), 0);
    EXPECT_GT(events->topLevelItemCount(), 0);
    for (int i = 0; i < figures->topLevelItemCount(); ++i)
        EXPECT_FALSE(figures->topLevelItem(i)->text(4).isEmpty()) << "every key figure shows its source";
    const auto charts = page.findChildren<SmallChartWidget *>(u"dashboardChart"_s);
    ASSERT_FALSE(charts.isEmpty());
    page.resize(1200, 900);
    page.show();
    QSignalSpy requested(&page, &DashboardPage::chartRequested);
    ASSERT_EQ(charts.size(), DashboardPage::chartIds().size());
    for (int i = 0; i < charts.size(); ++i) {
        // a QChartView: clicks land on its viewport
        QTest::mouseClick(charts.at(i)->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        ASSERT_EQ(requested.count(), i + 1);
        EXPECT_EQ(requested.last().first().toString(), DashboardPage::chartIds().at(i)) << "a chart opens itself";
        EXPECT_TRUE(ChartCatalogue::contains(DashboardPage::chartIds().at(i)));
    }
    // Each small chart shows its own title and subtitle, as the catalogue builds them for its id.
    const ChartCatalogue catalogue(m_database->connection());
    ChartOptions options;
    options.language = m_context->language();
    QStringList subtitles;
    for (int i = 0; i < charts.size(); ++i) {
        const ChartSpec expected = catalogue.build(DashboardPage::chartIds().at(i), options).spec;
        EXPECT_EQ(charts.at(i)->spec().title, expected.title);
        EXPECT_EQ(charts.at(i)->spec().subtitle, expected.subtitle);
        subtitles << charts.at(i)->spec().subtitle;
    }
    subtitles.removeDuplicates();
    EXPECT_EQ(subtitles.size(), charts.size()) << "no chart shows another's subtitle";
}

TEST_F(ExploreTest, ShippedFiguresCannotBeDeleted)
{
    auto &controller = m_context->userData();
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT id FROM all_observations WHERE origin = 'shipped' LIMIT 1"_s) && query.next());
    QString error;
    EXPECT_FALSE(controller.store().removeObservation(query.value(0).toLongLong(), &error));
    EXPECT_TRUE(error.contains(u"shipped"_s));
}

TEST_F(ExploreTest, FiguresTabCountsEveryFigureNotOnlyTheLoadedOnes)
{
    CompanyPage page(*m_context);
    page.setCompany(u"zhipu"_s);
    auto *figures = page.findChild<RecordTablePanel *>(u"companyFigures"_s);
    ASSERT_NE(figures, nullptr);
    const int shipped = figures->rowCount();
    {
        QSqlDatabase db = m_database->connection();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO main.observations (id, company_id, metric_key, value) VALUES (?, 'zhipu', 'team_size', ?)"_s);
        qint64 id = m_database->nextUserId(u"observations"_s);
        for (int i = 0; i < 150; ++i) {
            insert.addBindValue(id++);
            insert.addBindValue(i);
            ASSERT_TRUE(insert.exec());
        }
        db.commit();
    }
    emit m_context->dataChanged();
    EXPECT_LT(figures->model()->rowCount(), shipped + 150) << "the table loads a page at a time";
    EXPECT_EQ(figures->rowCount(), shipped + 150);
    auto *tabs = page.findChild<QTabWidget *>();
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(0), u"&Figures (%1)"_s.arg(shipped + 150));
}

TEST(ButtonRow, MakesNamedButtonsInOrderEachWiredToItsClick)
{
    QWidget owner;
    auto *row = new ButtonRow(QBoxLayout::TopToBottom);
    int added = 0;
    QPushButton *add = row->add(
        &owner, [&added] { ++added; }, u"addThing"_s);
    row->addStretch();
    QPushButton *remove = row->add(&owner, &QWidget::close);
    owner.setLayout(row);

    EXPECT_EQ(add->parent(), &owner);
    EXPECT_EQ(add->objectName(), u"addThing"_s);
    EXPECT_TRUE(remove->objectName().isEmpty());
    EXPECT_EQ(row->direction(), QBoxLayout::TopToBottom);
    ASSERT_EQ(row->count(), 3);
    EXPECT_EQ(row->itemAt(0)->widget(), add);
    EXPECT_TRUE(row->itemAt(1)->spacerItem());
    EXPECT_EQ(row->itemAt(2)->widget(), remove);
    add->click();
    add->click();
    EXPECT_EQ(added, 2);
    owner.show();
    remove->click();
    EXPECT_FALSE(owner.isVisible());
}
