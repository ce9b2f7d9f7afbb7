// The reader's search in the model layer: text folded for matching (case, full-width and half-width
// forms, spaces and dashes) with matches found back in the original text, and ArticleSearch on the
// seeds: folded phrases, names found by their other names, one hit per occurrence, chrome left out.
#include "ArticleParser.h"
#include "ArticleSearch.h"
#include "ArticleStore.h"
#include "Database.h"
#include "EntityLexicon.h"
#include "FoldedText.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QStringList found(const QString &haystack, const QString &needle)
{
    QStringList texts;
    for (const TextRange &range : FoldedText(haystack).find(FoldedText(needle)))
        texts << haystack.mid(range.start, range.length);
    return texts;
}

class SeedSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        const QString path = testsupport::seedPath(u"003"_s);
        if (path.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR"))
                FAIL() << "seed 003 missing";
            GTEST_SKIP() << "seeds not found";
        }
        const ParseResult parsed = ArticleParser::parseFile(path);
        ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        m_article = result.articleId;
        m_lexicon = EntityLexicon::load(m_database->connection());
    }

    QList<SearchHit> search(const QString &text, bool includeChrome = true) const
    {
        return ArticleSearch(*m_database, m_lexicon).search(text, {m_article, false, includeChrome});
    }

    /// The hits' text as the paragraphs hold it.
    QStringList hitTexts(const QList<SearchHit> &hits) const
    {
        QStringList texts;
        for (const SearchHit &hit : hits) {
            for (const StoredParagraph &paragraph : ArticleStore::paragraphs(m_article, hit.lang, *m_database)) {
                if (paragraph.index == hit.index)
                    texts << paragraph.text.mid(hit.start, hit.length);
            }
        }
        return texts;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    EntityLexicon m_lexicon;
    qint64 m_article = -1;
};

} // namespace

TEST(FoldedText, SpacesAndDashesAreOneSeparator)
{
    EXPECT_EQ(found(u"the open-source models"_s, u"open source"_s), QStringList{u"open-source"_s});
    EXPECT_EQ(found(u"the open source models"_s, u"open-source"_s), QStringList{u"open source"_s});
    EXPECT_EQ(found(u"open – source, open\u3000source"_s, u"open source"_s),
              (QStringList{u"open – source"_s, u"open\u3000source"_s}));
    EXPECT_TRUE(found(u"opensource"_s, u"open source"_s).isEmpty());
}

TEST(FoldedText, CaseAndWidthAreFolded)
{
    EXPECT_EQ(found(u"Open Source AI"_s, u"OPEN SOURCE"_s), QStringList{u"Open Source"_s});
    // Full-width Latin letters and digits match their usual forms, both ways round.
    EXPECT_EQ(found(u"用ＤｅｅｐＳｅｅｋ－Ｒ１做"_s, u"deepseek-r1"_s), QStringList{u"ＤｅｅｐＳｅｅｋ－Ｒ１"_s});
    EXPECT_EQ(found(u"DeepSeek R1 发布"_s, u"ｄｅｅｐｓｅｅｋ　ｒ１"_s), QStringList{u"DeepSeek R1"_s});
    // Half-width katakana (a voiced one written as two characters) and a ligature.
    EXPECT_EQ(found(u"ｶﾞｲﾄﾞを読む"_s, u"ガイド"_s), QStringList{u"ｶﾞｲﾄﾞ"_s});
    EXPECT_EQ(found(u"ﬁnancing"_s, u"financing"_s), QStringList{u"ﬁnancing"_s});
    // A character outside the BMP keeps both its halves in the range found.
    EXPECT_EQ(found(u"a 𝐀𝐈 model"_s, u"ai"_s), QStringList{u"𝐀𝐈"_s});
}

TEST(FoldedText, FindsEveryOccurrenceWithoutOverlap)
{
    EXPECT_EQ(found(u"aaaa"_s, u"aa"_s).size(), 2);
    EXPECT_TRUE(found(u"text"_s, u" - "_s).isEmpty());
    EXPECT_TRUE(FoldedText(u" — "_s).isEmpty());
}

TEST(EntityLexicon, NamesAreRecognisedFolded)
{
    EntityLexicon lexicon;
    lexicon.addName({Entity::Kind::Company, u"zhipu"_s, u"智谱"_s, u"Zhipu AI"_s}, u"智谱"_s);
    lexicon.addName({Entity::Kind::Company, u"zhipu"_s, u"智谱"_s, u"Zhipu AI"_s}, u"Zhipu AI"_s);
    EXPECT_EQ(lexicon.entityNamed(u"zhipu ai"_s), 0);
    EXPECT_EQ(lexicon.entityNamed(u"Zhipu-AI"_s), 0);
    EXPECT_EQ(lexicon.entityNamed(u"智谱"_s), 0);
    EXPECT_EQ(lexicon.entityNamed(u"Zhipu A"_s), -1);
}

TEST_F(SeedSearchTest, OpenSourceFindsEveryHyphenationAndCase)
{
    const QStringList spaced = hitTexts(search(u"open source"_s));
    const QStringList hyphened = hitTexts(search(u"open-source"_s));
    EXPECT_EQ(spaced, hyphened);
    EXPECT_TRUE(spaced.contains(u"open-source"_s)) << spaced.join(u'|').toStdString();
    EXPECT_TRUE(spaced.contains(u"open source"_s));
    EXPECT_TRUE(spaced.contains(u"Open source"_s));
    EXPECT_EQ(spaced.size(), 8); // 5 "open source", 2 "open-source", 1 "Open source" in the seed
}

TEST_F(SeedSearchTest, ACompanyNameFindsItsNamesInBothLanguages)
{
    const QList<SearchHit> fromChinese = search(u"智谱"_s);
    const QList<SearchHit> fromEnglish = search(u"zhipu"_s);
    ASSERT_FALSE(fromChinese.isEmpty());
    EXPECT_EQ(fromChinese.size(), fromEnglish.size());
    QSet<QString> languages;
    for (const SearchHit &hit : fromChinese)
        languages << hit.lang;
    EXPECT_EQ(languages, (QSet<QString>{u"zh"_s, u"en"_s}));
    const QStringList texts = hitTexts(fromEnglish);
    EXPECT_TRUE(texts.contains(u"智谱"_s));
    EXPECT_TRUE(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(u"Zhipu"_s); }));
    // A word that names no one finds itself only.
    for (const SearchHit &hit : search(u"开源"_s))
        EXPECT_EQ(hit.lang, u"zh"_s);
}

TEST_F(SeedSearchTest, EachOccurrenceIsAHitInReadingOrder)
{
    const QList<SearchHit> hits = search(u"open source"_s);
    for (qsizetype i = 1; i < hits.size(); ++i) {
        const SearchHit &a = hits.at(i - 1);
        const SearchHit &b = hits.at(i);
        EXPECT_TRUE(a.lang < b.lang
                    || (a.lang == b.lang && (a.index < b.index || (a.index == b.index && a.start < b.start))))
            << i;
    }
    for (const SearchHit &hit : hits)
        EXPECT_EQ(hit.snippet.mid(hit.matchStart, hit.matchLength).size(), hit.length);
}

TEST_F(SeedSearchTest, ChromeIsLeftOutOnRequest)
{
    ASSERT_FALSE(search(u"998 views"_s).isEmpty());
    EXPECT_TRUE(search(u"998 views"_s, false).isEmpty());
}

TEST_F(SeedSearchTest, TheWholeLibraryIsSearchedThroughTheIndex)
{
    const QString path = testsupport::seedPath(u"000"_s);
    ASSERT_FALSE(path.isEmpty());
    const ParseResult parsed = ArticleParser::parseFile(path);
    ASSERT_TRUE(parsed.ok());
    const ImportResult other = ArticleStore::importArticle(*parsed.article, *m_database);
    ASSERT_TRUE(other.ok());
    const ArticleSearch search(*m_database, m_lexicon);
    // "Open-Source" in the other article: found through the index's "source", then folded.
    const QList<SearchHit> library = search.search(u"Open-Source"_s, {m_article, true, true});
    const QList<SearchHit> open = search.search(u"Open-Source"_s, {m_article, false, true});
    EXPECT_GT(library.size(), open.size());
    EXPECT_TRUE(std::any_of(library.cbegin(), library.cend(),
                            [&](const SearchHit &hit) { return hit.articleId == other.articleId; }));
    // Without an open article only the library is searched; nothing is found twice.
    EXPECT_EQ(search.search(u"Open-Source"_s, {-1, true, true}).size(), library.size());
    // The index finds the paragraphs of both articles that hold the word, in any case.
    const QList<LocatedParagraph> holding = ArticleStore::paragraphsContaining(u"SOURCE"_s, *m_database);
    QSet<qint64> articles;
    for (const LocatedParagraph &found : holding) {
        EXPECT_TRUE(found.paragraph.text.contains(u"source"_s, Qt::CaseInsensitive));
        articles.insert(found.articleId);
    }
    EXPECT_EQ(articles.size(), 2);
}
