#include "AppContext.h"
#include "ChartSceneRenderer.h"
#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "Database.h"
#include "DeferredIconStyle.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Tigerscope"_s);
    QCoreApplication::setOrganizationDomain(u"tigerscope.github.io"_s);
    QCoreApplication::setApplicationName(u"Tigerscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIGERSCOPE_VERSION));
}

/// Headless runs may have no session: give Qt a private runtime folder instead of a warning.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path
        = QDir::temp().absoluteFilePath(u"tigerscope-runtime-"_s + qEnvironmentVariable("USER", u"user"_s));
    if (QDir().mkpath(path)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
    }
}

/// The application icon in every size the packaging renders.
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/tigerscope-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

/// --lang, else the saved choice, else the system's language.
tigerscope::Language startLanguage(const QString &option, const tigerscope::Settings &settings)
{
    if (!option.isEmpty())
        return tigerscope::languageFromCode(option);
    return settings.value(tigerscope::SettingKeys::InterfaceLanguage);
}

/// Why the window cannot open for want of a display (said in one line, where Qt would abort); empty
/// when there is one or another platform was asked for.
QString missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool needsDisplay = platform.isEmpty() || platform.startsWith("xcb") || platform.startsWith("wayland");
    if (needsDisplay && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return QCoreApplication::translate("main",
                                           "no display to open the window on (DISPLAY is not set); the "
                                           "commands run without one: see tigerscope --help");
#endif
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    if (tigerscope::CommandLine::wantsHeadless(argc, argv)) {
#ifdef Q_OS_WIN
        // A GUI-subsystem program has no console of its own: write to the one it was started from.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            std::freopen("CONOUT$", "w", stdout);
            std::freopen("CONOUT$", "w", stderr);
        }
#endif
        tigerscope::ConsoleOutput::installMessageHandler(tigerscope::CommandLine::wantsVerbose(argc, argv));
        if (const QString problem = tigerscope::CommandLine::undecodableArgument(argc, argv); !problem.isEmpty()) {
            tigerscope::printError(problem);
            return tigerscope::ExitUsage;
        }
        // Headless jobs never need a display; fonts and painting still work offscreen. Qt Charts'
        // QChart is a graphics widget, so export-chart needs a QApplication, even offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        QApplication app(argc, argv);
        describeApplication();
        const tigerscope::ChartSceneRenderer chartRenderer;
        tigerscope::CommandLine commandLine(&chartRenderer);
        return commandLine.run(app.arguments());
    }

    if (const QString problem = missingDisplay(); !problem.isEmpty()) {
        tigerscope::printError(problem);
        return tigerscope::ExitFailure;
    }
    tigerscope::ConsoleOutput::beginWindowStartup();
    QApplication app(argc, argv);
    tigerscope::ConsoleOutput::endWindowStartup();
    describeApplication();
    tigerscope::DeferredIconStyle::install();
    tigerscope::InterfaceFont::install();
    QGuiApplication::setDesktopFileName(u"io.github.tigerscope.Tigerscope"_s);
    tigerscope::GlobalOptions options;
    QString error;
    if (!tigerscope::CommandLine::parseWindowOptions(app.arguments(), &options, &error)) {
        QMessageBox::critical(nullptr, u"Tigerscope"_s, error);
        return tigerscope::ExitUsage;
    }
    auto settings = std::make_unique<tigerscope::Settings>();
    tigerscope::LanguageManager languages;
    languages.setLanguage(startLanguage(options.lang, *settings));

    const auto database = tigerscope::Database::open({options.dataDir, {}, true}, &error);
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tigerscope cannot open its data"), error);
        return tigerscope::ExitFailure;
    }
    tigerscope::AppContext context(*database, languages, std::move(settings));
    tigerscope::MainWindow window(context);
    tigerscope::StartupProbe::attachIfRequested(window);
    // Reading any image loads every image format plugin; the icon waits for the first picture.
    QObject::connect(&window, &tigerscope::MainWindow::firstShown, &window,
                     [] { QApplication::setWindowIcon(applicationIcon()); });
    window.show();

    // What happened to the user's database is said once the window is up.
    QTimer::singleShot(0, &window, [&] {
        for (const tigerscope::DatabaseNotice &notice : database->notices()) {
            if (notice.kind != tigerscope::DatabaseNotice::Kind::Created)
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Your data"), notice.message);
        }
    });
    return app.exec();
}
