// The figure and company tables as a user meets them at 1600 × 1000, in both languages: columns
// sized to their content, the counts in view, the spare width to what happened; and "Export as
// CSV…" of a company's figures, read back by the CSV importer into a fresh user database.
#include "AppContext.h"
#include "CompanyTableModel.h"
#include "CsvRoundTrip.h"
#include "Database.h"
#include "EventTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ObservationTableModel.h"
#include "Settings.h"
#include "UserDataCommands.h"
#include "UserDataStore.h"
#include "explore/CompanyPage.h"
#include "explore/RecordTablePanel.h"
#include "explore/UserDataController.h"
#include "pages/CompaniesPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class TablesTest : public ::testing::TestWithParam<Language>
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dataDir.isValid());
        QString error;
        m_database = Database::open({m_dataDir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_languages.setLanguage(GetParam());
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dataDir.filePath(u"settings.ini"_s)));
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(1600, 1000);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showSection(MainWindow::Section::Companies);
        m_companies = qobject_cast<CompaniesPage *>(m_window->page(MainWindow::Section::Companies));
        ASSERT_NE(m_companies, nullptr);
        m_companies->showCompany(u"zhipu"_s);
        QCoreApplication::processEvents();
    }
    void TearDown() override
    {
        m_window.reset();
        m_context.reset();
        m_languages.setLanguage(Language::English);
    }

    /// Shows a tab of the company page and lets the layout settle.
    void showTab(RecordTablePanel *panel)
    {
        auto *tabs = m_companies->findChild<CompanyPage *>()->findChild<QTabWidget *>();
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentIndex(tabs->indexOf(panel));
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
    LanguageManager m_languages;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    CompaniesPage *m_companies = nullptr;
};

/// Where a column ends, in the view's viewport (its start plus its width).
int sectionEnd(const QHeaderView *header, int logical)
{
    return header->sectionViewportPosition(logical) + header->sectionSize(logical);
}

/// Every shown column is at least as wide as its header's text needs, and the table needs no
/// horizontal scrolling.
void expectEveryColumnFits(const QTableView *view, const char *what)
{
    const QHeaderView *header = view->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString title = view->model()->headerData(logical, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(logical), header->sectionSizeHint(logical))
            << what << ": the header “" << title.toStdString() << "” is cut";
        EXPECT_LE(sectionEnd(header, logical), view->viewport()->width())
            << what << ": “" << title.toStdString() << "” is out of view";
    }
}

} // namespace

TEST_P(TablesTest, CompanyListShowsTheCountsBesideTheNames)
{
    auto *view = m_companies->findChild<QTableView *>(u"companyTable"_s);
    ASSERT_NE(view, nullptr);
    const QHeaderView *header = view->horizontalHeader();
    EXPECT_EQ(view->horizontalScrollBar()->value(), 0);
    for (int column : {CompanyTableModel::NameColumn, CompanyTableModel::OtherNameColumn,
                       CompanyTableModel::FiguresColumn, CompanyTableModel::EventsColumn}) {
        EXPECT_GE(header->sectionViewportPosition(column), 0);
        EXPECT_LE(sectionEnd(header, column), view->viewport()->width())
            << "column " << column << " is visible without scrolling";
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << "column " << column;
    }
}

TEST_P(TablesTest, FigureTableFitsItsColumns)
{
    auto *figures = m_companies->findChild<RecordTablePanel *>(u"companyFigures"_s);
    ASSERT_NE(figures, nullptr);
    showTab(figures);
    ASSERT_GT(figures->model()->rowCount(), 0);
    expectEveryColumnFits(figures->findChild<QTableView *>(u"recordTable"_s), "figures");
}

TEST_P(TablesTest, WhatHappenedTakesTheSpareWidth)
{
    auto *events = m_companies->findChild<RecordTablePanel *>(u"companyEvents"_s);
    ASSERT_NE(events, nullptr);
    showTab(events);
    const auto *view = events->findChild<QTableView *>(u"recordTable"_s);
    ASSERT_GT(view->model()->rowCount(), 0);
    expectEveryColumnFits(view, "events");
    const QHeaderView *header = view->horizontalHeader();
    int others = 0;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (logical != EventTableModel::SummaryColumn && !header->isSectionHidden(logical)) {
            others += header->sectionSize(logical);
            EXPECT_LT(header->sectionSize(logical), header->sectionSize(EventTableModel::SummaryColumn));
        }
    }
    EXPECT_EQ(header->sectionSize(EventTableModel::SummaryColumn), view->viewport()->width() - others)
        << "what happened fills the row";
}

TEST_P(TablesTest, ExportedFiguresImportBackIntoAFreshDatabase)
{
    ObservationRecord own;
    own.companyId = u"zhipu"_s;
    own.metricKey = u"financing_round"_s;
    own.value = 1.5e9;
    own.valueHigh = 2e9;
    own.currency = u"CNY"_s;
    own.asOf = PartialDate::parse(u"2025-Q1"_s);
    own.qualifier = u"range"_s;
    own.status = u"estimated"_s;
    own.noteZh = u"据报道，“尚未证实”"_s;
    own.noteEn = u"-reported, not confirmed"_s;
    CitationRecord article;
    article.articleKey = u"six-tigers-bat-2025"_s;
    article.lang = u"zh"_s;
    article.paragraph = 2;
    article.printed = u"15亿"_s;
    CitationRecord link;
    link.reference = u"https://example.org/zhipu, round"_s;
    own.citations = {article, link};
    auto &controller = m_context->userData();
    controller.undoStack()->push(new ObservationCommand(controller.store(), std::nullopt, own, u"add"_s));

    auto *figures = m_companies->findChild<RecordTablePanel *>(u"companyFigures"_s);
    ASSERT_NE(figures, nullptr);
    showTab(figures);
    auto *model = qobject_cast<ObservationTableModel *>(figures->model());
    ASSERT_NE(model, nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<ObservationRecord> shown;
    const UserDataStore store(*m_database);
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(*store.observation(model->observationId(row)));
    ASSERT_GT(shown.size(), 5);
    EXPECT_EQ(std::count_if(shown.begin(), shown.end(), [](const auto &r) { return r.origin == "user"_L1; }), 1);

    // The button's file dialog is answered with its suggested name in a temporary folder.
    QTemporaryDir out;
    QString path;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The folder first, the acceptance a tick later, once the dialog shows it.
        if (path.isEmpty()) {
            dialog->setDirectory(out.path());
            path = out.filePath(u"figures-zhipu.csv"_s);
        } else {
            static_cast<QDialog *>(dialog)->accept();
        }
    });
    answer.start(50);
    auto *exportButton = figures->findChild<QPushButton *>(u"exportCsv"_s);
    ASSERT_NE(exportButton, nullptr);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    answer.stop();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "the export wrote the file";
    const QByteArray csv = file.readAll();

    QTemporaryDir freshDir;
    QString error;
    auto fresh = Database::open({freshDir.path(), {}, true}, &error);
    ASSERT_TRUE(fresh) << error.toStdString();
    testsupport::expectImportsBack(*fresh, csv, shown);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, TablesTest, ::testing::Values(Language::English, Language::Chinese),
                         [](const auto &param) { return param.param == Language::English ? "English" : "Chinese"; });
