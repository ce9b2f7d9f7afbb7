#include "ConsoleOutput.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tigerscope::ConsoleOutput {

namespace {

int g_writeErrno = 0;
bool g_verbose = false;

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!g_verbose && type != QtFatalMsg)
        return;
    const QByteArray line = "tigerscope: qt: " + printable(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void windowStartupHandler(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type != QtFatalMsg)
        return;
    const QString display = qEnvironmentVariable("DISPLAY");
    const QString line = QCoreApplication::translate("main",
                                                     "the window cannot open: no display could be reached (DISPLAY "
                                                     "is \"%1\"); the commands run without one: see tigerscope --help")
                             .arg(printable(display));
    const QByteArray bytes = "tigerscope: " + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    std::_Exit(1);
}

} // namespace

void beginWindowStartup()
{
    qInstallMessageHandler(windowStartupHandler);
}

void endWindowStartup()
{
    qInstallMessageHandler(nullptr);
}

QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (isControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return result;
}

bool standardOutputOk()
{
    return g_writeErrno == 0;
}

QString lastWriteError()
{
    return QString::fromLocal8Bit(std::strerror(g_writeErrno));
}

bool writeRaw(const QByteArray &bytes)
{
    errno = 0;
    const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
        && std::fflush(stdout) == 0;
    if (!written && g_writeErrno == 0)
        g_writeErrno = errno ? errno : EIO;
    return written;
}

void installMessageHandler(bool verbose)
{
    g_verbose = verbose;
    qInstallMessageHandler(quietHandler);
}

} // namespace tigerscope::ConsoleOutput
