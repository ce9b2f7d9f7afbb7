#include "MainWindow.h"

#include "AppContext.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "LanguageManager.h"
#include "NavigationController.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusNotice.h"
#include "UserGuideDialog.h"
#include "charts/ChartsPage.h"
#include "explore/DashboardPage.h"
#include "explore/ExploreMenus.h"
#include "explore/TimelinePage.h"
#include "pages/CompaniesPage.h"
#include "reader/ImportController.h"
#include "reader/ReaderPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Runs an action once, when the watched window is first on screen, then removes itself.
class FirstExposeWatcher : public QObject
{
public:
    FirstExposeWatcher(std::function<void()> action, QObject *parent)
        : QObject(parent)
        , m_action(std::move(action))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // After the expose has been painted, not inside it.
            QTimer::singleShot(0, parent(), m_action);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

constexpr int SectionCount = 5;

const QList<MainWindow::Section> &allSections()
{
    static const QList<MainWindow::Section> sections
        = {MainWindow::Section::Dashboard, MainWindow::Section::Companies, MainWindow::Section::Charts,
           MainWindow::Section::Timeline, MainWindow::Section::Articles};
    return sections;
}

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_importer(new ImportController(context, this))
{
    setObjectName(u"mainWindow"_s);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setMinimumWidth(140);
    for (int i = 0; i < SectionCount; ++i) {
        m_navigation->addItem(QString());
        m_pages.append(nullptr);
        m_factories.append(nullptr);
        m_stack->addWidget(new QWidget(m_stack)); // stand-in until the page is first shown
    }
    m_factories[int(Section::Companies)]
        = [](AppContext &c, QWidget *p) -> QWidget * { return new CompaniesPage(c, p); };
    auto *navigation = new NavigationController(context, *this);
    m_factories[int(Section::Dashboard)] = [this, navigation](AppContext &c, QWidget *p) -> QWidget * {
        auto *dashboard = new DashboardPage(c, p);
        connect(dashboard, &DashboardPage::chartRequested, this, [this, navigation](const QString &id) {
            showSection(Section::Charts);
            if (auto *charts = qobject_cast<ChartsPage *>(page(Section::Charts)))
                charts->setCurrentChart(id);
            navigation->chartShown(id);
        });
        connect(dashboard, &DashboardPage::importRequested, this, &MainWindow::importArticleRequested);
        connect(dashboard, &DashboardPage::statusMessage, this,
                [this](const QString &message) { StatusNotice::show(this, message); });
        return dashboard;
    };
    m_factories[int(Section::Charts)] = [](AppContext &c, QWidget *p) -> QWidget * { return new ChartsPage(c, p); };
    m_factories[int(Section::Timeline)] = [](AppContext &c, QWidget *p) -> QWidget * { return new TimelinePage(c, p); };
    m_factories[int(Section::Articles)] = [this](AppContext &c, QWidget *p) -> QWidget * {
        auto *reader = new ReaderPage(c, p);
        connect(reader, &ReaderPage::importRequested, this, &MainWindow::importArticleRequested);
        return reader;
    };

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);
    statusBar()->addWidget(m_status, 1);

    createMenus();
    ExploreMenus::install(context, this, m_viewMenu, m_viewMenu, [this] {
        const auto *companies = qobject_cast<CompaniesPage *>(m_pages.at(int(Section::Companies)));
        return companies ? companies->currentCompanyId() : QString();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(Section(row));
    });
    connect(&context, &AppContext::dataChanged, this, &MainWindow::updateStatus);
    // The page is built first (when this request is what builds it), then told the company.
    connect(&context, &AppContext::companyRequested, this, [this](const QString &companyId) {
        showSection(Section::Companies);
        if (auto *companies = qobject_cast<CompaniesPage *>(page(Section::Companies)))
            companies->showCompany(companyId);
    });
    connect(this, &MainWindow::importArticleRequested, m_importer, &ImportController::chooseAndImport);
    connect(m_importer, &ImportController::articlesImported, this, [this](qint64 firstArticleId) {
        showSection(Section::Articles);
        if (auto *reader = qobject_cast<ReaderPage *>(page(Section::Articles)))
            reader->openArticle(firstArticleId);
    });
    connect(this, &MainWindow::printRequested, this, [this] {
        if (auto *charts = qobject_cast<ChartsPage *>(m_stack->currentWidget()))
            charts->printChart();
    });
    connect(this, &MainWindow::exportRequested, this, [this] {
        if (auto *charts = qobject_cast<ChartsPage *>(m_stack->currentWidget()))
            charts->exportChart();
        else if (auto *reader = qobject_cast<ReaderPage *>(m_stack->currentWidget()))
            reader->chooseExportPdf();
        else if (auto *dashboard = qobject_cast<DashboardPage *>(m_stack->currentWidget()))
            dashboard->exportLandscape();
    });
    connect(&context, &AppContext::citationRequested, this,
            [this](const QString &key, const QString &lang, int paragraph, const QString &printed) {
                showSection(Section::Articles);
                if (auto *reader = qobject_cast<ReaderPage *>(page(Section::Articles)))
                    reader->openCitation(key, lang, paragraph, printed);
            });

    retranslate();
    restoreState();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::page(Section section)
{
    const int index = int(section);
    if (!m_pages.at(index)) {
        QWidget *built = m_factories.at(index)(m_context, m_stack);
        QWidget *standIn = m_stack->widget(index);
        const bool shown = m_stack->currentWidget() == standIn;
        m_stack->insertWidget(index, built);
        m_stack->removeWidget(standIn); // QStackedWidget would make the next section current
        if (shown)
            m_stack->setCurrentWidget(built);
        standIn->deleteLater();
        m_pages[index] = built;
    }
    return m_pages.at(index);
}

void MainWindow::showSection(Section section)
{
    QWidget *shown = page(section);
    m_stack->setCurrentWidget(shown);
    // File ▸ Print and Export act on what the page shows: a chart, or an article.
    const bool chart = qobject_cast<ChartsPage *>(shown) != nullptr;
    m_printAction->setEnabled(chart);
    m_exportAction->setEnabled(chart || qobject_cast<ReaderPage *>(shown) != nullptr);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(int(section));
    m_sectionActions.at(int(section))->setChecked(true);
    Q_EMIT sectionShown(section);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(std::max(0, m_stack->currentIndex()));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                           &MainWindow::importArticleRequested);
    m_exportAction
        = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportRequested);
    m_printAction = m_fileMenu->addAction(QString(), QKeySequence::Print, this, &MainWindow::printRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    auto *sectionGroup = new QActionGroup(this);
    for (Section section : allSections()) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(section))));
        sectionGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        m_sectionActions.append(action);
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (Language language : allLanguages()) {
        QAction *action = m_languageMenu->addAction(nativeLanguageName(language));
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setChecked(language == m_context.language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            m_context.languages().setLanguage(language);
            m_context.settings().setValue(SettingKeys::InterfaceLanguage, language);
        });
    }
    connect(&m_context.languages(), &LanguageManager::languageChanged, this, [this](Language language) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == languageCode(language));
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, [this] {
        auto *guide = new UserGuideDialog(m_context.language(), this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    m_guideAction->setObjectName(u"userGuideAction"_s);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Tigerscope"),
                           tr("<h3>Tigerscope %1</h3>"
                              "<p>Explores the landscape of China's AI model companies after DeepSeek — the six "
                              "little tigers against the giants — with every figure traceable to the paragraph "
                              "of the article it comes from.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later; the source "
                              "code is at <a href=\"%3\">%3</a>. Built with Qt %2 (LGPL/GPL), SQLite (public "
                              "domain) and ICU (Unicode licence).</p>"
                              "<p>The shipped figures are facts cited from: “Post DeepSeek Era: Six Little Tigers "
                              "Turn Left, BAT Turn Right” (New Entropy, 26 March 2025) and “DeepSeek per capita, "
                              "top-down progressive time”. The articles' text is not included: import your copy "
                              "to read the cited passages.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    u"https://github.com/tigerscope/tigerscope"_s));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

QString MainWindow::sectionTitle(Section section) const
{
    switch (section) {
    case Section::Dashboard: return tr("Dashboard");
    case Section::Companies: return tr("Companies");
    case Section::Charts: return tr("Charts");
    case Section::Timeline: return tr("Timeline");
    case Section::Articles: return tr("Articles");
    }
    return {};
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Tigerscope — China's AI model companies after DeepSeek"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import Article…"));
    m_exportAction->setText(tr("&Export…"));
    m_printAction->setText(tr("&Print…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About Tigerscope"));
    for (Section section : allSections()) {
        m_navigation->item(int(section))->setText(sectionTitle(section));
        m_sectionActions.at(int(section))->setText(sectionTitle(section));
    }
    // The counts take five queries: they follow the first paint rather than delay it.
    QTimer::singleShot(0, this, &MainWindow::updateStatus);
}

void MainWindow::updateStatus()
{
    const DataCounts counts = CompanyRepository(m_context.database().connection()).counts();
    QString text = tr("%n organisation(s)", nullptr, counts.organisations) + u" ("_s
        + tr("%n companies", nullptr, counts.companies) + u") · "_s + tr("%n figures", nullptr, counts.observations)
        + u" · "_s + tr("%n events", nullptr, counts.events) + u" · "_s
        + tr("%n articles imported", nullptr, counts.importedArticles);
    if (m_context.database().isReadOnly())
        text += u" · "_s + tr("read-only");
    m_status->setText(text);
}

void MainWindow::restoreState()
{
    const Settings &settings = m_context.settings();
    if (!restoreGeometry(settings.value(SettingKeys::WindowGeometry))) {
        resize(1180, 760);
        if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
            splitter->setSizes({170, 1010});
    }
    QMainWindow::restoreState(settings.value(SettingKeys::WindowState));
    const int saved = settings.value(SettingKeys::WindowSection);
    const Section section = saved >= 0 && saved < SectionCount ? Section(saved) : Section::Dashboard;
    // The window goes on screen first, with the section's stand-in; its page is built right after,
    // so start-up costs what an empty window costs.
    m_stack->setCurrentIndex(int(section));
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(int(section));
    m_sectionActions.at(int(section))->setChecked(true);
    buildCurrentPageOnceExposed();
}

void MainWindow::buildCurrentPageOnceExposed()
{
    winId(); // the native window exists from here on, so its first expose can be watched
    auto *watcher = new FirstExposeWatcher(
        [this] {
            showSection(currentSection());
            Q_EMIT firstShown();
        },
        this);
    windowHandle()->installEventFilter(watcher);
}

void MainWindow::saveState() const
{
    Settings &settings = m_context.settings();
    settings.setValue(SettingKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingKeys::WindowState, QMainWindow::saveState());
    settings.setValue(SettingKeys::WindowSection, int(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace tigerscope
