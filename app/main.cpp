#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Tigerscope"_s);
    QCoreApplication::setOrganizationDomain(u"tigerscope.example"_s);
    QCoreApplication::setApplicationName(u"Tigerscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIGERSCOPE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    if (tigerscope::CommandLine::wantsHeadless(argc, argv)) {
        // Headless jobs never need a display; fonts and painting still work offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        tigerscope::CommandLine commandLine;
        return commandLine.run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    tigerscope::MainWindow window;
    window.show();
    return app.exec();
}
