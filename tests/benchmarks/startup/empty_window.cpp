// The reference for start-up time: an empty Qt main window that quits once it is on screen.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QWindow>

namespace {

class QuitWhenExposed : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QCoreApplication::exit(0);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 760);
    window.winId();
    QuitWhenExposed probe;
    window.windowHandle()->installEventFilter(&probe);
    window.show();
    return app.exec();
}
