#include "DatabaseFixture.h"

#include "BigramIndex.h"
#include "CitationResolver.h"
#include "DatasetCompiler.h"
#include "DatasetExporter.h"
#include "PartialDate.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_F(DatabaseFixture, CreatesUserDatabaseAtCurrentVersion)
{
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    EXPECT_TRUE(QFile::exists(userPath()));
    EXPECT_EQ(Schema::version(database->connection()), Schema::CurrentVersion);
    EXPECT_EQ(Schema::applicationId(database->connection()), Schema::ApplicationId);
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::Created);
    EXPECT_FALSE(database->isReadOnly());
}

TEST_F(DatabaseFixture, ViewsUnionShippedAndUserRows)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlDatabase db = database->connection();
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_companies"_s), 2);
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_observations WHERE origin = 'shipped'"_s), 2);

    const qint64 id = database->nextUserId(u"observations"_s);
    EXPECT_EQ(id, Database::FirstUserId);
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO main.observations (id, company_id, metric_key, value, currency) VALUES (?, 'acme', 'financing_round', 42, 'USD')"_s);
    insert.addBindValue(id);
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_observations"_s), 3);
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_observations WHERE origin = 'user' AND value = 42"_s), 1);
    EXPECT_EQ(database->nextUserId(u"observations"_s), Database::FirstUserId + 1);
}

TEST_F(DatabaseFixture, ShippedDatasetIsReadOnly)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlQuery query(database->connection());
    EXPECT_FALSE(query.exec(u"DELETE FROM shipped.observations"_s));
    EXPECT_EQ(countRows(database->connection(), u"SELECT count(*) FROM shipped.observations"_s), 2);
}

// Mapped, the read-only file's pages are not copied for every random look-up (docs/performance.md).
TEST_F(DatabaseFixture, ShippedDatasetIsMemoryMapped)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    EXPECT_GT(countRows(database->connection(), u"PRAGMA shipped.mmap_size"_s), 0);
}

TEST_F(DatabaseFixture, UserRowsSurviveReopening)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        QSqlQuery insert(database->connection());
        ASSERT_TRUE(insert.exec(u"INSERT INTO main.notes (company_id, text) VALUES ('acme', 'keep me')"_s));
    }
    auto reopened = openDatabase();
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->notices().isEmpty());
    EXPECT_EQ(countRows(reopened->connection(), u"SELECT count(*) FROM main.notes WHERE text = 'keep me'"_s), 1);
}

TEST_F(DatabaseFixture, GarbageFileIsMovedAsideNotDeleted)
{
    const QByteArray garbage = "this is not a database, but the user's bytes must survive";
    {
        QFile file(userPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ASSERT_EQ(database->notices().size(), 2);
    const DatabaseNotice &notice = database->notices().first();
    EXPECT_EQ(notice.kind, DatabaseNotice::Kind::MovedAsideCorrupt);
    EXPECT_EQ(readAll(notice.path), garbage);
    EXPECT_TRUE(notice.message.contains(QDir::toNativeSeparators(notice.path)));
    EXPECT_EQ(Schema::version(database->connection()), Schema::CurrentVersion);
}

TEST_F(DatabaseFixture, TruncatedDatabaseIsMovedAside)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        QSqlQuery insert(database->connection());
        for (int i = 0; i < 200; ++i)
            insert.exec(u"INSERT INTO main.notes (text) VALUES ('%1')"_s.arg(QString(500, u'x')));
    }
    QByteArray bytes = readAll(userPath());
    ASSERT_GT(bytes.size(), 8192);
    {
        QFile file(userPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // Keep the header and first page, damage the rest.
        file.write(bytes.left(4096));
        file.write(QByteArray(bytes.size() - 4096, '\xAB'));
    }
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ASSERT_FALSE(database->notices().isEmpty());
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::MovedAsideCorrupt);
    EXPECT_TRUE(QFile::exists(database->notices().first().path));
}

TEST_F(DatabaseFixture, NewerDatabaseOpensReadOnly)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        QSqlQuery(database->connection()).exec(u"PRAGMA user_version = 99"_s);
    }
    auto database = openDatabase();
    ASSERT_TRUE(database);
    EXPECT_TRUE(database->isReadOnly());
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::ReadOnlyNewer);
    QSqlQuery insert(database->connection());
    EXPECT_FALSE(insert.exec(u"INSERT INTO main.notes (text) VALUES ('no')"_s));
    EXPECT_EQ(countRows(database->connection(), u"PRAGMA user_version"_s), 99);
}

TEST_F(DatabaseFixture, LockedDatabaseIsReportedAndKept)
{
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
    }
    const QByteArray before = readAll(userPath());
    QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    locker.setDatabaseName(userPath());
    ASSERT_TRUE(locker.open());
    QSqlQuery lock(locker);
    ASSERT_TRUE(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
    ASSERT_TRUE(lock.exec(u"BEGIN EXCLUSIVE"_s));
    QString error;
    auto database = openDatabase(&error);
    EXPECT_FALSE(database);
    EXPECT_TRUE(error.contains(u"locked"_s)) << error.toStdString();
    lock.exec(u"ROLLBACK"_s);
    lock.finish();
    locker.close();
    QSqlDatabase::removeDatabase(u"locker"_s);
    EXPECT_EQ(readAll(userPath()), before);
    EXPECT_TRUE(QDir(m_dataDir.path()).entryList({u"*.corrupt-*"_s}).isEmpty());
}

TEST_F(DatabaseFixture, UncreatableDataFolderIsAnError)
{
    QString error;
    auto database = Database::open({u"/proc/tigerscope-cannot-exist/data"_s, m_shippedPath, true}, &error);
    EXPECT_FALSE(database);
    EXPECT_FALSE(error.isEmpty());
}

TEST(DatasetCompiler, RejectsFactsWithoutCitationOrWithUnknownKeys)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    const QDir source(QStringLiteral(TEST_DATA_DIR));
    for (const QString &name : source.entryList({u"*.json"_s}))
        ASSERT_TRUE(QFile::copy(source.filePath(name), data.filePath(name)));
    QFile observations(data.filePath(u"observations.json"_s));
    ASSERT_TRUE(observations.open(QIODevice::WriteOnly | QIODevice::Truncate));
    observations.write(R"([{"id": 1, "company": "nobody", "metric": "financing_round", "value": 1, "currency": "CNY",
                           "as_of": "2024-13", "qualifier": "exact", "status": "derived", "citations": []},
                          {"id": 2, "company": "acme", "metric": "financing_round", "value": 1, "currency": "CNY",
                           "citations": []}])");
    observations.close();

    QTemporaryDir out;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"compile-bad"_s);
    db.setDatabaseName(out.filePath(u"bad.sqlite"_s));
    ASSERT_TRUE(db.open());
    QString error;
    ASSERT_TRUE(Schema::create(db, &error));
    DatasetCompiler compiler;
    EXPECT_FALSE(compiler.compile(data.path(), db));
    const QString errors = compiler.errors().join(u'\n');
    // RecordValidator's messages, the same the dialogs and the CSV import give.
    EXPECT_TRUE(errors.contains(u"id 1: Unknown company “nobody”"_s)) << errors.toStdString();
    EXPECT_TRUE(errors.contains(u"id 2: Give a source"_s)) << errors.toStdString();
    EXPECT_TRUE(errors.contains(u"invalid date 2024-13"_s)) << errors.toStdString();
    EXPECT_TRUE(errors.contains(u"does not say how"_s)) << errors.toStdString();
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM companies"_s), 0) << "a failed compile leaves nothing behind";
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"compile-bad"_s);
}

TEST(PartialDate, ParsesEveryPrecision)
{
    EXPECT_EQ(PartialDate::parse(u"2025-02-09"_s).toIso(), u"2025-02-09"_s);
    EXPECT_EQ(PartialDate::parse(u"2025-02"_s).precision, PartialDate::Precision::Month);
    const PartialDate quarter = PartialDate::parse(u"2024-Q4"_s);
    EXPECT_EQ(quarter.toIso(), u"2024-10-01"_s);
    EXPECT_EQ(quarter.lastDay(), QDate(2024, 12, 31));
    EXPECT_EQ(quarter.toNotation(), u"2024-Q4"_s);
    EXPECT_EQ(PartialDate::parse(u"2025"_s).precision, PartialDate::Precision::Year);
    EXPECT_FALSE(PartialDate::parse(u"2025-Q5"_s).isValid());
    EXPECT_FALSE(PartialDate::parse(u"2025-02-30"_s).isValid());
    EXPECT_FALSE(PartialDate::parse(QString()).isValid());
}

TEST(CitationResolver, FindsFiguresAcrossWidthAndSpacing)
{
    EXPECT_EQ(CitationResolver::findFigure(u"补充弹药达15亿人民币"_s, u"15亿"_s), 5);
    EXPECT_EQ(CitationResolver::findFigure(u"补充弹药达１５亿人民币"_s, u"15亿"_s), 5);
    EXPECT_EQ(CitationResolver::findFigure(u"reaching 1.5  billion RMB"_s, u"1.5 billion"_s), 9);
    EXPECT_EQ(CitationResolver::findFigure(u"nothing here"_s, u"15亿"_s), -1);
}

TEST_F(DatabaseFixture, CitationsResolveOnceTheArticleIsImported)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlDatabase db = database->connection();
    CitationResolver resolver(db);
    EXPECT_EQ(resolver.resolve(u"sample-article"_s, u"zh"_s, 0, u"15亿"_s).state,
              ResolvedCitation::State::ArticleNotImported);

    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(
        u"INSERT INTO main.imported_articles (id, article_key, title, languages, fingerprint, source_path, encoding) "
        "VALUES (1, 'sample-article', 'A sample article', 'en,zh', 'abc', '/tmp/x', 'UTF-8')"_s));
    ASSERT_TRUE(query.exec(
        u"INSERT INTO main.paragraphs (article_id, lang, idx, kind, text) VALUES (1, 'zh', 0, 'body', '融资15亿人民币')"_s));
    ASSERT_TRUE(query.exec(
        u"INSERT INTO main.paragraphs (article_id, lang, idx, kind, text) VALUES (1, 'en', 1, 'body', 'no figure')"_s));
    resolver.reset();
    const ResolvedCitation zh = resolver.resolve(u"sample-article"_s, u"zh"_s, 0, u"15亿"_s);
    EXPECT_EQ(zh.state, ResolvedCitation::State::Resolved);
    EXPECT_EQ(zh.figurePosition, 2);
    EXPECT_EQ(resolver.resolve(u"sample-article"_s, u"en"_s, 1, u"1.5 billion"_s).state,
              ResolvedCitation::State::FigureNotFound);
    EXPECT_EQ(resolver.resolve(u"sample-article"_s, u"en"_s, 7, u"1.5 billion"_s).state,
              ResolvedCitation::State::ParagraphMissing);
    // Full-text index follows the paragraphs table.
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.paragraphs_fts WHERE paragraphs_fts MATCH '\"15亿人\"'"_s), 1);
}

TEST_F(DatabaseFixture, JsonExportCarriesBothNamesAndCitations)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    const QJsonObject json = DatasetExporter(database->connection()).toJson();
    EXPECT_EQ(json.value("format"_L1).toString(), u"tigerscope-export"_s);
    const QJsonArray companies = json.value("companies"_L1).toArray();
    ASSERT_EQ(companies.size(), 2);
    const QJsonObject acme = companies.at(0).toObject();
    EXPECT_EQ(acme.value("name_zh"_L1).toString(), u"示例模型"_s);
    EXPECT_EQ(acme.value("name_en"_L1).toString(), u"Acme Models"_s);
    EXPECT_EQ(acme.value("aliases"_L1).toArray().size(), 2);
    const QJsonArray observations = json.value("observations"_L1).toArray();
    ASSERT_EQ(observations.size(), 2);
    const QJsonObject first = observations.at(0).toObject();
    EXPECT_EQ(first.value("value"_L1).toDouble(), 1.5e9);
    EXPECT_EQ(first.value("as_of"_L1).toString(), u"2024-10-01"_s);
    EXPECT_EQ(first.value("as_of_precision"_L1).toString(), u"quarter"_s);
    EXPECT_EQ(first.value("citations"_L1).toArray().size(), 2);
    EXPECT_TRUE(observations.at(1).toObject().value("as_of"_L1).isNull());
    const QJsonArray people = json.value("people"_L1).toArray();
    ASSERT_EQ(people.size(), 1);
    EXPECT_TRUE(people.at(0).toObject().value("name_zh"_L1).isNull());
    EXPECT_EQ(
        people.at(0).toObject().value("roles"_L1).toArray().at(0).toObject().value("citations"_L1).toArray().size(), 1);
}

TEST_F(DatabaseFixture, CsvExportQuotesAndWritesEveryTable)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QTemporaryDir out;
    QString error;
    ASSERT_TRUE(DatasetExporter(database->connection()).writeCsv(out.filePath(u"csv"_s), &error))
        << error.toStdString();
    for (const char *table : {"companies", "observations", "events", "citations", "people", "paragraphs"})
        EXPECT_TRUE(QFile::exists(out.filePath(u"csv/%1.csv"_s.arg(QLatin1StringView(table))))) << table;
    const QString observations = QString::fromUtf8(readAll(out.filePath(u"csv/observations.csv"_s)));
    EXPECT_TRUE(observations.startsWith(u"id,company,company_en,company_zh,metric"_s));
    EXPECT_TRUE(observations.section(u"\r\n"_s, 0, 0).contains(u",derivation,note_zh,note_en,origin,"_s))
        << "the note columns docs/export-format.md promises";
    EXPECT_TRUE(
        observations.contains(u"\"sample-article en ¶1 \"\"1.5 billion\"\"; sample-article zh ¶0 \"\"15亿\"\"\""_s)
        || observations.contains(u"sample-article zh ¶0"_s));
    // A file where a folder is expected is an error, and the file is left alone.
    QFile blocker(out.filePath(u"file"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.write("mine");
    blocker.close();
    EXPECT_FALSE(DatasetExporter(database->connection()).writeCsv(out.filePath(u"file"_s), &error));
    EXPECT_EQ(readAll(out.filePath(u"file"_s)), QByteArray("mine"));
}

namespace {

/// Fills the user database past Database::FullCheckMaxBytes, then overwrites pages in its middle.
void writeLargeDamagedDatabase(const std::function<std::unique_ptr<Database>()> &open, const QString &path)
{
    {
        auto database = open();
        ASSERT_TRUE(database);
        QSqlQuery insert(database->connection());
        ASSERT_TRUE(insert.exec(u"BEGIN"_s));
        ASSERT_TRUE(insert.prepare(u"INSERT INTO main.notes (text) VALUES (?)"_s));
        for (int i = 0; i < 18'000; ++i) {
            insert.addBindValue(QString(1000, QChar(u'a' + i % 26)));
            ASSERT_TRUE(insert.exec());
        }
        ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"COMMIT"_s));
    }
    ASSERT_GT(QFileInfo(path).size(), Database::FullCheckMaxBytes);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(file.size() / 2));
    file.write(QByteArray(64 * 4096, '\xAB'));
}

} // namespace

TEST_F(DatabaseFixture, OpenMarkerExistsOnlyWhileOpen)
{
    const QString marker = Database::openMarkerPath(userPath());
    {
        auto database = openDatabase();
        ASSERT_TRUE(database);
        EXPECT_TRUE(QFile::exists(marker));
    }
    EXPECT_FALSE(QFile::exists(marker));
}

TEST_F(DatabaseFixture, LargeDatabaseIsFullyCheckedOnlyAfterUncleanShutdown)
{
    writeLargeDamagedDatabase([this] { return openDatabase(); }, userPath());
    {
        // Clean shutdown last time: only the cheap probe runs, and the damage goes unnoticed.
        auto database = openDatabase();
        ASSERT_TRUE(database);
        for (const DatabaseNotice &notice : database->notices())
            EXPECT_NE(notice.kind, DatabaseNotice::Kind::MovedAsideCorrupt);
    }
    {
        // As if the last session had crashed: the marker is still there.
        QFile marker(Database::openMarkerPath(userPath()));
        ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    }
    auto database = openDatabase();
    ASSERT_TRUE(database);
    ASSERT_FALSE(database->notices().isEmpty());
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::MovedAsideCorrupt);
    EXPECT_TRUE(QFile::exists(database->notices().first().path));
}

TEST(BigramIndex, PairsAdjacentLettersAndDigitsCaseFolded)
{
    EXPECT_EQ(BigramIndex::document(u"智能体"), u"智能 能体"_s);
    EXPECT_EQ(BigramIndex::document(u"AI, 2025年。"), u"ai 20 02 25 5年"_s);
    EXPECT_EQ(BigramIndex::document(u"a b c"), QString());
    EXPECT_EQ(BigramIndex::document(u""), QString());
    // A character outside the Basic Multilingual Plane counts as one.
    const QString extensionB = u"\U00020000\U00020001"_s;
    EXPECT_EQ(BigramIndex::document(extensionB), extensionB);

    EXPECT_TRUE(BigramIndex::canAnswer(u"智能"));
    EXPECT_TRUE(BigramIndex::canAnswer(u"Ai"));
    EXPECT_TRUE(BigramIndex::canAnswer(extensionB));
    EXPECT_FALSE(BigramIndex::canAnswer(u"智"));
    EXPECT_FALSE(BigramIndex::canAnswer(u"智能体"));
    EXPECT_FALSE(BigramIndex::canAnswer(u"A."));
    EXPECT_EQ(BigramIndex::matchExpression(u"AI"), u"\"ai\""_s);
}

namespace {

/// Writes a schema-1 user database holding one imported article, as version 1 left it.
void writeVersionOneDatabase(const QString &path, const QStringList &extraStatements = {})
{
    writeDatabaseAtVersion(
        path, 1,
        QStringList{u"INSERT INTO imported_articles (id, title, languages, fingerprint, source_path, "
                    "encoding) VALUES (1, 'Old import', 'en,zh', 'f1', '/old.txt', 'UTF-8')"_s,
                    u"INSERT INTO paragraphs (article_id, lang, idx, kind, text) VALUES "
                    "(1, 'zh', 0, 'body', '人工智能公司的融资'), (1, 'en', 0, 'body', 'Two AI labs "
                    "raised money')"_s,
                    u"INSERT INTO notes (text) VALUES ('my note')"_s}
            + extraStatements);
}

int bigramMatches(const QSqlDatabase &db, const QString &twoCharacters)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM main.paragraphs_bigrams WHERE paragraphs_bigrams MATCH ?"_s);
    query.addBindValue(BigramIndex::matchExpression(twoCharacters));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_F(DatabaseFixture, UpgradesVersionOneAndIndexesItsParagraphs)
{
    writeVersionOneDatabase(userPath());
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlDatabase db = database->connection();
    EXPECT_EQ(Schema::version(db), Schema::CurrentVersion);
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::Migrated);
    EXPECT_TRUE(QFileInfo::exists(database->notices().first().path)) << "the old file is kept";
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.notes WHERE text = 'my note'"_s), 1);
    // Paragraphs imported under version 1 are in the bigram index.
    EXPECT_EQ(bigramMatches(db, u"智能"_s), 1);
    EXPECT_EQ(bigramMatches(db, u"融资"_s), 1);
    EXPECT_EQ(bigramMatches(db, u"ai"_s), 1);
    EXPECT_EQ(bigramMatches(db, u"能人"_s), 0);
    EXPECT_EQ(
        countRows(
            db, u"SELECT count(*) FROM main.sqlite_master WHERE name IN ('companies_name_en', 'companies_name_zh')"_s),
        2);

    // A new database has exactly the upgraded one's schema.
    QTemporaryDir freshDir;
    auto fresh = Database::open({freshDir.path(), m_shippedPath, true}, &error);
    ASSERT_TRUE(fresh) << error.toStdString();
    auto schemaOf = [](const QSqlDatabase &connection) {
        QStringList entries;
        QSqlQuery query(connection);
        query.exec(
            u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM main.sqlite_master ORDER BY type, name"_s);
        while (query.next())
            entries << query.value(0).toString();
        return entries;
    };
    EXPECT_EQ(schemaOf(fresh->connection()), schemaOf(db));
}

TEST_F(DatabaseFixture, UpgradeKeepsTheDismissalsTableMadeOnFirstUse)
{
    // Before schema 6 the reader created the table the first time a suggestion was dismissed.
    writeVersionOneDatabase(
        userPath(),
        {u"CREATE TABLE dismissed_suggestions (article_id INTEGER NOT NULL REFERENCES "
         "imported_articles (id) ON DELETE CASCADE, key TEXT NOT NULL, PRIMARY KEY (article_id, key))"_s,
         u"INSERT INTO dismissed_suggestions VALUES (1, 'zh:2:15亿')"_s});
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    EXPECT_EQ(Schema::version(database->connection()), Schema::CurrentVersion);
    EXPECT_EQ(countRows(database->connection(), u"SELECT count(*) FROM main.dismissed_suggestions"_s), 1);
}

TEST_F(DatabaseFixture, UpgradeCreatesTheDismissalsTableBeforeAnythingIsDismissed)
{
    writeVersionOneDatabase(userPath());
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlDatabase db = database->connection();
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.sqlite_master WHERE name = 'dismissed_suggestions'"_s), 1);
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.exec(u"INSERT INTO main.dismissed_suggestions VALUES (1, 'en:0:x')"_s));
    ASSERT_TRUE(insert.exec(u"DELETE FROM main.imported_articles WHERE id = 1"_s));
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.dismissed_suggestions"_s), 0)
        << "a dismissal goes with its article";
}

TEST_F(DatabaseFixture, FailedUpgradeLeavesTheDatabaseAsItWas)
{
    // A table in the way of the upgrade: its CREATE fails half-way through the script.
    writeVersionOneDatabase(userPath(), {u"CREATE TABLE paragraphs_bigrams (x)"_s});
    const QByteArray before = readAll(userPath());
    QString error;
    EXPECT_FALSE(openDatabase(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(userPath()), before) << "nothing of the upgrade was written";
    const QStringList backups = QDir(m_dataDir.path()).entryList({u"user.sqlite.backup-v1-*"_s});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(readAll(m_dataDir.filePath(backups.first())), before);
}
