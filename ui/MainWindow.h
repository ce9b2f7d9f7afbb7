#pragma once

#include "ContextWidget.h"

#include <QMainWindow>

#include <functional>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace tigerscope {

class ImportController;

/// The main window: navigation, menus and status bar. Wiring only — every section is its own
/// page widget, built the first time it is shown so that start-up stays as fast as an empty window.
class MainWindow : public ContextWidget<QMainWindow>
{
    Q_OBJECT
public:
    enum class Section { Dashboard, Companies, Charts, Timeline, Articles };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    /// The section's page, building it when it does not exist yet.
    QWidget *page(Section section);

    /// A factory for a section's page; the window asks it on first show.
    using PageFactory = std::function<QWidget *(AppContext &, QWidget *parent)>;

Q_SIGNALS:
    void importArticleRequested();
    void exportRequested();
    void printRequested();
    /// The window's first picture is on screen and its section's page built: what that picture
    /// does not need (the window icon) is done from here on.
    void firstShown();
    /// A section was shown (by the navigation, a menu, a link, Back or Forward).
    void sectionShown(tigerscope::MainWindow::Section section);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate() override;
    void restoreState();
    void buildCurrentPageOnceExposed();
    void saveState() const;
    void updateStatus();
    QString sectionTitle(Section section) const;

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_status;
    ImportController *m_importer;      // File ▸ Import Article…, the dashboard's banner and the reader's buttons
    QList<QWidget *> m_pages;          // by section; null until built
    QList<PageFactory> m_factories;    // by section
    QList<QAction *> m_sectionActions; // View menu
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace tigerscope
