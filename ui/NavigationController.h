#pragma once

#include "NavigationHistory.h"

#include <QObject>

class QAction;
class QToolBar;

namespace tigerscope {

class AppContext;
class MainWindow;

/// Back and Forward for the main window (Alt+← / Alt+→ and a toolbar): records the sections
/// shown, the companies, charts and reader passages opened, and goes back to them.
class NavigationController : public QObject
{
    Q_OBJECT
public:
    NavigationController(AppContext &context, MainWindow &window);

    /// Records a chart shown on the Charts page.
    void chartShown(const QString &chartId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void visit(const NavigationPlace &place);
    void restore(const NavigationPlace &place);
    void updateActions();

    AppContext &m_context;
    MainWindow &m_window;
    NavigationHistory m_history;
    QToolBar *m_toolBar;
    QAction *m_back;
    QAction *m_forward;
    bool m_restoring = false;
};

} // namespace tigerscope
