// The main window offscreen: it opens on the data, and switching the language at run time
// retranslates menus, navigation, table headers, chart texts and the pages' static texts without a
// restart.

#include "AppContext.h"
#include "CompanyTableModel.h"
#include "Database.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "TestSupport.h"
#include "charts/ChartView.h"
#include "charts/ChartsPage.h"
#include "explore/DashboardPage.h"
#include "explore/ImportBanner.h"
#include "pages/CompaniesPage.h"
#include "reader/CitationReferencePanel.h"
#include "reader/ImportController.h"
#include "reader/LibraryPanel.h"
#include "reader/ReaderPage.h"

#include <QAbstractButton>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// The texts of the widgets of type W under parent: labels' and buttons' texts.
template<typename W>
QStringList textsOf(const QWidget *parent)
{
    QStringList texts;
    for (const W *widget : parent->findChildren<W *>())
        texts << widget->text();
    return texts;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return text.contains(han);
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dataDir.isValid());
        QString error;
        m_database = Database::open({m_dataDir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_languages.setLanguage(Language::English);
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dataDir.filePath(u"settings.ini"_s)));
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
    }
    void TearDown() override
    {
        m_window.reset();
        m_context.reset();
        m_languages.setLanguage(Language::English);
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
    LanguageManager m_languages;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, AFreshInstallOpensOnTheDashboardWithTheImportBanner)
{
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
    auto *dashboard = qobject_cast<DashboardPage *>(m_window->page(MainWindow::Section::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSection(MainWindow::Section::Dashboard);
    auto *banner = dashboard->findChild<ImportBanner *>(u"importBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible()) << "no source article is imported yet";
    QSignalSpy imports(m_window.get(), &MainWindow::importArticleRequested);
    // The import's file dialog opens: close it.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    closer.start(50);
    QTest::mouseClick(banner->findChild<QPushButton *>(u"importBannerButton"_s), Qt::LeftButton);
    EXPECT_EQ(imports.count(), 1);
}

TEST_F(MainWindowTest, ListsTheShippedCompanies)
{
    auto *page = qobject_cast<CompaniesPage *>(m_window->page(MainWindow::Section::Companies));
    ASSERT_NE(page, nullptr);
    auto *model = page->findChild<CompanyTableModel *>(u"companyTableModel"_s);
    auto *filter = page->findChild<QLineEdit *>(u"companyFilter"_s);
    ASSERT_TRUE(model && filter);
    ASSERT_GE(model->rowCount(), 11);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CompanyTableModel::NameColumn).data().toString();
    EXPECT_TRUE(names.contains(u"DeepSeek"_s)) << names.join(u", "_s).toStdString();
    EXPECT_EQ(model->index(0, CompanyTableModel::OtherNameColumn).data().toString(), u"智谱"_s);

    filter->setText(u"月之暗面"_s);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->companyId(0), u"moonshot"_s);
    filter->setText(u"Kimi"_s);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->companyId(0), u"moonshot"_s);
}

TEST_F(MainWindowTest, SwitchingLanguageRetranslatesWithoutRestart)
{
    auto *page = qobject_cast<CompaniesPage *>(m_window->page(MainWindow::Section::Companies));
    ASSERT_NE(page, nullptr);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    auto *model = page->findChild<CompanyTableModel *>(u"companyTableModel"_s);
    ASSERT_TRUE(navigation && model);
    EXPECT_EQ(menuTitles(*m_window).first(), u"&File"_s);
    EXPECT_EQ(navigation->item(1)->text(), u"Companies"_s);
    EXPECT_EQ(model->headerData(CompanyTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    EXPECT_EQ(model->index(0, CompanyTableModel::NameColumn).data().toString(), u"Zhipu AI"_s);

    m_languages.setLanguage(Language::Chinese);
    QApplication::processEvents();
    EXPECT_EQ(menuTitles(*m_window).first(), u"文件(&F)"_s);
    EXPECT_EQ(navigation->item(1)->text(), u"公司"_s);
    EXPECT_EQ(model->headerData(CompanyTableModel::NameColumn, Qt::Horizontal).toString(), u"名称"_s);
    EXPECT_EQ(model->index(0, CompanyTableModel::NameColumn).data().toString(), u"智谱"_s);
    EXPECT_TRUE(m_window->windowTitle().contains(u"虎视"_s)) << m_window->windowTitle().toStdString();

    m_languages.setLanguage(Language::English);
    QApplication::processEvents();
    EXPECT_EQ(menuTitles(*m_window).first(), u"&File"_s);
    EXPECT_EQ(model->index(0, CompanyTableModel::NameColumn).data().toString(), u"Zhipu AI"_s);
}

TEST_F(MainWindowTest, SwitchingLanguageRetranslatesEveryMenuItem)
{
    m_languages.setLanguage(Language::Chinese);
    QApplication::processEvents();
    // Every item of every menu is Chinese, the undo actions (Qt's own strings) too; only the
    // language names stay as each language writes itself.
    QStringList english;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        EXPECT_TRUE(hasHan(menuAction->text())) << menuAction->text().toStdString();
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->text() == u"English"_s)
                continue;
            if (!hasHan(action->text()))
                english << action->text();
        }
    }
    EXPECT_TRUE(english.isEmpty()) << english.join(u" | "_s).toStdString();
}

TEST_F(MainWindowTest, SwitchingLanguageRetranslatesThePagesAndTheirCharts)
{
    auto *charts = qobject_cast<ChartsPage *>(m_window->page(MainWindow::Section::Charts));
    auto *dashboard = qobject_cast<DashboardPage *>(m_window->page(MainWindow::Section::Dashboard));
    auto *reader = qobject_cast<ReaderPage *>(m_window->page(MainWindow::Section::Articles));
    ASSERT_NE(charts, nullptr);
    ASSERT_NE(dashboard, nullptr);
    ASSERT_NE(reader, nullptr);
    charts->setCurrentChart(u"financing"_s);
    m_window->showSection(MainWindow::Section::Charts);
    QApplication::processEvents();
    auto *tabs = charts->findChild<QTabWidget *>();
    auto *view = charts->findChild<ChartView *>(u"chartView"_s);
    auto *chartList = charts->findChild<QListWidget *>(u"chartList"_s);
    ASSERT_TRUE(tabs && view && chartList);
    EXPECT_EQ(tabs->tabText(0), u"Chart"_s);
    EXPECT_EQ(view->spec().title, u"Financing and valuation"_s);
    EXPECT_EQ(chartList->item(0)->text(), u"Financing and valuation"_s);
    EXPECT_TRUE(textsOf<QLabel>(dashboard).contains(u"Latest key figures"_s));
    EXPECT_TRUE(textsOf<QAbstractButton>(reader).contains(u"Side by Side"_s));

    m_languages.setLanguage(Language::Chinese);
    QApplication::processEvents();

    // The Charts page: its tabs and controls, the chart list, and the chart's own texts.
    EXPECT_EQ(tabs->tabText(0), u"图表"_s);
    EXPECT_EQ(tabs->tabText(1), u"表格"_s);
    EXPECT_TRUE(textsOf<QAbstractButton>(charts).contains(u"导出(&E)…"_s))
        << textsOf<QAbstractButton>(charts).join(u" | "_s).toStdString();
    EXPECT_EQ(charts->currentChartId(), u"financing"_s);
    EXPECT_EQ(view->spec().title, u"融资与估值"_s);
    EXPECT_TRUE(hasHan(view->spec().subtitle)) << view->spec().subtitle.toStdString();
    EXPECT_EQ(chartList->item(0)->text(), u"融资与估值"_s);
    QStringList titles;
    for (int row = 0; row < chartList->count(); ++row)
        titles << chartList->item(row)->text();
    EXPECT_TRUE(titles.contains(u"高管离职"_s)) << titles.join(u" | "_s).toStdString();

    // The dashboard's titles and headers, and the reader's mode buttons and empty-library text.
    EXPECT_TRUE(textsOf<QLabel>(dashboard).contains(u"最新关键数据"_s))
        << textsOf<QLabel>(dashboard).join(u" | "_s).toStdString();
    EXPECT_EQ(dashboard->findChild<QTreeWidget *>(u"dashboardFigures"_s)->headerItem()->text(0), u"公司"_s);
    EXPECT_EQ(dashboard->findChild<QTreeWidget *>(u"dashboardEvents"_s)->headerItem()->text(0), u"日期"_s);
    const QStringList readerButtons = textsOf<QAbstractButton>(reader);
    EXPECT_TRUE(readerButtons.contains(u"对照"_s)) << readerButtons.join(u" | "_s).toStdString();
    EXPECT_TRUE(readerButtons.contains(u"单语"_s)) << readerButtons.join(u" | "_s).toStdString();
    const QStringList readerLabels = textsOf<QLabel>(reader);
    EXPECT_TRUE(std::any_of(readerLabels.cbegin(), readerLabels.cend(), [](const QString &text) {
        return text.startsWith(u"尚未导入任何文章"_s);
    })) << readerLabels.join(u" | "_s).toStdString();

    m_languages.setLanguage(Language::English);
    QApplication::processEvents();
    EXPECT_EQ(tabs->tabText(0), u"Chart"_s);
    EXPECT_EQ(view->spec().title, u"Financing and valuation"_s);
}

TEST_F(MainWindowTest, EnglishPluralsComeFromTheEnglishCatalogue)
{
    auto *page = qobject_cast<CompaniesPage *>(m_window->page(MainWindow::Section::Companies));
    ASSERT_NE(page, nullptr);
    page->findChild<QLineEdit *>(u"companyFilter"_s)->setText(u"月之暗面"_s);
    ASSERT_EQ(page->findChild<CompanyTableModel *>(u"companyTableModel"_s)->rowCount(), 1);
    QApplication::processEvents();
    const QStringList labels = textsOf<QLabel>(page);
    EXPECT_TRUE(labels.contains(u"1 organisation"_s)) << labels.join(u" | "_s).toStdString();
}

TEST_F(MainWindowTest, SaysOnceThatItsFirstPictureIsUpWithThePageBuilt)
{
    MainWindow window(*m_context);
    QSignalSpy firstShown(&window, &MainWindow::firstShown);
    window.show();
    ASSERT_TRUE(firstShown.wait(5000));
    // The section's page replaced its stand-in before the signal.
    EXPECT_NE(qobject_cast<DashboardPage *>(window.findChild<DashboardPage *>()), nullptr);
    window.hide();
    window.show();
    QTest::qWait(50);
    EXPECT_EQ(firstShown.count(), 1);
}

TEST_F(MainWindowTest, RemembersTheSectionAcrossRestarts)
{
    m_window->showSection(MainWindow::Section::Timeline);
    m_window->close();
    MainWindow again(*m_context);
    EXPECT_EQ(again.currentSection(), MainWindow::Section::Timeline);
}

TEST_F(MainWindowTest, TheReadersImportButtonsAskTheWindowsOneImporter)
{
    auto *reader = qobject_cast<ReaderPage *>(m_window->page(MainWindow::Section::Articles));
    ASSERT_NE(reader, nullptr);
    EXPECT_EQ(m_window->findChildren<ImportController *>().size(), 1);
    QSignalSpy imports(m_window.get(), &MainWindow::importArticleRequested);
    QTimer closer; // the import's file dialog opens: close it
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    closer.start(50);
    QPushButton *libraryImport = nullptr;
    for (QPushButton *button : reader->libraryPanel()->findChildren<QPushButton *>()) {
        if (button->text() == u"Import…"_s)
            libraryImport = button;
    }
    ASSERT_NE(libraryImport, nullptr);
    libraryImport->click();
    auto *referenceImport = reader->referencePanel()->findChild<QPushButton *>(u"referenceImport"_s);
    ASSERT_NE(referenceImport, nullptr);
    referenceImport->click();
    EXPECT_EQ(imports.count(), 2);
}

TEST_F(MainWindowTest, AskingForACompanyBuildsItsPageAndShowsIt)
{
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
    Q_EMIT m_context->companyRequested(u"minimax"_s);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Companies);
    auto *page = qobject_cast<CompaniesPage *>(m_window->page(MainWindow::Section::Companies));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->currentCompanyId(), u"minimax"_s);
    Q_EMIT m_context->companyRequested(u"stepfun"_s);
    EXPECT_EQ(page->currentCompanyId(), u"stepfun"_s);
}

TEST_F(MainWindowTest, TheLanguageChosenInTheMenuIsSavedInTheContextsSettings)
{
    QAction *chinese = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->data().toString() == u"zh_CN"_s)
            chinese = action;
    }
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    EXPECT_EQ(m_languages.current(), Language::Chinese);
    EXPECT_EQ(m_context->settings().value(SettingKeys::InterfaceLanguage), Language::Chinese);
}

TEST_F(MainWindowTest, OpensOnTheSectionTheContextsSettingsRemember)
{
    m_window.reset();
    m_context->settings().setValue(SettingKeys::WindowSection, int(MainWindow::Section::Charts));
    MainWindow window(*m_context);
    EXPECT_EQ(window.currentSection(), MainWindow::Section::Charts);
}

TEST_F(MainWindowTest, AnImportEndsOnTheArticlesPageWithAConfirmation)
{
    const QString seed = testsupport::seedPath(u"003"_s);
    if (seed.isEmpty())
        GTEST_SKIP() << "seeds not found";
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
    // The window's own importer, the one the banner and File ▸ Import Article… use.
    ImportController *importer = nullptr;
    for (auto *candidate : m_window->findChildren<ImportController *>(Qt::FindDirectChildrenOnly))
        importer = candidate;
    ASSERT_NE(importer, nullptr);
    ASSERT_EQ(importer->importFiles({seed}).size(), 1);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Articles);
    const QString message = m_window->statusBar()->currentMessage();
    EXPECT_EQ(message, u"Imported 1 article"_s);
    auto *reader = qobject_cast<ReaderPage *>(m_window->page(MainWindow::Section::Articles));
    ASSERT_NE(reader, nullptr);
    EXPECT_GE(reader->currentArticle(), 0);
}

TEST_F(MainWindowTest, NoToolBarOverflowsAtTheDefaultWidthInEitherLanguage)
{
    const QString seed = testsupport::seedPath(u"003"_s);
    if (seed.isEmpty())
        GTEST_SKIP() << "seeds not found";
    ImportController *importer = nullptr;
    for (auto *candidate : m_window->findChildren<ImportController *>(Qt::FindDirectChildrenOnly))
        importer = candidate;
    ASSERT_NE(importer, nullptr);
    ASSERT_EQ(importer->importFiles({seed}).size(), 1); // the reader shows a bilingual article, every tool on
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Articles);
    for (const Language language : {Language::English, Language::Chinese}) {
        m_languages.setLanguage(language);
        for (const int width : {1024, 1180}) {
            m_window->resize(width, 700);
            QCoreApplication::processEvents();
            const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
            ASSERT_GE(toolBars.size(), 2) << "the window's navigation and the reader's tools";
            for (const QToolBar *toolBar : toolBars) {
                const auto *extension = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
                ASSERT_NE(extension, nullptr);
                EXPECT_FALSE(extension->isVisible()) << toolBar->objectName().toStdString() << " overflows at " << width
                                                     << " px in " << languageCode(language).toStdString();
                for (QAction *action : toolBar->actions()) {
                    if (QWidget *button = toolBar->widgetForAction(action); button && !action->isSeparator())
                        EXPECT_TRUE(button->isVisible()) << action->text().toStdString() << " at " << width;
                }
            }
        }
    }
}
