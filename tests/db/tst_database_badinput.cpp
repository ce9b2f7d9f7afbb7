// Bad input for the database layer beyond tst_database.cpp: missing, unwritable and read-only data
// folders, foreign and empty files, an unusable shipped dataset.
//
// Permission tests run for real even as root (where chmod does not stop writes): the part that
// must be refused runs in a child process that has given up root (uid/gid 65534) first.

#include "DatabaseFixture.h"

#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <grp.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

constexpr uid_t Nobody = 65534;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs check as a user without write access to root-owned files: in a forked child that drops
/// root when we are root, else in this process. check returns an empty string when all is well,
/// else what went wrong; the result comes back as text.
QString runUnprivileged(const std::function<QString()> &check)
{
    if (geteuid() != 0)
        return check();
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return u"pipe failed"_s;
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0)
        return u"fork failed"_s;
    if (child == 0) {
        close(pipeFds[0]);
        QByteArray failure;
        if (setgroups(0, nullptr) != 0 || setgid(Nobody) != 0 || setuid(Nobody) != 0)
            failure = "cannot drop root";
        else
            failure = check().toUtf8();
        if (write(pipeFds[1], failure.constData(), size_t(failure.size())) < 0)
            _exit(3);
        _exit(0); // no destructors, no atexit handlers: the parent owns every resource
    }
    close(pipeFds[1]);
    QByteArray result;
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        result.append(buffer, qsizetype(n));
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return u"the unprivileged check crashed (status %1)"_s.arg(status);
    return QString::fromUtf8(result);
}

/// Lets the unprivileged user read (not write) a folder and what is in it, until the end of the
/// scope, when the owner gets write access back (so the temporary folder can be removed).
class ReadableOnly
{
public:
    explicit ReadableOnly(const QString &folder)
        : m_folder(folder)
    {
        makeReadableOnly(folder);
    }
    ~ReadableOnly() { QFile::setPermissions(m_folder, QFile::permissions(m_folder) | QFileDevice::WriteOwner); }
    ReadableOnly(const ReadableOnly &) = delete;
    ReadableOnly &operator=(const ReadableOnly &) = delete;

private:
    static void makeReadableOnly(const QString &folder);
    QString m_folder;
};

void ReadableOnly::makeReadableOnly(const QString &folder)
{
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto browsable = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
        QFile::setPermissions(file.absoluteFilePath(), readOnly);
    QFile::setPermissions(folder, browsable);
}

} // namespace

TEST_F(DatabaseFixture, MissingDataFolderIsCreated)
{
    const QString nested = QDir(m_dataDir.path()).filePath(u"not/yet/there"_s);
    ASSERT_FALSE(QFileInfo::exists(nested));
    QString error;
    auto database = Database::open({nested, m_shippedPath, true}, &error);
    ASSERT_TRUE(database) << error.toStdString();
    EXPECT_TRUE(QFileInfo(nested).isDir());
    EXPECT_TRUE(QFileInfo::exists(QDir(nested).filePath(u"user.sqlite"_s)));
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::Created);
    EXPECT_FALSE(database->isReadOnly());
}

TEST_F(DatabaseFixture, EmptyFileIsTreatedAsNoDatabase)
{
    {
        QFile file(userPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::Created);
    EXPECT_EQ(Schema::version(database->connection()), Schema::CurrentVersion);
}

TEST_F(DatabaseFixture, MissingShippedDatasetIsAnError)
{
    QString error;
    auto database = Database::open({m_dataDir.path(), m_shippedDir.filePath(u"absent.sqlite"_s), true}, &error);
    EXPECT_FALSE(database);
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(DatabaseFixture, ShippedDatasetOfAnotherVersionIsAnError)
{
    const QString other = m_shippedDir.filePath(u"other-version.sqlite"_s);
    ASSERT_TRUE(QFile::copy(m_shippedPath, other));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-version"_s);
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(Schema::CurrentVersion + 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other-version"_s);
    QString error;
    auto database = Database::open({m_dataDir.path(), other, true}, &error);
    EXPECT_FALSE(database);
    EXPECT_TRUE(error.contains(u"does not match"_s)) << error.toStdString();
}

TEST_F(DatabaseFixture, ReadOnlyFolderOpensTheDatabaseReadOnly)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"INSERT INTO main.notes (text) VALUES ('mine')"_s));
    }
    const QByteArray before = readAll(userPath());
    const ReadableOnly dataFolder(m_dataDir.path());
    const ReadableOnly shippedFolder(m_shippedDir.path());

    const QString problem = runUnprivileged([&]() -> QString {
        QString error;
        auto database = Database::open({m_dataDir.path(), m_shippedPath, true}, &error);
        if (!database)
            return u"did not open: "_s + error;
        if (!database->isReadOnly())
            return u"not read-only"_s;
        if (database->notices().size() != 1
            || database->notices().first().kind != DatabaseNotice::Kind::ReadOnlyUnwritable)
            return u"no read-only notice"_s;
        QSqlQuery query(database->connection());
        if (!query.exec(u"SELECT count(*) FROM main.notes WHERE text = 'mine'"_s) || !query.next()
            || query.value(0).toInt() != 1)
            return u"the user's rows are not readable"_s;
        if (QSqlQuery(database->connection()).exec(u"INSERT INTO main.notes (text) VALUES ('no')"_s))
            return u"a write went through"_s;
        return {};
    });
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(readAll(userPath()), before);
    EXPECT_TRUE(QDir(m_dataDir.path()).entryList({u"user.sqlite.*"_s}).isEmpty()) << "nothing moved aside or backed up";
}

TEST_F(DatabaseFixture, ReadOnlyFolderWithoutDatabaseIsAnError)
{
    const ReadableOnly dataFolder(m_dataDir.path());
    const ReadableOnly shippedFolder(m_shippedDir.path());
    const QString problem = runUnprivileged([&]() -> QString {
        QString error;
        auto database = Database::open({m_dataDir.path(), m_shippedPath, true}, &error);
        if (database)
            return u"opened a database it could not create"_s;
        if (!error.contains(QDir::toNativeSeparators(m_dataDir.path())))
            return u"the error does not name the folder: "_s + error;
        return {};
    });
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_FALSE(QFileInfo::exists(userPath()));
}

TEST_F(DatabaseFixture, DamagedDatabaseInReadOnlyFolderIsKept)
{
    const QByteArray garbage = "not a database, and the folder cannot take a replacement";
    {
        QFile file(userPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const ReadableOnly dataFolder(m_dataDir.path());
    const ReadableOnly shippedFolder(m_shippedDir.path());
    const QString problem = runUnprivileged([&]() -> QString {
        QString error;
        auto database = Database::open({m_dataDir.path(), m_shippedPath, true}, &error);
        if (database)
            return u"opened a damaged database"_s;
        if (error.isEmpty())
            return u"no message"_s;
        return {};
    });
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(readAll(userPath()), garbage);
    EXPECT_EQ(QDir(m_dataDir.path()).entryList(QDir::Files).size(), 1);
}
