// Bad input through the real binary: invalid command lines, unusable export paths, a read-only
// data folder. Each must answer with one line on stderr and a non-zero exit (2 for usage errors),
// and leave what the user had untouched.
//
// Permission cases run for real even as root: the binary is started as uid/gid 65534 with setpriv.

#include "CliFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

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

TEST_F(CliBadInput, UnknownCommandIsAUsageErrorAndOpensNoWindow)
{
    for (const QString &word : {u"exportdata"_s, u"--exportdata"_s, u"-x"_s}) {
        const RunResult result = run(dataDirArgs() + QStringList{word});
        EXPECT_EQ(result.exitCode, 2) << result;
        EXPECT_TRUE(isOneErrorLine(result.err)) << result;
        EXPECT_TRUE(result.err.contains(word.mid(word.lastIndexOf(u'-') + 1).toUtf8())) << result;
        EXPECT_TRUE(result.err.contains("tigerscope --help")) << "the usage hint: " << result;
    }
}

TEST_F(CliBadInput, MissingDisplayIsOneLine)
{
    m_unsetEnvironment = {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s};
    const RunResult result = run(dataDirArgs());
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("display")) << result;
}

TEST_F(CliBadInput, UnreachableDisplayIsOneLineNotAnAbort)
{
    m_unsetEnvironment = {u"QT_QPA_PLATFORM"_s, u"WAYLAND_DISPLAY"_s};
    m_setEnvironment.insert(u"DISPLAY"_s, u":987"_s); // no X server listens there
    const RunResult result = run(dataDirArgs());
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("display") && result.err.contains(":987")) << result;
}

TEST_F(CliBadInput, DoubleDashEndsTheOptions)
{
    QFile article(m_out.filePath(u"-dash.txt"_s));
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write("A title\n\nThe first paragraph of an article whose file name starts with a dash.\n");
    article.close();
    m_workingDirectory = m_out.path();
    const RunResult asOption = run(dataDirArgs() + QStringList{u"import-article"_s, u"-dash.txt"_s});
    EXPECT_EQ(asOption.exitCode, 2) << asOption;
    const RunResult asFile = run(dataDirArgs() + QStringList{u"import-article"_s, u"--"_s, u"-dash.txt"_s});
    EXPECT_EQ(asFile.exitCode, 0) << asFile;
    EXPECT_TRUE(run({u"--help"_s}).out.contains("  --  ")) << "--help says so";
}

TEST_F(CliBadInput, EmptyDataDirIsRefused)
{
    const RunResult result = run({u"--data-dir"_s, QString(), u"list-charts"_s});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("--data-dir")) << result;
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(u"data/Tigerscope"_s))) << "the default folder is not used";
}

TEST_F(CliBadInput, VersionBeforeACommandShowsTheVersion)
{
    const RunResult result = run({u"--version"_s, u"export-data"_s});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.startsWith("tigerscope ")) << result.out.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result;
}

TEST_F(CliBadInput, FileNameThatIsNotUtf8IsNamedAsItIs)
{
    const QByteArray name = QFile::encodeName(m_out.path()) + "/caf\xE9.txt";
    FILE *file = std::fopen(name.constData(), "w");
    ASSERT_NE(file, nullptr);
    std::fputs("A title\n\nOne paragraph.\n", file);
    std::fclose(file);
    // QProcess passes arguments as UTF-8: the shell hands the raw bytes on.
    QProcess process;
    process.start(u"/bin/sh"_s,
                  {u"-c"_s, u"exec \"$0\" --data-dir \"$1\" import-article \"$(printf '%s/caf\\351.txt' \"$2\")\""_s,
                   testsupport::executablePath(), m_data.path(), m_out.path()});
    ASSERT_TRUE(process.waitForFinished(120'000));
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(isOneErrorLine(err)) << err.toStdString();
    EXPECT_TRUE(err.contains("caf\\xe9.txt")) << err.toStdString();
    EXPECT_TRUE(err.contains("UTF-8")) << err.toStdString();
}

TEST_F(CliBadInput, ControlCharactersAreNotPrinted)
{
    const QString name = m_out.filePath(u"title\x1b[2J\x07.txt"_s);
    const RunResult result = run(dataDirArgs() + QStringList{u"import-article"_s, name});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_FALSE(result.err.contains('\x1b')) << result;
    EXPECT_FALSE(result.err.contains('\x07')) << result;
    EXPECT_TRUE(result.err.contains("title\xEF\xBF\xBD[2J")) << "replaced by U+FFFD: " << result;
}

TEST_F(CliBadInput, StandardOutputWriteErrorFails)
{
    m_stdoutFile = u"/dev/full"_s;
    const RunResult result = run(dataDirArgs() + QStringList{u"list-charts"_s});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("No space left on device")) << result;

    const RunResult exported = run(dataDirArgs() + QStringList{u"export-data"_s});
    EXPECT_EQ(exported.exitCode, 1) << exported;
    EXPECT_TRUE(exported.err.contains("No space left on device")) << exported;
}

TEST_F(CliBadInput, NewerDatabaseNoticeIsTheOnlyLine)
{
    ASSERT_EQ(run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, m_out.filePath(u"first.json"_s)}).exitCode,
              0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(m_data.filePath(u"user.sqlite"_s));
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, m_out.filePath(u"second.json"_s)});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << "the notice and no Qt warning: " << result;
    EXPECT_TRUE(result.err.contains("newer version")) << result;
}
