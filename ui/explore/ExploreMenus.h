#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace tigerscope {

class AppContext;

/// The menu entries of the user's data and the comparison: an Edit menu (Undo/Redo with the
/// standard shortcuts, add a figure or event, import figures from CSV) placed before the View
/// menu, and View ▸ Compare Companies. Retranslates itself with the window.
class ExploreMenus : public QObject
{
    Q_OBJECT
public:
    /// The company the window shows, for Add Figure and Add Event to start with; empty for none.
    using CurrentCompany = std::function<QString()>;

    /// Adds the menus to window; beforeMenu is the menu the Edit menu goes in front of, viewMenu
    /// gets the comparison entry.
    static ExploreMenus *install(AppContext &context, QMainWindow *window, QMenu *beforeMenu, QMenu *viewMenu,
                                 CurrentCompany currentCompany);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ExploreMenus(AppContext &context, QMainWindow *window, QMenu *beforeMenu, QMenu *viewMenu,
                 CurrentCompany currentCompany);
    void retranslate();
    /// QUndoStack words its actions ("Undo %1", Qt's catalogue) once, when it makes them: new
    /// ones replace them so that they follow the language.
    void renewUndoActions();

    AppContext &m_context;
    QMainWindow *m_window;
    CurrentCompany m_currentCompany;
    QMenu *m_edit;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_addFigure;
    QAction *m_addEvent;
    QAction *m_importCsv;
    QAction *m_compare;
};

} // namespace tigerscope
