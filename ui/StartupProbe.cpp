#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace tigerscope {

void StartupProbe::attachIfRequested(QWidget &widget)
{
    if (!qEnvironmentVariableIsSet("TIGERSCOPE_QUIT_WHEN_SHOWN"))
        return;
    widget.winId(); // creates the native window so it can be watched
    widget.windowHandle()->installEventFilter(new StartupProbe(&widget));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
        QCoreApplication::exit(0);
    return QObject::eventFilter(watched, event);
}

} // namespace tigerscope
