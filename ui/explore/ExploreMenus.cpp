#include "ExploreMenus.h"

#include "AppContext.h"
#include "CompareDialog.h"
#include "UserDataController.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace tigerscope {

ExploreMenus *ExploreMenus::install(AppContext &context, QMainWindow *window, QMenu *beforeMenu, QMenu *viewMenu,
                                    CurrentCompany currentCompany)
{
    return new ExploreMenus(context, window, beforeMenu, viewMenu, std::move(currentCompany));
}

ExploreMenus::ExploreMenus(AppContext &context, QMainWindow *window, QMenu *beforeMenu, QMenu *viewMenu,
                           CurrentCompany currentCompany)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_currentCompany(std::move(currentCompany))
    , m_edit(new QMenu(window))
{
    UserDataController &controller = context.userData();
    m_edit->setObjectName(u"editMenu"_s);
    m_undo = controller.createUndoAction(m_edit);
    m_redo = controller.createRedoAction(m_edit);
    m_edit->addActions({m_undo, m_redo});
    m_edit->addSeparator();
    m_addFigure = m_edit->addAction(QString(), window,
                                    [this] { m_context.userData().addObservation(m_window, m_currentCompany()); });
    m_addEvent
        = m_edit->addAction(QString(), window, [this] { m_context.userData().addEvent(m_window, m_currentCompany()); });
    m_edit->addSeparator();
    m_importCsv = m_edit->addAction(QString(), window, [this] { m_context.userData().importCsv(m_window); });
    window->menuBar()->insertMenu(beforeMenu ? beforeMenu->menuAction() : nullptr, m_edit);

    viewMenu->addSeparator();
    m_compare = viewMenu->addAction(QString(), window, [this] { CompareDialog::showFor(m_context, m_window); });
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)); // Ctrl+Shift+C copies a paragraph

    window->installEventFilter(this);
    retranslate();
}

bool ExploreMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        renewUndoActions();
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void ExploreMenus::renewUndoActions()
{
    UserDataController &controller = m_context.userData();
    QAction *undo = controller.createUndoAction(m_edit);
    QAction *redo = controller.createRedoAction(m_edit);
    m_edit->insertActions(m_undo, {undo, redo});
    delete m_undo;
    delete m_redo;
    m_undo = undo;
    m_redo = redo;
}

void ExploreMenus::retranslate()
{
    m_edit->setTitle(tr("&Edit"));
    m_addFigure->setText(tr("Add &Figure…"));
    m_addEvent->setText(tr("Add &Event…"));
    m_importCsv->setText(tr("&Import Figures from CSV…"));
    m_compare->setText(tr("&Compare Companies…"));
}

} // namespace tigerscope
