#include "NavigationController.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "TextAndToolTip.h"
#include "charts/ChartsPage.h"

#include <QAction>
#include <QEvent>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Alt+← / Alt+→ everywhere, and the platform's own Back / Forward keys where they differ.
QList<QKeySequence> withPlatformKeys(const QKeySequence &key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{key};
    for (const QKeySequence &platform : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(platform))
            keys.append(platform);
    }
    return keys;
}

} // namespace

NavigationController::NavigationController(AppContext &context, MainWindow &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
    , m_toolBar(new QToolBar(&window))
    , m_back(new QAction(&window))
    , m_forward(new QAction(&window))
{
    m_toolBar->setObjectName(u"navigationToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setObjectName(u"backAction"_s);
    m_forward->setObjectName(u"forwardAction"_s);
    m_back->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_forward->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_forward);
    window.addToolBar(Qt::TopToolBarArea, m_toolBar);

    connect(m_back, &QAction::triggered, this, [this] {
        if (m_history.canGoBack())
            restore(m_history.back());
    });
    connect(m_forward, &QAction::triggered, this, [this] {
        if (m_history.canGoForward())
            restore(m_history.forward());
    });
    connect(&m_history, &NavigationHistory::changed, this, &NavigationController::updateActions);
    connect(&window, &MainWindow::sectionShown, this, [this](MainWindow::Section section) {
        visit({int(section), {}, {}, -1, {}});
    });
    connect(&context, &AppContext::companyRequested, this, [this](const QString &id) {
        visit({int(MainWindow::Section::Companies), id, {}, -1, {}});
    });
    connect(&context, &AppContext::citationRequested, this,
            [this](const QString &key, const QString &lang, int paragraph, const QString &printed) {
                visit({int(MainWindow::Section::Articles), key, lang, paragraph, printed});
            });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

void NavigationController::chartShown(const QString &chartId)
{
    visit({int(MainWindow::Section::Charts), chartId, {}, -1, {}});
}

bool NavigationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void NavigationController::retranslate()
{
    m_toolBar->setWindowTitle(tr("Navigation"));
    setTextAndToolTip(m_back, tr("← Back"), tr("Back to where you were (Alt+←)"));
    setTextAndToolTip(m_forward, tr("Forward →"), tr("Forward again (Alt+→)"));
}

void NavigationController::visit(const NavigationPlace &place)
{
    if (m_restoring)
        return;
    // A jump made before the first page was recorded starts from the page it left.
    if (m_history.size() == 0 && int(m_window.currentSection()) != place.section)
        m_history.visit({int(m_window.currentSection()), {}, {}, -1, {}});
    m_history.visit(place);
}

void NavigationController::restore(const NavigationPlace &place)
{
    m_restoring = true;
    const auto section = MainWindow::Section(place.section);
    if (section == MainWindow::Section::Companies && !place.detail.isEmpty()) {
        Q_EMIT m_context.companyRequested(place.detail);
    } else if (section == MainWindow::Section::Articles && !place.detail.isEmpty()) {
        Q_EMIT m_context.citationRequested(place.detail, place.lang, place.paragraph, place.printed);
    } else {
        m_window.showSection(section);
        if (auto *charts = qobject_cast<ChartsPage *>(m_window.page(section)); charts && !place.detail.isEmpty())
            charts->setCurrentChart(place.detail);
    }
    m_restoring = false;
}

void NavigationController::updateActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

} // namespace tigerscope
