#include "StatusNotice.h"

#include <QMainWindow>
#include <QStatusBar>

namespace tigerscope {

void StatusNotice::show(const QWidget *from, const QString &message)
{
    if (!from)
        return;
    if (auto *window = qobject_cast<QMainWindow *>(from->window()))
        window->statusBar()->showMessage(message, DisplayMs);
}

} // namespace tigerscope
