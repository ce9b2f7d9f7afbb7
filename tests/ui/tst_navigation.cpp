// Back and Forward in the main window, offscreen over the shipped dataset: a click on a landscape
// cell that jumps to the reader is undone by Back (button or Alt+←) and redone by Forward; company
// pages and charts opened from the dashboard are steps too. Help opens the guide; no shortcut is
// assigned twice; Add Figure starts with the company shown.
#include "AppContext.h"
#include "Database.h"
#include "LandscapeTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "UserGuideDialog.h"
#include "charts/ChartsPage.h"
#include "explore/DashboardPage.h"
#include "explore/SmallChartWidget.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class NavigationTest : public ::testing::Test
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
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(1600, 1000);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::processEvents(); // the first page is built once the window is exposed
        m_back = m_window->findChild<QAction *>(u"backAction"_s);
        m_forward = m_window->findChild<QAction *>(u"forwardAction"_s);
        ASSERT_TRUE(m_back && m_forward);
        m_dashboard = qobject_cast<DashboardPage *>(m_window->page(MainWindow::Section::Dashboard));
        ASSERT_TRUE(m_dashboard);
        ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
    }

    void clickLandscape(const QString &company, int column)
    {
        auto *view = m_dashboard->findChild<QTableView *>(u"dashboardLandscape"_s);
        ASSERT_NE(view, nullptr);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            if (index.data(LandscapeTableModel::CompanyIdRole).toString() == company) {
                view->scrollTo(index);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
                return;
            }
        }
        FAIL() << "no row for " << company.toStdString();
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    DashboardPage *m_dashboard = nullptr;
};

} // namespace

TEST_F(NavigationTest, BackUndoesAJumpToTheReaderAndForwardRedoesIt)
{
    EXPECT_FALSE(m_back->isEnabled()) << "nowhere to go back to on a fresh start";
    clickLandscape(u"zhipu"_s, LandscapeTableModel::FirstAspectColumn + int(LandscapeAspect::Financing));
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Articles);
    ASSERT_TRUE(m_back->isEnabled());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard) << "Alt+← goes back";
    EXPECT_TRUE(m_forward->isEnabled());
    m_forward->trigger();
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Articles);
    EXPECT_FALSE(m_forward->isEnabled());
    m_back->trigger();
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
}

TEST_F(NavigationTest, CompaniesAndChartsAreStepsToo)
{
    clickLandscape(u"moonshot"_s, LandscapeTableModel::CompanyColumn);
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Companies);
    m_back->trigger();
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);

    // Visiting anew drops what lay ahead.
    const auto charts = m_dashboard->findChildren<SmallChartWidget *>(u"dashboardChart"_s);
    ASSERT_EQ(charts.size(), DashboardPage::chartIds().size());
    QTest::mouseClick(charts.at(1)->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Charts);
    EXPECT_FALSE(m_forward->isEnabled());
    m_window->showSection(MainWindow::Section::Timeline);
    m_back->trigger();
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Charts);
    m_back->trigger();
    EXPECT_EQ(m_window->currentSection(), MainWindow::Section::Dashboard);
    EXPECT_FALSE(m_back->isEnabled());
}

TEST_F(NavigationTest, HelpOpensTheUserGuideInTheInterfaceLanguage)
{
    auto *action = m_window->findChild<QAction *>(u"userGuideAction"_s);
    ASSERT_TRUE(action);
    action->trigger();
    auto *guide = m_window->findChild<UserGuideDialog *>();
    ASSERT_TRUE(guide);
    const QString english = guide->browser()->toPlainText();
    EXPECT_TRUE(english.contains(u"How citations work"_s)) << english.toStdString();
    EXPECT_TRUE(english.contains(u"tigerscope export-chart"_s));
    const QString chinese = UserGuideDialog::html(Language::Chinese);
    EXPECT_TRUE(chinese.contains(u"引用如何运作"_s));
    EXPECT_TRUE(chinese.contains(u"tigerscope export-chart"_s));
}

TEST_F(NavigationTest, EveryShortcutIsAssignedOnce)
{
    for (MainWindow::Section section : {MainWindow::Section::Companies, MainWindow::Section::Charts,
                                        MainWindow::Section::Timeline, MainWindow::Section::Articles})
        m_window->showSection(section);
    // Two actions on one key are ambiguous, and do nothing, when one of them acts window-wide;
    // actions of separate widgets (Del in two tables) never meet.
    QHash<QString, QList<const QAction *>> owners;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            if (!key.isEmpty())
                owners[key].append(action);
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList texts;
        bool windowWide = false;
        for (const QAction *action : it.value()) {
            texts << action->text();
            windowWide = windowWide || action->shortcutContext() == Qt::WindowShortcut
                || action->shortcutContext() == Qt::ApplicationShortcut;
        }
        EXPECT_FALSE(windowWide) << it.key().toStdString() << ": " << texts.join(u" and "_s).toStdString();
    }
    const QHash<QString, QList<const QAction *>> &owner = owners;
    EXPECT_TRUE(owner.contains(u"Ctrl+Shift+C"_s));
}

TEST_F(NavigationTest, AddFigureStartsWithTheSelectedCompany)
{
    Q_EMIT m_context->companyRequested(u"stepfun"_s);
    ASSERT_EQ(m_window->currentSection(), MainWindow::Section::Companies);
    QAction *addFigure = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"Add &Figure…"_s)
            addFigure = action;
    }
    ASSERT_TRUE(addFigure);
    QString company;
    QTimer::singleShot(0, [&company] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        company = dialog->findChildren<QComboBox *>().value(0)->currentData().toString();
        dialog->reject();
    });
    addFigure->trigger();
    EXPECT_EQ(company, u"stepfun"_s);
}
