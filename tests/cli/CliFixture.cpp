#include "CliFixture.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <unistd.h>

using namespace Qt::StringLiterals;

std::ostream &operator<<(std::ostream &stream, const RunResult &run)
{
    return stream << "exit " << run.exitCode << ", stderr: " << run.err.toStdString();
}

bool isOneErrorLine(const QByteArray &err)
{
    return err.startsWith("tigerscope: ") && err.endsWith('\n') && err.count('\n') == 1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void CliBadInput::SetUp()
{
    ASSERT_TRUE(m_home.isValid());
    ASSERT_TRUE(m_data.isValid());
    ASSERT_TRUE(m_out.isValid());
    ASSERT_TRUE(QFileInfo::exists(testsupport::executablePath()));
}

RunResult CliBadInput::run(const QStringList &args, bool unprivileged)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &name : std::as_const(m_unsetEnvironment))
        environment.remove(name);
    for (auto it = m_setEnvironment.cbegin(); it != m_setEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    if (!m_stdoutFile.isEmpty())
        process.setStandardOutputFile(m_stdoutFile);
    if (unprivileged && geteuid() == 0) {
        QFile::setPermissions(m_home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (chown(QFile::encodeName(m_home.path()).constData(), 65534, 65534) != 0)
            ADD_FAILURE() << "cannot hand the home folder to the unprivileged user";
        process.start(
            u"setpriv"_s,
            QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, testsupport::executablePath()}
                + args);
    } else {
        process.start(testsupport::executablePath(), args);
    }
    RunResult result;
    if (!process.waitForFinished(120'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
