// `tigerscope import-article` run as a program, on the seed articles (read at run time from the
// seeds folder) and on files written by the tests; then `export-data` proves that every citation
// of the shipped dataset resolves to an imported paragraph.
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

/// Runs the real binary against a data folder, with no display and private XDG folders.
class Cli
{
public:
    Cli()
    {
        EXPECT_TRUE(m_dataDir.isValid());
        EXPECT_TRUE(m_home.isValid());
    }

    QString dataDir() const { return m_dataDir.path(); }
    QString file(const QString &name) const { return QDir(m_home.path()).filePath(name); }

    CliRun run(const QStringList &arguments, const QList<std::pair<QString, QString>> &variables = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        for (const char *name : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            environment.insert(QString::fromLatin1(name), QDir(m_home.path()).filePath(QString::fromLatin1(name)));
        for (const auto &[name, value] : variables)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        process.start(testsupport::executablePath(), QStringList{u"--data-dir"_s, dataDir()} + arguments);
        CliRun result;
        if (!process.waitForStarted(30000) || !process.waitForFinished(180000)) {
            ADD_FAILURE() << "tigerscope did not run: " << qPrintable(process.errorString());
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QJsonObject exportJson() const
    {
        const CliRun exported = run({u"export-data"_s, u"--format"_s, u"json"_s});
        EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(exported.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
        return document.object();
    }

    /// One number from the user's database, read directly.
    int count(const QString &sql) const
    {
        const QString connection = QUuid::createUuid().toString();
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(QDir(dataDir()).filePath(u"user.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }

    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile out(file(name));
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }

private:
    QTemporaryDir m_dataDir;
    QTemporaryDir m_home;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

/// Splits a bilingual seed before its first line that is mostly Han characters (the test's own rule).
std::pair<QString, QString> splitAtFirstChineseLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qsizetype han = 0;
        for (QChar c : lines[i])
            han += c.script() == QChar::Script_Han ? 1 : 0;
        if (han * 2 > lines[i].trimmed().size())
            return {lines.mid(0, i).join(u'\n'), lines.mid(i).join(u'\n')};
    }
    return {text, QString()};
}

QString describe(const QString &owner, const QJsonObject &citation)
{
    return u"%1: %2 %3 paragraph %4 \"%5\" -> %6%7"_s.arg(
        owner, citation.value("article"_L1).toString(), citation.value("lang"_L1).toString(),
        QString::number(citation.value("paragraph"_L1).toInt()), citation.value("printed"_L1).toString(),
        citation.value("resolution"_L1).toString(),
        citation.contains("passage"_L1) ? u"\n    passage: "_s + citation.value("passage"_L1).toString() : QString());
}

/// Every citation of every observation, event and role, as (owner description, citation).
QList<std::pair<QString, QJsonObject>> allCitations(const QJsonObject &exported)
{
    QList<std::pair<QString, QJsonObject>> result;
    auto collect = [&](const QString &owner, const QJsonValue &citations) {
        for (const QJsonValue &citation : citations.toArray())
            result.append({owner, citation.toObject()});
    };
    for (const QJsonValue &observation : exported.value("observations"_L1).toArray())
        collect(u"observation %1"_s.arg(observation[u"id"_s].toInteger()), observation[u"citations"_s]);
    for (const QJsonValue &event : exported.value("events"_L1).toArray())
        collect(u"event %1"_s.arg(event[u"id"_s].toInteger()), event[u"citations"_s]);
    for (const QJsonValue &person : exported.value("people"_L1).toArray()) {
        for (const QJsonValue &role : person[u"roles"_s].toArray())
            collect(u"role of %1"_s.arg(person[u"id"_s].toString()), role[u"citations"_s]);
    }
    return result;
}

/// "imported TAB ID TAB KEY TAB LANGS TAB zh=N en=M TAB TITLE" split into its fields.
QStringList fields(const QString &line)
{
    return line.split(u'\t');
}

} // namespace

// With TIGERSCOPE_SEEDS_DIR set, a missing seed is a failure; without it, the suite skips.
#define SEED_PATH_OR_SKIP(variable, prefix) \
    const QString variable = testsupport::seedPath(prefix); \
    if (variable.isEmpty()) { \
        if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seed " << qPrintable(prefix) << " missing from " << qPrintable(testsupport::seedsDir()); \
        GTEST_SKIP() << "seed " << qPrintable(prefix) << " not available"; \
    }

TEST(ImportCommand, SeedsImportAndEveryShippedCitationResolves)
{
    SEED_PATH_OR_SKIP(seed003, u"003"_s);
    SEED_PATH_OR_SKIP(seed000, u"000"_s);
    const Cli cli;

    // Before importing, nothing resolves.
    const QList<std::pair<QString, QJsonObject>> before = allCitations(cli.exportJson());
    ASSERT_GT(before.size(), 50);
    for (const auto &[owner, citation] : before)
        ASSERT_FALSE(citation.value("resolved"_L1).toBool()) << qPrintable(describe(owner, citation));

    const CliRun imported = cli.run({u"import-article"_s, seed003, seed000});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.err.isEmpty()) << qPrintable(imported.err);
    const QStringList lines = imported.outLines();
    ASSERT_EQ(lines.size(), 2) << qPrintable(imported.out);
    const QStringList first = fields(lines[0]);
    const QStringList second = fields(lines[1]);
    ASSERT_EQ(first.size(), 6) << qPrintable(lines[0]);
    ASSERT_EQ(second.size(), 6) << qPrintable(lines[1]);
    EXPECT_EQ(first[0], u"imported"_s);
    EXPECT_EQ(first[2], u"six-tigers-bat-2025"_s);
    EXPECT_EQ(first[3], u"en,zh"_s);
    EXPECT_EQ(first[4], u"zh=34 en=49"_s);
    EXPECT_EQ(first[5], QString::fromUtf8(readFile(seed003)).section(u'\n', 0, 0).trimmed());
    EXPECT_EQ(second[0], u"imported"_s);
    EXPECT_EQ(second[2], u"deepseek-per-capita"_s);
    EXPECT_EQ(second[3], u"en"_s);
    EXPECT_EQ(second[4], u"zh=0 en=61"_s);
    EXPECT_NE(first[1], second[1]);

    const QJsonObject exported = cli.exportJson();
    const QList<std::pair<QString, QJsonObject>> citations = allCitations(exported);
    EXPECT_EQ(citations.size(), before.size());
    QStringList unresolved;
    for (const auto &[owner, citation] : citations) {
        if (!citation.value("resolved"_L1).toBool())
            unresolved << describe(owner, citation);
    }
    EXPECT_TRUE(unresolved.isEmpty()) << unresolved.size() << " of " << citations.size()
                                      << " citations do not resolve:\n"
                                      << qPrintable(unresolved.join(u'\n'));

    // Both shipped articles point at their import; the import lists its paragraphs by language.
    for (const QJsonValue &article : exported.value("articles"_L1).toArray())
        EXPECT_FALSE(article[u"imported_article"_s].isNull()) << qPrintable(article[u"key"_s].toString());
    const QJsonArray importedArticles = exported.value("imported_articles"_L1).toArray();
    ASSERT_EQ(importedArticles.size(), 2);
    const QJsonObject six = importedArticles.at(0).toObject();
    EXPECT_EQ(QString::number(six.value("id"_L1).toInteger()), first[1]);
    EXPECT_EQ(six.value("article_key"_L1).toString(), u"six-tigers-bat-2025"_s);
    EXPECT_EQ(six.value("encoding"_L1).toString(), u"UTF-8"_s);
    EXPECT_EQ(six.value("published"_L1).toString(), u"2025-03-26"_s);
    const QJsonObject sixParagraphs = six.value("paragraphs"_L1).toObject();
    EXPECT_EQ(sixParagraphs.value("en"_L1).toArray().size(), 49);
    EXPECT_EQ(sixParagraphs.value("zh"_L1).toArray().size(), 34);
    const QJsonArray zh = sixParagraphs.value("zh"_L1).toArray();
    for (qsizetype i = 0; i < zh.size(); ++i)
        EXPECT_EQ(zh[i][u"index"_s].toInt(), int(i));
    // Recognised by fingerprint: the dataset's fingerprints are those of the seeds as imported.
    QHash<QString, QString> shippedFingerprints;
    for (const QJsonValue &article : exported.value("articles"_L1).toArray())
        shippedFingerprints.insert(article[u"key"_s].toString(), article[u"fingerprint"_s].toString());
    for (const QJsonValue &article : importedArticles) {
        EXPECT_EQ(shippedFingerprints.value(article[u"article_key"_s].toString()), article[u"fingerprint"_s].toString())
            << "resources/data/articles.json has a stale fingerprint for "
            << qPrintable(article[u"article_key"_s].toString());
    }
    const QJsonObject perCapita = importedArticles.at(1).toObject();
    EXPECT_EQ(perCapita.value("paragraphs"_L1).toObject().value("en"_L1).toArray().size(), 61);
    EXPECT_FALSE(perCapita.value("paragraphs"_L1).toObject().contains("zh"_L1));

    // The bilingual seed was aligned on import; the English-only one was not.
    EXPECT_GT(cli.count(u"SELECT count(*) FROM alignments WHERE article_id = %1"_s.arg(first[1])), 30);
    EXPECT_EQ(cli.count(u"SELECT sum(zh_count) FROM alignments WHERE article_id = %1"_s.arg(first[1])), 34);
    EXPECT_EQ(cli.count(u"SELECT sum(en_count) FROM alignments WHERE article_id = %1"_s.arg(first[1])), 49);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM alignments WHERE article_id = %1"_s.arg(second[1])), 0);
}

TEST(ImportCommand, ReimportsAndOtherEncodingsAndPairsAreUnchanged)
{
    SEED_PATH_OR_SKIP(seed003, u"003"_s);
    const Cli cli;
    const CliRun first = cli.run({u"import-article"_s, seed003});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    const QStringList imported = fields(first.outLines().value(0));
    ASSERT_EQ(imported.size(), 6);
    ASSERT_EQ(imported[0], u"imported"_s);
    const int paragraphs = cli.count(u"SELECT count(*) FROM paragraphs"_s);
    const int beads = cli.count(u"SELECT count(*) FROM alignments"_s);
    ASSERT_EQ(paragraphs, 83);

    auto expectUnchanged = [&](const CliRun &run, const char *what) {
        EXPECT_EQ(run.exitCode, 0) << what << ": " << qPrintable(run.err);
        const QStringList lines = run.outLines();
        ASSERT_EQ(lines.size(), 1) << what << ": " << qPrintable(run.out);
        QStringList expected = imported;
        expected[0] = u"unchanged"_s;
        EXPECT_EQ(fields(lines[0]), expected) << what;
        EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles"_s), 1) << what;
        EXPECT_EQ(cli.count(u"SELECT count(*) FROM paragraphs"_s), paragraphs) << what;
        EXPECT_EQ(cli.count(u"SELECT count(*) FROM alignments"_s), beads) << what;
    };

    expectUnchanged(cli.run({u"import-article"_s, seed003}), "the same file again");

    // A GB18030 copy, made here.
    const QString text = QString::fromUtf8(readFile(seed003));
    QStringEncoder gb18030("GB18030");
    const QByteArray gbBytes = gb18030.encode(text);
    ASSERT_FALSE(gb18030.hasError());
    ASSERT_NE(gbBytes, text.toUtf8());
    ASSERT_TRUE(cli.write(u"copy-gb18030.txt"_s, gbBytes));
    expectUnchanged(cli.run({u"import-article"_s, cli.file(u"copy-gb18030.txt"_s)}), "GB18030 copy");

    // The two language versions as two files, Chinese first, merged with --pair.
    const auto [english, chinese] = splitAtFirstChineseLine(text);
    ASSERT_FALSE(english.trimmed().isEmpty());
    ASSERT_FALSE(chinese.trimmed().isEmpty());
    ASSERT_TRUE(cli.write(u"part-zh.txt"_s, QStringEncoder("GB18030").encode(chinese)));
    ASSERT_TRUE(cli.write(u"part-en.txt"_s, english.toUtf8()));
    expectUnchanged(cli.run({u"import-article"_s, u"--pair"_s, cli.file(u"part-zh.txt"_s), cli.file(u"part-en.txt"_s)}),
                    "--pair");

    // Each part alone is another article (one language), recognised by its title where it has one.
    const CliRun englishOnly = cli.run({u"import-article"_s, cli.file(u"part-en.txt"_s)});
    ASSERT_EQ(englishOnly.exitCode, 0) << qPrintable(englishOnly.err);
    const QStringList part = fields(englishOnly.outLines().value(0));
    ASSERT_EQ(part.size(), 6);
    EXPECT_EQ(part[0], u"imported"_s);
    EXPECT_EQ(part[2], u"six-tigers-bat-2025"_s); // by title: its fingerprint is not the dataset's
    EXPECT_EQ(part[3], u"en"_s);
    EXPECT_EQ(part[4], u"zh=0 en=49"_s);
}

TEST(ImportCommand, BadFilesFailOneLineEachAndTheGoodOnesStillImport)
{
    const Cli cli;
    ASSERT_TRUE(cli.write(u"good.txt"_s,
                          u"A Walk by the Canal\n\nThe towpath was quiet in the early morning, and "
                          "the only sound was a heron lifting off the water.\n"_s.toUtf8()));
    ASSERT_TRUE(cli.write(u"empty.txt"_s, QByteArray()));
    ASSERT_TRUE(cli.write(u"binary.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)));
    QByteArray garbled;
    for (int i = 0; i < 200; ++i)
        garbled += "\x80\xff\x80\xff ab ";
    ASSERT_TRUE(cli.write(u"garbled.txt"_s, garbled));
    {
        QFile big(cli.file(u"big.txt"_s));
        ASSERT_TRUE(big.open(QIODevice::WriteOnly));
        ASSERT_TRUE(big.resize(20 * 1024 * 1024 + 1));
    }
    const QStringList bad = {cli.file(u"missing.txt"_s), cli.file(u"empty.txt"_s), cli.file(u"binary.txt"_s),
                             cli.file(u"garbled.txt"_s), cli.file(u"big.txt"_s)};

    const CliRun run
        = cli.run(QStringList{u"import-article"_s} + bad.mid(0, 2) + QStringList{cli.file(u"good.txt"_s)} + bad.mid(2));
    EXPECT_EQ(run.exitCode, 1);
    const QStringList errors = run.errLines();
    ASSERT_EQ(errors.size(), bad.size()) << qPrintable(run.err);
    for (qsizetype i = 0; i < bad.size(); ++i) {
        const QString prefix = u"tigerscope: %1: "_s.arg(QDir::toNativeSeparators(bad[i]));
        EXPECT_TRUE(errors[i].startsWith(prefix)) << qPrintable(errors[i]);
        EXPECT_GT(errors[i].size(), prefix.size() + 5) << "a message follows the file name";
    }
    const QStringList lines = run.outLines();
    ASSERT_EQ(lines.size(), 1) << qPrintable(run.out);
    const QStringList good = fields(lines[0]);
    ASSERT_EQ(good.size(), 6);
    EXPECT_EQ(good[0], u"imported"_s);
    EXPECT_EQ(good[2], u"-"_s);
    EXPECT_EQ(good[3], u"en"_s);
    EXPECT_EQ(good[4], u"zh=0 en=2"_s);
    EXPECT_EQ(good[5], u"A Walk by the Canal"_s);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles"_s), 1);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM paragraphs"_s), 2);

    // All good: exit 0.
    EXPECT_EQ(cli.run({u"import-article"_s, cli.file(u"good.txt"_s)}).exitCode, 0);
}

TEST(ImportCommand, LargeFileShowsNoProgressWhenStderrIsNotATerminal)
{
    const Cli cli;
    QString text = u"A Long Ledger\n\n"_s;
    for (int i = 0; i < 6000; ++i)
        text
            += u"Entry %1: the warehouse received crates of tea, rope and lamp oil, and sent them on by barge.\n"_s.arg(
                i);
    ASSERT_GT(text.toUtf8().size(), 512 * 1024);
    ASSERT_TRUE(cli.write(u"long.txt"_s, text.toUtf8()));
    const CliRun run = cli.run({u"import-article"_s, cli.file(u"long.txt"_s)});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.isEmpty()) << qPrintable(run.err.left(500));
    const QStringList line = fields(run.outLines().value(0));
    ASSERT_EQ(line.size(), 6);
    EXPECT_EQ(line[4], u"zh=0 en=6001"_s);
}

TEST(ImportCommand, PairNeedsTwoFilesInDifferentLanguages)
{
    const Cli cli;
    ASSERT_TRUE(cli.write(u"a.txt"_s,
                          u"Morning Tide\n\nThe tide came in over the flats before the first bus left "
                          "the harbour, covering the footprints of the early walkers.\n"_s.toUtf8()));
    ASSERT_TRUE(cli.write(u"b.txt"_s,
                          u"Evening Tide\n\nBy evening the water had gone out again and the gulls "
                          "walked the wet sand looking for whatever it had left behind.\n"_s.toUtf8()));
    const CliRun one = cli.run({u"import-article"_s, u"--pair"_s, cli.file(u"a.txt"_s)});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_EQ(one.errLines().size(), 1) << qPrintable(one.err);
    const CliRun none = cli.run({u"import-article"_s});
    EXPECT_EQ(none.exitCode, 2);

    const CliRun same = cli.run({u"import-article"_s, u"--pair"_s, cli.file(u"a.txt"_s), cli.file(u"b.txt"_s)});
    EXPECT_EQ(same.exitCode, 1);
    EXPECT_EQ(same.errLines().size(), 1) << qPrintable(same.err);
    EXPECT_TRUE(same.out.isEmpty()) << qPrintable(same.out);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles"_s), 0);

    const CliRun missing = cli.run({u"import-article"_s, u"--pair"_s, cli.file(u"a.txt"_s), cli.file(u"nope.txt"_s)});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.errLines().size(), 1) << qPrintable(missing.err);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles"_s), 0);
}

TEST(ImportCommand, WebPagesAndPdfsAreAccepted)
{
    const Cli cli;
    QFile page(QDir(QStringLiteral(TIGERSCOPE_IMPORT_PAGES_DIR)).filePath(u"news-en.html"_s));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    ASSERT_TRUE(cli.write(u"ferry.htm"_s, html));
    ASSERT_TRUE(cli.write(u"damaged.pdf"_s, "%PDF-1.4\nthis is not the rest of a PDF\n"));
    const CliRun run = cli.run({u"import-article"_s, cli.file(u"ferry.htm"_s), cli.file(u"damaged.pdf"_s)});
    EXPECT_EQ(run.exitCode, 1);
    // The damaged PDF: one line, the application's own, whatever Poppler thought of the file.
    const QStringList errors = run.errLines();
    ASSERT_EQ(errors.size(), 1) << qPrintable(run.err);
    EXPECT_TRUE(errors[0].startsWith(u"tigerscope: %1: "_s.arg(QDir::toNativeSeparators(cli.file(u"damaged.pdf"_s)))));
    const QStringList lines = run.outLines();
    ASSERT_EQ(lines.size(), 1) << qPrintable(run.out);
    EXPECT_EQ(fields(lines[0]).value(5), u"River ferry returns after winter repairs"_s);
    EXPECT_EQ(
        cli.count(u"SELECT count(*) FROM imported_articles WHERE format = 'html' "
                  "AND url = 'https://courier.example.org/local/ferry-returns' AND outlet = 'The Harbour Courier'"_s),
        1);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM paragraphs WHERE text LIKE '%cookie%' OR text LIKE '%Comments%'"_s), 0);
}

TEST(ImportCommand, PdfsNeedTheirPluginAndSayWhenItIsMissing)
{
    const Cli cli;
    // A chart's PDF export is a PDF with a text layer.
    const QString pdf = cli.file(u"chart.pdf"_s);
    ASSERT_EQ(cli.run({u"export-chart"_s, u"--chart"_s, u"financing"_s, u"--out"_s, pdf}).exitCode, 0);
    const QTemporaryDir noPlugins;
    const CliRun without = cli.run({u"import-article"_s, pdf}, {{u"TIGERSCOPE_PLUGIN_DIR"_s, noPlugins.path()}});
    EXPECT_EQ(without.exitCode, 1);
    ASSERT_EQ(without.errLines().size(), 1) << qPrintable(without.err);
    EXPECT_TRUE(without.errLines()[0].contains(u"tigerscope_pdf"_s)) << qPrintable(without.err);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles"_s), 0);

    const CliRun with = cli.run({u"import-article"_s, pdf});
    EXPECT_EQ(with.exitCode, 0) << qPrintable(with.err);
    EXPECT_EQ(cli.count(u"SELECT count(*) FROM imported_articles WHERE format = 'pdf'"_s), 1);
}
