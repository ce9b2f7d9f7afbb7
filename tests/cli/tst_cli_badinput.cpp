// Bad input through the real binary: invalid command lines, unusable export paths, a read-only
// data folder. Each must answer with one line on stderr and a non-zero exit (2 for usage errors),
// and leave what the user had untouched.
//
// Permission cases run for real even as root: the binary is started as uid/gid 65534 with setpriv.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

std::ostream &operator<<(std::ostream &stream, const RunResult &run)
{
    return stream << "exit " << run.exitCode << ", stderr: " << run.err.toStdString();
}

/// True when err is exactly one line "tigerscope: …".
bool isOneErrorLine(const QByteArray &err)
{
    return err.startsWith("tigerscope: ") && err.endsWith('\n') && err.count('\n') == 1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CliBadInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_out.isValid());
        ASSERT_TRUE(QFileInfo::exists(testsupport::executablePath()));
    }

    /// Runs tigerscope with args, its caches in a private home; as uid 65534 when unprivileged.
    RunResult run(const QStringList &args, bool unprivileged = false)
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
        process.setProcessEnvironment(environment);
        if (unprivileged && geteuid() == 0) {
            QFile::setPermissions(m_home.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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

    QStringList dataDirArgs() const { return {u"--data-dir"_s, m_data.path()}; }

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QTemporaryDir m_out;
};

} // namespace

TEST_F(CliBadInput, UnknownOptionOfACommandIsAUsageError)
{
    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--no-such-option"_s});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("no-such-option")) << result;
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CliBadInput, UnknownGlobalOptionIsAUsageError)
{
    const RunResult result = run({u"--version"_s, u"--no-such-option"_s});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
}

TEST_F(CliBadInput, UnexpectedArgumentIsAUsageError)
{
    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"surplus"_s});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("surplus")) << result;
}

TEST_F(CliBadInput, UnknownLanguageIsAUsageError)
{
    for (const QStringList &args : {QStringList{u"--lang"_s, u"fr"_s, u"export-data"_s},
                                    QStringList{u"export-data"_s, u"--lang"_s, u"klingon"_s}}) {
        const RunResult result = run(dataDirArgs() + args);
        EXPECT_EQ(result.exitCode, 2) << result;
        EXPECT_TRUE(isOneErrorLine(result.err)) << result;
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_FALSE(QFileInfo::exists(m_data.filePath(u"user.sqlite"_s))) << "a usage error touches no data";
}

TEST_F(CliBadInput, UnknownExportFormatIsAUsageError)
{
    const QString out = m_out.filePath(u"export.xml"_s);
    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--format"_s, u"xml"_s, u"--out"_s, out});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("xml")) << result;
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(CliBadInput, ExportToAFolderIsRefusedAndTheFolderKept)
{
    const QString folder = m_out.filePath(u"mine"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile keep(QDir(folder).filePath(u"keep.txt"_s));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();

    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, folder});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"keep.txt"_s});
    EXPECT_EQ(readAll(keep.fileName()), QByteArray("mine"));
}

TEST_F(CliBadInput, CsvExportOntoAFileIsRefusedAndTheFileKept)
{
    const QString file = m_out.filePath(u"notes.txt"_s);
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("my notes");
    existing.close();
    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--format"_s, u"csv"_s, u"--out"_s, file});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_EQ(readAll(file), QByteArray("my notes"));
}

TEST_F(CliBadInput, ExportIntoAnUncreatableFolderFails)
{
    // /proc refuses new entries whoever asks, root included.
    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, u"/proc/tigerscope-no/export.json"_s});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
}

TEST_F(CliBadInput, ExistingJsonExportIsReplacedWhole)
{
    const QString file = m_out.filePath(u"export.json"_s);
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write(QByteArray(200'000, 'x')); // longer than the export: no stale tail may remain
    existing.close();
    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, file});
    EXPECT_EQ(result.exitCode, 0) << result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readAll(file), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(document.object().value("format"_L1).toString(), u"tigerscope-export"_s);
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files), QStringList{u"export.json"_s}) << "no temporary file left";
}

TEST_F(CliBadInput, UnwritableExportPathFailsAndKeepsTheOldFile)
{
    // The folder and the file belong to root and are read-only to the unprivileged user.
    const QString file = m_out.filePath(u"export.json"_s);
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("previous export");
    existing.close();
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(file, readable);
    QFile::setPermissions(m_out.path(),
                          readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    QFile::setPermissions(m_data.path(),
                          QFile::permissions(m_data.path()) | QFileDevice::ReadOther | QFileDevice::WriteOther
                              | QFileDevice::ExeOther);

    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, file}, true);
    QFile::setPermissions(m_out.path(), QFile::permissions(m_out.path()) | QFileDevice::WriteOwner);
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_EQ(readAll(file), QByteArray("previous export"));
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files), QStringList{u"export.json"_s});
}

TEST_F(CliBadInput, ReadOnlyDataFolderStillExports)
{
    // Create the user's database, then make its folder read-only to the unprivileged user.
    ASSERT_EQ(run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, m_out.filePath(u"first.json"_s)}).exitCode,
              0);
    const QString user = m_data.filePath(u"user.sqlite"_s);
    ASSERT_TRUE(QFileInfo::exists(user));
    const QByteArray before = readAll(user);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(user, readable);
    QFile::setPermissions(m_data.path(),
                          readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);

    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s}, true);
    QFile::setPermissions(m_data.path(), QFile::permissions(m_data.path()) | QFileDevice::WriteOwner);
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << "the read-only notice, once: " << result;
    EXPECT_TRUE(QJsonDocument::fromJson(result.out).isObject());
    EXPECT_EQ(readAll(user), before);
}

TEST_F(CliBadInput, UncreatableDataFolderFails)
{
    const RunResult result = run({u"--data-dir"_s, u"/proc/tigerscope-no/data"_s, u"export-data"_s});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.out.isEmpty());
}
