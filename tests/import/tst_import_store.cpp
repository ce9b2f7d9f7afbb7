// ArticleStore and AlignmentStore on small synthetic articles written for these tests, against a
// shipped dataset compiled at run time that knows one of them by fingerprint and one by title.
#include "AlignmentStore.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "BigramIndex.h"
#include "Database.h"
#include "DatasetCompiler.h"
#include "Schema.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

const QString kEnglish = u"The Quiet Harbour: Notes on Rain\n"
                         "Harbour Weekly\n"
                         "\n"
                         "Rain fell on the quiet harbour for three days, and the fishing boats stayed tied to the pier "
                         "while the market sold dried fish instead.\n"
                         "\n"
                         "The harbour master counted 42 boats on the first morning and 40 on the third, because two "
                         "crews sailed north to find clearer water.\n"
                         "\n"
                         "Local children built paper lanterns and floated them along the sea wall every evening, "
                         "long after the shops had closed and the lamps on the quay were lit.\n"_s;

const QString kChinese = u"静港：雨的笔记\n"
                         "\n"
                         "雨在安静的港口下了三天，渔船一直系在码头上，集市上卖的是鱼干。\n"
                         "\n"
                         "港务长第一天早上数到42条船，第三天是40条，因为有两组船员向北航行寻找更清澈的海水。\n"
                         "\n"
                         "当地的孩子们做了纸灯笼，每天傍晚沿着海堤放飞，直到商店关门、码头上的灯都亮了很久以后。\n"_s;

ParsedArticle parse(const QString &text, const QString &name = u"synthetic.txt"_s)
{
    const ParseResult result = ArticleParser::parseBytes(text.toUtf8(), name);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    return result.article.value_or(ParsedArticle{});
}

ParsedArticle bilingual()
{
    return parse(kEnglish + u"\n"_s + kChinese);
}

bool writeJson(const QString &path, const QJsonArray &array)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(array).toJson()) > 0;
}

QJsonObject articleEntry(const QString &key, const QString &titleEn, const QString &titleZh, const QString &fingerprint)
{
    return {{u"key"_s, key},
            {u"title_en"_s, titleEn.isEmpty() ? QJsonValue() : QJsonValue(titleEn)},
            {u"title_zh"_s, titleZh.isEmpty() ? QJsonValue() : QJsonValue(titleZh)},
            {u"outlet_en"_s, u"Test Outlet"_s},
            {u"outlet_zh"_s, QJsonValue()},
            {u"author"_s, QJsonValue()},
            {u"published"_s, QJsonValue()},
            {u"languages"_s, u"en,zh"_s},
            {u"fingerprint"_s, fingerprint.isEmpty() ? QJsonValue() : QJsonValue(fingerprint)},
            {u"url"_s, QJsonValue()}};
}

QStringList texts(const QList<ParsedParagraph> &paragraphs)
{
    QStringList result;
    for (const ParsedParagraph &p : paragraphs)
        result << p.text;
    return result;
}

QStringList texts(const QList<StoredParagraph> &paragraphs)
{
    QStringList result;
    for (const StoredParagraph &p : paragraphs)
        result << p.text;
    return result;
}

} // namespace

/// A data folder and a shipped dataset in which "quiet-harbour" carries the fingerprint of the
/// bilingual synthetic article (under another title) and "sea-wall" is known by its titles only.
class ArticleStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dataDir.isValid());
        ASSERT_TRUE(m_shippedDir.isValid());
        const QDir json(m_shippedDir.path());
        ASSERT_TRUE(writeJson(json.filePath(u"articles.json"_s),
                              {articleEntry(u"quiet-harbour"_s, u"A Title Nobody Would Match"_s, {},
                                            ArticleParser::fingerprint(bilingual())),
                               articleEntry(u"sea-wall"_s, u"Lanterns on the Sea Wall"_s, u"海堤上的灯笼"_s, {})}));
        for (const QString &name :
             {u"metrics.json"_s, u"companies.json"_s, u"people.json"_s, u"observations.json"_s, u"events.json"_s})
            ASSERT_TRUE(writeJson(json.filePath(name), QJsonArray{}));

        const QString shippedPath = json.filePath(u"shipped.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"import-fixture-compile"_s);
            db.setDatabaseName(shippedPath);
            ASSERT_TRUE(db.open());
            QString error;
            ASSERT_TRUE(Schema::create(db, &error)) << qPrintable(error);
            DatasetCompiler compiler;
            const bool compiled = compiler.compile(m_shippedDir.path(), db);
            EXPECT_TRUE(compiled) << qPrintable(compiler.errors().join(u'\n'));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"import-fixture-compile"_s);

        QString error;
        m_database = Database::open({m_dataDir.path(), shippedPath, true}, &error);
        ASSERT_TRUE(m_database) << qPrintable(error);
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(sql)) << qPrintable(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }

    /// Rows of the full-text index itself (not its content table) matching an FTS5 query.
    int indexMatches(const QString &ftsQuery) const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(u"SELECT count(*) FROM main.paragraphs_fts WHERE paragraphs_fts MATCH ?"_s);
        query.addBindValue(ftsQuery);
        EXPECT_TRUE(query.exec());
        return query.next() ? query.value(0).toInt() : -1;
    }

    /// Rows of the bigram index matching a two-character query.
    int bigramMatches(const QString &twoCharacters) const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(u"SELECT count(*) FROM main.paragraphs_bigrams WHERE paragraphs_bigrams MATCH ?"_s);
        query.addBindValue(BigramIndex::matchExpression(twoCharacters));
        EXPECT_TRUE(query.exec());
        return query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_shippedDir;
    std::unique_ptr<Database> m_database;
};

TEST_F(ArticleStoreTest, ImportStoresTheArticleAndEveryParagraph)
{
    const ParsedArticle article = bilingual();
    ASSERT_EQ(article.en.size(), 5);
    ASSERT_EQ(article.zh.size(), 4);

    const ImportResult result = ArticleStore::importArticle(article, *m_database);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.status, ImportResult::Status::Imported);
    EXPECT_GT(result.articleId, 0);
    EXPECT_EQ(result.languages, (QStringList{u"en"_s, u"zh"_s}));
    EXPECT_EQ(result.enParagraphs, 5);
    EXPECT_EQ(result.zhParagraphs, 4);
    // Known by its fingerprint although its title differs from the dataset's.
    EXPECT_EQ(result.articleKey, u"quiet-harbour"_s);

    EXPECT_EQ(count(u"SELECT count(*) FROM main.imported_articles"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.paragraphs"_s), 9);

    const QList<StoredParagraph> en = ArticleStore::paragraphs(result.articleId, u"en"_s, *m_database);
    const QList<StoredParagraph> zh = ArticleStore::paragraphs(result.articleId, u"zh"_s, *m_database);
    EXPECT_EQ(texts(en), texts(article.en));
    EXPECT_EQ(texts(zh), texts(article.zh));
    ASSERT_EQ(zh.size(), article.zh.size());
    for (qsizetype i = 0; i < zh.size(); ++i) {
        EXPECT_EQ(zh[i].index, int(i));
        EXPECT_EQ(zh[i].lang, u"zh"_s);
        EXPECT_EQ(zh[i].kind, article.zh[i].kind);
    }

    const QList<StoredArticle> list = ArticleStore::listArticles(*m_database);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].id, result.articleId);
    EXPECT_EQ(list[0].articleKey, u"quiet-harbour"_s);
    EXPECT_EQ(list[0].title, article.title);
    EXPECT_EQ(list[0].fingerprint, article.fingerprint);
    EXPECT_EQ(list[0].languages, (QStringList{u"en"_s, u"zh"_s}));
    EXPECT_EQ(list[0].encoding, u"UTF-8"_s);
    EXPECT_EQ(list[0].sourcePath, u"synthetic.txt"_s);
    EXPECT_EQ(list[0].enParagraphs, 5);
    EXPECT_EQ(list[0].zhParagraphs, 4);
    EXPECT_FALSE(list[0].importedAt.isEmpty());
    EXPECT_EQ(ArticleStore::article(result.articleId, *m_database).fingerprint, article.fingerprint);
    EXPECT_EQ(ArticleStore::article(result.articleId + 1, *m_database).id, -1);
}

TEST_F(ArticleStoreTest, ReimportAddsNothing)
{
    const ImportResult first = ArticleStore::importArticle(bilingual(), *m_database);
    ASSERT_EQ(first.status, ImportResult::Status::Imported) << qPrintable(first.error);
    const int articles = count(u"SELECT count(*) FROM main.imported_articles"_s);
    const int paragraphs = count(u"SELECT count(*) FROM main.paragraphs"_s);
    const int beads = count(u"SELECT count(*) FROM main.alignments"_s);

    // The same text saved as GB18030 with another name is the same article.
    const ParseResult gb
        = ArticleParser::parseBytes(QStringEncoder("GB18030").encode(kEnglish + u"\n"_s + kChinese), u"copy.txt"_s);
    ASSERT_TRUE(gb.ok());
    ASSERT_EQ(gb.article->encoding, u"GB18030"_s);
    for (const ParsedArticle &again : {bilingual(), *gb.article}) {
        const ImportResult second = ArticleStore::importArticle(again, *m_database);
        EXPECT_EQ(second.status, ImportResult::Status::AlreadyImported);
        EXPECT_EQ(second.articleId, first.articleId);
        EXPECT_EQ(second.articleKey, u"quiet-harbour"_s);
        EXPECT_EQ(second.zhParagraphs, 4);
        EXPECT_EQ(second.enParagraphs, 5);
    }
    EXPECT_EQ(count(u"SELECT count(*) FROM main.imported_articles"_s), articles);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.paragraphs"_s), paragraphs);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.alignments"_s), beads);
    EXPECT_EQ(indexMatches(u"\"paper lanterns\""_s), 1);
}

TEST_F(ArticleStoreTest, RecognisesByTitleIgnoringCaseSpacesAndPunctuation)
{
    const ParsedArticle english = parse(u"LANTERNS: on the sea–wall\n\nThe lanterns drifted past the breakwater "
                                        "one by one until the tide turned and carried them out to sea.\n"_s);
    ASSERT_EQ(english.titleEn, u"LANTERNS: on the sea–wall"_s);
    EXPECT_EQ(ArticleStore::recognise(english, *m_database), u"sea-wall"_s);
    const ImportResult imported = ArticleStore::importArticle(english, *m_database);
    EXPECT_EQ(imported.articleKey, u"sea-wall"_s);

    const ParsedArticle chinese
        = parse(u"海堤上的 “灯笼”\n\n灯笼一个接一个地漂过防波堤，直到潮水转向，把它们带到海上。\n"_s);
    ASSERT_EQ(chinese.titleZh, u"海堤上的 “灯笼”"_s);
    EXPECT_EQ(ArticleStore::recognise(chinese, *m_database), u"sea-wall"_s);

    const ParsedArticle unknown = parse(u"Fog over the Estuary\n\nThe fog came in early and the ferries waited at "
                                        "both banks until noon, their horns sounding every few minutes.\n"_s);
    EXPECT_TRUE(ArticleStore::recognise(unknown, *m_database).isEmpty());
    const ImportResult stranger = ArticleStore::importArticle(unknown, *m_database);
    ASSERT_EQ(stranger.status, ImportResult::Status::Imported);
    EXPECT_TRUE(stranger.articleKey.isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM main.imported_articles WHERE article_key IS NULL"_s), 1);

    EXPECT_EQ(ArticleStore::normalisedTitle(u"Ａ  Title—with, PUNCTUATION!"_s), u"atitlewithpunctuation"_s);
}

TEST_F(ArticleStoreTest, BilingualArticlesAreAligned)
{
    const ImportResult result = ArticleStore::importArticle(bilingual(), *m_database);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_GT(result.alignmentBeads, 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.alignments"_s), result.alignmentBeads);
    // The beads cover every paragraph of both languages exactly once.
    EXPECT_EQ(count(u"SELECT sum(zh_count) FROM main.alignments"_s), 4);
    EXPECT_EQ(count(u"SELECT sum(en_count) FROM main.alignments"_s), 5);

    const Alignment alignment = AlignmentStore::load(result.articleId, *m_database);
    ASSERT_EQ(alignment.beads.size(), result.alignmentBeads);
    // The body paragraphs translate each other one to one (English 2..4, Chinese 1..3).
    const QList<QPair<int, int>> links = alignment.links();
    for (const QPair<int, int> &link : {QPair<int, int>{1, 2}, {2, 3}, {3, 4}})
        EXPECT_TRUE(links.contains(link)) << link.first << "-" << link.second;
    for (const AlignmentBead &bead : alignment.beads) {
        EXPECT_GE(bead.confidence, 0.0);
        EXPECT_LE(bead.confidence, 1.0);
    }

    const ImportResult english = ArticleStore::importArticle(parse(kEnglish, u"en.txt"_s), *m_database);
    ASSERT_EQ(english.status, ImportResult::Status::Imported);
    EXPECT_EQ(english.alignmentBeads, 0);
    EXPECT_TRUE(AlignmentStore::load(english.articleId, *m_database).beads.isEmpty());
}

TEST_F(ArticleStoreTest, RemovalTakesParagraphsIndexAndAlignmentAlong)
{
    const ImportResult kept = ArticleStore::importArticle(parse(kEnglish, u"en.txt"_s), *m_database);
    const ImportResult removed = ArticleStore::importArticle(bilingual(), *m_database);
    ASSERT_TRUE(kept.ok() && removed.ok());
    ASSERT_EQ(indexMatches(u"\"纸灯笼\""_s), 1);
    ASSERT_EQ(indexMatches(u"\"paper lanterns\""_s), 2);
    ASSERT_EQ(bigramMatches(u"灯笼"_s), 1);
    ASSERT_EQ(bigramMatches(u"LA"_s), count(u"SELECT count(*) FROM main.paragraphs WHERE text LIKE '%la%'"_s));

    QString error;
    ASSERT_TRUE(ArticleStore::removeArticle(removed.articleId, *m_database, &error)) << qPrintable(error);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.imported_articles"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.paragraphs WHERE article_id = %1"_s.arg(removed.articleId)), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.paragraphs"_s), 5);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.alignments"_s), 0);
    QSqlQuery check(m_database->connection());
    EXPECT_EQ(indexMatches(u"\"纸灯笼\""_s), 0);
    EXPECT_EQ(indexMatches(u"\"paper lanterns\""_s), 1);
    EXPECT_EQ(bigramMatches(u"灯笼"_s), 0) << "the removed paragraphs leave the bigram index";
    const int keptWithLa = count(u"SELECT count(*) FROM main.paragraphs WHERE text LIKE '%la%'"_s);
    ASSERT_GT(keptWithLa, 0);
    EXPECT_EQ(bigramMatches(u"la"_s), keptWithLa) << "the kept article's paragraphs stay in it";
    EXPECT_TRUE(check.exec(u"INSERT INTO main.paragraphs_bigrams (paragraphs_bigrams) VALUES ('integrity-check')"_s))
        << qPrintable(check.lastError().text());
    EXPECT_TRUE(check.exec(u"INSERT INTO main.paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')"_s));
    EXPECT_TRUE(ArticleStore::search(u"纸灯笼"_s, {}, *m_database).isEmpty());

    EXPECT_FALSE(ArticleStore::removeArticle(removed.articleId, *m_database, &error));
    EXPECT_FALSE(error.isEmpty());
    // Imported again after removal, it is new again.
    EXPECT_EQ(ArticleStore::importArticle(bilingual(), *m_database).status, ImportResult::Status::Imported);
}

TEST_F(ArticleStoreTest, SearchFindsChineseAndEnglishWithContext)
{
    const ImportResult result = ArticleStore::importArticle(bilingual(), *m_database);
    ASSERT_TRUE(result.ok());

    // Three characters or more: the trigram index.
    const QList<SearchHit> lanterns = ArticleStore::search(u"纸灯笼"_s, {}, *m_database);
    ASSERT_EQ(lanterns.size(), 1);
    EXPECT_EQ(lanterns[0].articleId, result.articleId);
    EXPECT_EQ(lanterns[0].lang, u"zh"_s);
    EXPECT_EQ(lanterns[0].index, 3);
    EXPECT_EQ(lanterns[0].snippet.mid(lanterns[0].matchStart, lanterns[0].matchLength), u"纸灯笼"_s);
    EXPECT_TRUE(lanterns[0].snippet.contains(u"孩子们"_s)); // context before
    EXPECT_TRUE(lanterns[0].snippet.contains(u"海堤"_s));   // and after

    // Two letters or digits: the bigram index.
    const QList<SearchHit> boats = ArticleStore::search(u"渔船"_s, u"zh"_s, *m_database);
    ASSERT_EQ(boats.size(), 1);
    EXPECT_EQ(boats[0].index, 1);
    EXPECT_EQ(boats[0].snippet.mid(boats[0].matchStart, boats[0].matchLength), u"渔船"_s);

    // English, any case, with context cut around the match.
    const QList<SearchHit> english = ArticleStore::search(u"PAPER lanterns"_s, {}, *m_database);
    ASSERT_EQ(english.size(), 1);
    EXPECT_EQ(english[0].lang, u"en"_s);
    EXPECT_EQ(english[0].index, 4);
    const SearchHit &hit = english[0];
    EXPECT_EQ(hit.snippet.mid(hit.matchStart, hit.matchLength), u"paper lanterns"_s);
    EXPECT_TRUE(hit.snippet.contains(u"children built "_s));
    EXPECT_TRUE(hit.snippet.endsWith(QChar(0x2026)));
    const QString paragraph = ArticleStore::paragraphs(result.articleId, u"en"_s, *m_database).value(4).text;
    EXPECT_TRUE(paragraph.contains(hit.snippet.chopped(1)));
    EXPECT_LT(hit.snippet.size(), paragraph.size());

    // The language filter, on both paths.
    EXPECT_EQ(ArticleStore::search(u"42"_s, {}, *m_database).size(), 2);
    const QList<SearchHit> zhOnly = ArticleStore::search(u"42"_s, u"zh"_s, *m_database);
    ASSERT_EQ(zhOnly.size(), 1);
    EXPECT_EQ(zhOnly[0].lang, u"zh"_s);
    EXPECT_EQ(ArticleStore::search(u"harbour"_s, u"zh"_s, *m_database).size(), 0);
    EXPECT_EQ(ArticleStore::search(u"harbour"_s, u"en"_s, *m_database).size(), 4);

    // Quotes, FTS operators and LIKE wildcards are plain text.
    EXPECT_TRUE(ArticleStore::search(u"\"harbour\" OR NEAR(x"_s, {}, *m_database).isEmpty());
    EXPECT_TRUE(ArticleStore::search(u"%_"_s, {}, *m_database).isEmpty());
    EXPECT_EQ(ArticleStore::search(u"42 boats"_s, {}, *m_database).size(), 1);
    EXPECT_TRUE(ArticleStore::search(u"submarine"_s, {}, *m_database).isEmpty());
    EXPECT_TRUE(ArticleStore::search(u"  "_s, {}, *m_database).isEmpty());

    // One character, or two with punctuation: LIKE.
    EXPECT_EQ(ArticleStore::search(u"渔"_s, u"zh"_s, *m_database).size(), 1);
    EXPECT_FALSE(ArticleStore::search(u"。"_s, u"zh"_s, *m_database).isEmpty());
}

TEST_F(ArticleStoreTest, FailedImportLeavesNothingBehind)
{
    ParsedArticle broken = bilingual();
    // A paragraph the schema refuses, after the article row and the other paragraphs went in.
    broken.zh.last().lang = u"fr"_s;
    broken.fingerprint = ArticleParser::fingerprint(broken) + u"-broken"_s;
    const ImportResult result = ArticleStore::importArticle(broken, *m_database);
    EXPECT_EQ(result.status, ImportResult::Status::Failed);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(result.articleId, -1);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.imported_articles"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM main.paragraphs"_s), 0);
    EXPECT_EQ(indexMatches(u"\"paper lanterns\""_s), 0);

    EXPECT_EQ(ArticleStore::importArticle(ParsedArticle{}, *m_database).status, ImportResult::Status::Failed);
    // The database is still usable.
    EXPECT_EQ(ArticleStore::importArticle(bilingual(), *m_database).status, ImportResult::Status::Imported);
}

namespace {

struct HitKey
{
    qint64 articleId;
    QString lang;
    int index;
    friend bool operator==(const HitKey &, const HitKey &) = default;
};

std::ostream &operator<<(std::ostream &out, const HitKey &key)
{
    return out << key.articleId << '/' << qPrintable(key.lang) << '/' << key.index;
}

} // namespace

// Every two-character query (letters or digits) the seed articles hold, answered from the bigram
// index, finds exactly the paragraphs that contain it ignoring case, in reading order.
TEST_F(ArticleStoreTest, TwoCharacterSearchFindsWhatTheTextHolds)
{
    QList<StoredParagraph> all;
    QList<qint64> articleOf;
    for (const QString prefix : {u"003"_s, u"000"_s}) {
        const QString path = testsupport::seedPath(prefix);
        if (path.isEmpty()) {
            if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR"))
                FAIL() << "seed " << qPrintable(prefix) << " missing";
            GTEST_SKIP() << "seeds not available";
        }
        const ParseResult parsed = ArticleParser::parseFile(path);
        ASSERT_TRUE(parsed.ok());
        const ImportResult imported = ArticleStore::importArticle(*parsed.article, *m_database);
        ASSERT_TRUE(imported.ok()) << qPrintable(imported.error);
        for (const QString lang : {u"en"_s, u"zh"_s}) {
            for (const StoredParagraph &paragraph : ArticleStore::paragraphs(imported.articleId, lang, *m_database)) {
                all.append(paragraph);
                articleOf.append(imported.articleId);
            }
        }
    }

    // Queries: every fifth adjacent pair of letters or digits, upper-cased now and then.
    QStringList queries;
    for (const StoredParagraph &paragraph : std::as_const(all)) {
        const QString &text = paragraph.text;
        for (qsizetype i = 0; i + 1 < text.size(); i += 5) {
            const QString pair = text.mid(i, 2);
            if (BigramIndex::canAnswer(pair) && !queries.contains(pair, Qt::CaseInsensitive))
                queries.append(queries.size() % 3 == 0 ? pair.toUpper() : pair);
        }
    }
    ASSERT_GT(queries.size(), 300);

    int checked = 0;
    for (const QString &query : std::as_const(queries)) {
        QList<HitKey> expected;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].text.contains(query, Qt::CaseInsensitive))
                expected.append({articleOf[i], all[i].lang, all[i].index});
        }
        std::sort(expected.begin(), expected.end(), [](const HitKey &a, const HitKey &b) {
            return std::tie(a.articleId, a.lang, a.index) < std::tie(b.articleId, b.lang, b.index);
        });
        QList<HitKey> found;
        for (const SearchHit &hit : ArticleStore::search(query, {}, *m_database, 0)) {
            found.append({hit.articleId, hit.lang, hit.index});
            ASSERT_EQ(hit.snippet.mid(hit.matchStart, hit.matchLength).compare(query, Qt::CaseInsensitive), 0);
        }
        ASSERT_EQ(found, expected) << "query " << qPrintable(query);
        ++checked;
    }
    EXPECT_EQ(checked, queries.size());
}
