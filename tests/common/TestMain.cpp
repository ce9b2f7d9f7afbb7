#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef TIGERSCOPE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    // Headless and reproducible whatever the caller's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("TigerscopeTests"));
    TestApplication::setApplicationName(QStringLiteral("tigerscope-tests"));
    // ctest runs test processes side by side; each gets settings of its own, so one test's
    // remembered section never opens another's window.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
