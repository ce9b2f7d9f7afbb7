// What the database layer does with files it did not write or that a crash left behind: a hot
// journal beside a torn first page is rolled back, a damaged file moves aside with its journal and
// write-ahead log, a foreign SQLite file or one with an impossible schema version is refused and
// left byte for byte as it was.

#include "DatabaseFixture.h"

#include "CsvWriter.h"
#include "Schema.h"
#include "SqlErrorText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/// Runs statements on a file of another program's making, through a connection of its own.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
}

void appendBigEndian(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

/// A rollback journal (SQLite's documented format) that holds the original first page of a file:
/// a writer that died after overwriting page 1 leaves exactly this behind.
QByteArray journalOfFirstPage(const QByteArray &original)
{
    const quint32 pageSize = qFromBigEndian<quint16>(original.constData() + 16);
    const quint32 sectorSize = 512;
    const quint32 nonce = 0x1234567;
    QByteArray journal = QByteArray::fromHex("d9d505f920a163d7");
    appendBigEndian(&journal, 1); // records
    appendBigEndian(&journal, nonce);
    appendBigEndian(&journal, quint32(original.size()) / pageSize); // pages before the transaction
    appendBigEndian(&journal, sectorSize);
    appendBigEndian(&journal, pageSize);
    journal.append(QByteArray(sectorSize - journal.size(), '\0'));
    const QByteArray page = original.left(pageSize);
    appendBigEndian(&journal, 1);
    journal.append(page);
    quint32 checksum = nonce;
    for (qsizetype i = pageSize - 200; i > 0; i -= 200)
        checksum += quint8(page.at(i));
    appendBigEndian(&journal, checksum);
    return journal;
}

} // namespace

TEST_F(DatabaseFixture, HotJournalIsRolledBackBeforeTheFileIsJudged)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        QSqlQuery query(database->connection());
        ASSERT_TRUE(query.exec(u"INSERT INTO companies (id, name_zh, name_en, grp, sort_order) "
                               "VALUES ('survivor', '测试', 'Survivor', 'tiger', 99)"_s))
            << query.lastError().text().toStdString();
    }
    const QByteArray original = readAll(userPath());
    ASSERT_GT(original.size(), 4096);
    QByteArray torn = original;
    torn.replace(0, 100, QByteArray(100, '\x5a')); // the header half written when the writer died
    ASSERT_TRUE(writeAll(userPath(), torn));
    ASSERT_TRUE(writeAll(userPath() + u"-journal"_s, journalOfFirstPage(original)));

    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    for (const DatabaseNotice &notice : database->notices())
        EXPECT_NE(notice.kind, DatabaseNotice::Kind::MovedAsideCorrupt) << notice.message.toStdString();
    QSqlQuery query(database->connection());
    ASSERT_TRUE(query.exec(u"SELECT name_en FROM main.companies WHERE id = 'survivor'"_s));
    ASSERT_TRUE(query.next()) << "the row written before the crash is there";
    EXPECT_EQ(query.value(0).toString(), u"Survivor"_s);
    EXPECT_FALSE(QFileInfo::exists(userPath() + u"-journal"_s)) << "the journal was played back";
}

TEST_F(DatabaseFixture, DamagedFileMovesAsideWithItsJournalAndLog)
{
    ASSERT_TRUE(writeAll(userPath(), QByteArray(8192, '\x13')));
    ASSERT_TRUE(writeAll(userPath() + u"-wal"_s, "their log"));
    ASSERT_TRUE(writeAll(userPath() + u"-shm"_s, "their index"));

    auto database = openDatabase();
    ASSERT_TRUE(database);
    ASSERT_FALSE(database->notices().isEmpty());
    const DatabaseNotice &notice = database->notices().first();
    ASSERT_EQ(notice.kind, DatabaseNotice::Kind::MovedAsideCorrupt);
    EXPECT_EQ(readAll(notice.path), QByteArray(8192, '\x13'));
    EXPECT_EQ(readAll(notice.path + u"-wal"_s), "their log");
    // SQLite rebuilds the shared-memory index from the log on every first open: only its place counts.
    EXPECT_TRUE(QFileInfo::exists(notice.path + u"-shm"_s));
    EXPECT_EQ(Schema::version(database->connection()), Schema::CurrentVersion);
}

TEST_F(DatabaseFixture, SqliteFileOfAnotherApplicationIdIsRefusedUntouched)
{
    makeSqliteFile(userPath(),
                   {u"PRAGMA application_id = 1234"_s, u"CREATE TABLE theirs (x)"_s,
                    u"INSERT INTO theirs VALUES ('their data')"_s});
    const QByteArray before = readAll(userPath());
    QString error;
    EXPECT_FALSE(openDatabase(&error));
    EXPECT_TRUE(error.contains(u"another program"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"1234"_s)) << error.toStdString();
    EXPECT_EQ(readAll(userPath()), before) << "the other program's file is kept byte for byte";
    EXPECT_EQ(QDir(m_dataDir.path()).entryList(QDir::Files), QStringList{u"user.sqlite"_s});
}

TEST_F(DatabaseFixture, SqliteFileWithForeignTablesIsRefusedUntouched)
{
    makeSqliteFile(
        userPath(),
        {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s, u"INSERT INTO invoices VALUES (1, 9.5)"_s});
    const QByteArray before = readAll(userPath());
    QString error;
    EXPECT_FALSE(openDatabase(&error));
    EXPECT_TRUE(error.contains(u"invoices"_s)) << error.toStdString();
    EXPECT_EQ(readAll(userPath()), before);
}

TEST_F(DatabaseFixture, ImpossibleSchemaVersionIsReportedAndTheFileUntouched)
{
    // 0 with tables (the mark is ours but the version was reset) and negative: neither is one we write.
    for (const int version : {-3, 0}) {
        {
            auto database = openDatabase();
            ASSERT_TRUE(database);
            QSqlQuery query(database->connection());
            ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        }
        const QByteArray before = readAll(userPath());
        QString error;
        EXPECT_FALSE(openDatabase(&error));
        EXPECT_TRUE(error.contains(u"schema version %1"_s.arg(version))) << error.toStdString();
        EXPECT_EQ(readAll(userPath()), before);
        ASSERT_TRUE(QFile::remove(userPath()));
    }
}

TEST_F(DatabaseFixture, FolderWhereTheDatabaseShouldBeIsNamed)
{
    ASSERT_TRUE(QDir().mkpath(userPath()));
    QString error;
    EXPECT_FALSE(openDatabase(&error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(userPath()))) << error.toStdString();
    EXPECT_TRUE(error.contains(u"folder"_s)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(userPath()).isDir());
}

TEST(SqlErrorText, SaysWhatHappenedRatherThanTheDriversWords)
{
    const QSqlError full(u"Unable to fetch row"_s, u"database or disk is full"_s, QSqlError::StatementError, u"13"_s);
    EXPECT_EQ(SqlErrorText::describe(full), u"No space left on device"_s);
    const QSqlError ioFull(u"Unknown error"_s, QString(), QSqlError::StatementError, u"778"_s); // SQLITE_IOERR_WRITE
    EXPECT_EQ(SqlErrorText::describe(ioFull), u"input/output error while reading or writing the disk"_s);
    const QSqlError unknown(u"Parameter count mismatch"_s, QString(), QSqlError::StatementError);
    EXPECT_EQ(SqlErrorText::describe(unknown), u"Parameter count mismatch"_s);
}

TEST(CsvWriter, NeutralisesCellsThatWouldRunAsFormulas)
{
    EXPECT_EQ(CsvWriter::cell(u"=cmd|' /C calc'!A0"_s), u"'=cmd|' /C calc'!A0"_s);
    EXPECT_EQ(CsvWriter::cell(u"@SUM(1+1)"_s), u"'@SUM(1+1)"_s);
    EXPECT_EQ(CsvWriter::cell(u"+1+1"_s), u"'+1+1"_s);
    EXPECT_EQ(CsvWriter::cell(u"-2+3"_s), u"'-2+3"_s);
    EXPECT_EQ(CsvWriter::cell(u"\t=1"_s), u"'\t=1"_s);
    EXPECT_EQ(CsvWriter::cell(u"\r=1"_s), u"\"'\r=1\""_s);
    EXPECT_EQ(CsvWriter::cell(u"=1,2"_s), u"\"'=1,2\""_s);
    EXPECT_EQ(CsvWriter::cell(u"-1.5"_s), u"-1.5"_s) << "a plain number is left as it is";
    EXPECT_EQ(CsvWriter::cell(u"15亿"_s), u"15亿"_s);
    EXPECT_EQ(CsvWriter::line({u"a"_s, u"say \"hi\""_s, QString()}), u"a,\"say \"\"hi\"\"\","_s);
}
