// The reader's model layer: aligned paragraph rows (under QAbstractItemModelTester), the library
// table, entity names, bibliographic references and finding a cited figure in both languages.
#include "AlignedParagraphModel.h"
#include "ArticleLibraryModel.h"
#include "ArticleParser.h"
#include "ArticleRepository.h"
#include "ArticleStore.h"
#include "CitationFormatter.h"
#include "CitationLocator.h"
#include "Database.h"
#include "EntityLexicon.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QList<StoredParagraph> paragraphs(const QString &lang, const QStringList &texts,
                                  ParagraphKind kind = ParagraphKind::Body)
{
    QList<StoredParagraph> result;
    for (qsizetype i = 0; i < texts.size(); ++i)
        result.append({lang, int(i), kind, texts.at(i)});
    return result;
}

AlignmentBead bead(QList<int> zh, QList<int> en, double confidence = 0.9)
{
    AlignmentBead b;
    b.zh = std::move(zh);
    b.en = std::move(en);
    b.confidence = confidence;
    return b;
}

class ShippedDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        ASSERT_TRUE(m_database->hasShipped());
    }

    qint64 importSeed(const QString &prefix)
    {
        const QString path = testsupport::seedPath(prefix);
        if (path.isEmpty())
            return -1;
        const ParseResult parsed = ArticleParser::parseFile(path);
        EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.articleId;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST(AlignedParagraphModel, RowsFollowTheBeadsAndPassTheModelTester)
{
    AlignedParagraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Alignment alignment;
    alignment.beads = {bead({}, {0}), bead({0}, {1}), bead({1, 2}, {2}), bead({3}, {}), bead({4}, {3, 4})};
    model.setContent(paragraphs(u"zh"_s, {u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s}),
                     paragraphs(u"en"_s, {u"Heading"_s, u"A"_s, u"B and C"_s, u"E1"_s, u"E2"_s}), alignment);
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.data(model.index(2, AlignedParagraphModel::ChineseColumn)).toString(), u"乙\n\n丙"_s);
    EXPECT_EQ(model.data(model.index(2, AlignedParagraphModel::EnglishColumn)).toString(), u"B and C"_s);
    EXPECT_FALSE(model.data(model.index(0, 0), AlignedParagraphModel::PairedRole).toBool());
    EXPECT_EQ(model.data(model.index(4, 1), AlignedParagraphModel::ParagraphIndexesRole).value<QList<int>>(),
              (QList<int>{3, 4}));
    EXPECT_EQ(model.rowOf(u"zh"_s, 2), 2);
    EXPECT_EQ(model.rowOf(u"en"_s, 0), 0);
    EXPECT_EQ(model.counterparts(u"zh"_s, 4), (QList<int>{3, 4}));
    EXPECT_EQ(model.counterparts(u"en"_s, 2), (QList<int>{1, 2}));
    EXPECT_TRUE(model.counterparts(u"zh"_s, 3).isEmpty());
    EXPECT_EQ(model.pairedCount(u"zh"_s), 4);
    EXPECT_EQ(model.pairedCount(u"en"_s), 4);
    EXPECT_EQ(model.coverageText(), u"4/5 ¶ aligned"_s);

    // An alignment that skips a paragraph is not trusted: every paragraph still gets a row.
    Alignment broken;
    broken.beads = {bead({0}, {0}), bead({2}, {1})};
    model.setContent(paragraphs(u"zh"_s, {u"一"_s, u"二"_s, u"三"_s}), paragraphs(u"en"_s, {u"One"_s, u"Two"_s}),
                     broken);
    EXPECT_EQ(model.rowCount(), 5);
    for (int i = 0; i < 3; ++i)
        EXPECT_GE(model.rowOf(u"zh"_s, i), 0);
    EXPECT_EQ(model.pairedCount(u"zh"_s), 0);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(EntityLexicon, FindsLongestWholeWordNames)
{
    EntityLexicon lexicon;
    const Entity zhipu{Entity::Kind::Company, u"zhipu"_s, u"智谱"_s, u"Zhipu AI"_s};
    const Entity byte{Entity::Kind::Company, u"bytedance"_s, u"字节跳动"_s, u"ByteDance"_s};
    const Entity person{Entity::Kind::Person, u"zhang-peng"_s, u"张鹏"_s, u"Zhang Peng"_s};
    lexicon.addName(zhipu, u"智谱"_s);
    lexicon.addName(zhipu, u"Zhipu"_s);
    lexicon.addName(zhipu, u"Zhipu MaaS platform"_s);
    lexicon.addName(byte, u"Byte"_s);
    lexicon.addName(byte, u"ByteDance"_s);
    lexicon.addName(person, u"张鹏"_s);
    const QString english = u"Zhipu MaaS platform, ByteDance and Bytes; Byte's bet. Zhipu's CEO."_s;
    const QList<EntityMention> mentions = lexicon.find(english);
    QStringList found;
    for (const EntityMention &m : mentions)
        found << english.mid(m.start, m.length);
    EXPECT_EQ(found, (QStringList{u"Zhipu MaaS platform"_s, u"ByteDance"_s, u"Byte"_s, u"Zhipu"_s}));
    const QString chinese = u"智谱CEO张鹏表示"_s;
    const QList<EntityMention> zh = lexicon.find(chinese);
    ASSERT_EQ(zh.size(), 2);
    EXPECT_EQ(lexicon.entities().at(zh.at(1).entity).kind, Entity::Kind::Person);
    EXPECT_EQ(chinese.mid(zh.at(1).start, zh.at(1).length), u"张鹏"_s);
}

TEST(CitationLocator, EquivalentFigureAcrossNotations)
{
    const QString english = u"ammunition reaching 1.5 billion RMB within 10 days, 200 people"_s;
    const auto span = CitationLocator::findEquivalentFigure(u"15亿"_s, english);
    ASSERT_TRUE(span.has_value());
    EXPECT_TRUE(english.mid(span->first, span->second).startsWith(u"1.5 billion"_s));
    const QString chinese = u"在10天之内补充弹药达15亿人民币"_s;
    const auto back = CitationLocator::findEquivalentFigure(u"1.5 billion"_s, chinese);
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(chinese.mid(back->first, back->second).startsWith(u"15亿"_s));
    EXPECT_FALSE(CitationLocator::findEquivalentFigure(u"3 billion"_s, english).has_value());
    EXPECT_FALSE(CitationLocator::findEquivalentFigure(u"Zhang Peng"_s, english).has_value());
}

TEST(CitationFormatter, OmitsWhatIsNotKnown)
{
    ArticleRecord full{u"k"_s,    u"An English Title"_s, u"中文标题"_s,   u"Outlet"_s,
                       u"媒体"_s, u"Author A"_s,         u"2025-03-26"_s, {}};
    EXPECT_EQ(CitationFormatter::apa(full), u"Author A. (2025, March 26). 中文标题 [An English Title]. Outlet."_s);
    EXPECT_EQ(CitationFormatter::gbt7714(full), u"Author A. 中文标题[EB/OL]. 媒体, 2025-03-26."_s);

    ArticleRecord sparse{u"k"_s, u"Only a Title"_s, {}, {}, {}, {}, {}, {}};
    EXPECT_EQ(CitationFormatter::apa(sparse), u"Only a Title. (n.d.)."_s);
    EXPECT_EQ(CitationFormatter::gbt7714(sparse), u"Only a Title[EB/OL]."_s);
}

TEST_F(ShippedDataTest, ReferencesOfTheShippedArticles)
{
    const ArticleRecord tigers = ArticleRepository(m_database->connection()).article(u"six-tigers-bat-2025"_s);
    ASSERT_TRUE(tigers.isValid());
    const QString apa = CitationFormatter::apa(tigers);
    EXPECT_TRUE(apa.startsWith(tigers.author)) << apa.toStdString();
    EXPECT_TRUE(apa.contains(u"(2025, March 26)"_s));
    EXPECT_TRUE(apa.contains(tigers.titleEn));
    EXPECT_TRUE(apa.contains(tigers.outletEn));
    const QString gbt = CitationFormatter::gbt7714(tigers);
    EXPECT_TRUE(gbt.contains(u"[EB/OL]"_s));
    EXPECT_TRUE(gbt.contains(tigers.outletZh + u", 2025-03-26"_s)) << gbt.toStdString();

    const ArticleRecord perCapita = ArticleRepository(m_database->connection()).article(u"deepseek-per-capita"_s);
    ASSERT_TRUE(perCapita.isValid());
    ASSERT_TRUE(perCapita.published.isEmpty());
    EXPECT_TRUE(CitationFormatter::apa(perCapita).contains(u"(n.d.)"_s));
    EXPECT_FALSE(CitationFormatter::gbt7714(perCapita).contains(u"null"_s));
    EXPECT_FALSE(ArticleRepository(m_database->connection()).article(u"no-such-article"_s).isValid());
}

TEST_F(ShippedDataTest, LexiconKnowsTheRenderings)
{
    const EntityLexicon lexicon = EntityLexicon::load(m_database->connection());
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(
        query.exec(u"SELECT company_id, text FROM all_aliases WHERE kind = 'rendering' AND company_id IS NOT NULL"_s));
    int checked = 0;
    while (query.next()) {
        const QString text = query.value(1).toString();
        const QList<EntityMention> mentions = lexicon.find(u"… "_s + text + u" …"_s);
        ASSERT_EQ(mentions.size(), 1) << text.toStdString();
        EXPECT_EQ(mentions.first().length, text.size());
        // A rendering may be shared by two entities; it must name a company either way.
        EXPECT_EQ(lexicon.entities().at(mentions.first().entity).kind, Entity::Kind::Company);
        ++checked;
    }
    EXPECT_GT(checked, 5);
}

TEST_F(ShippedDataTest, CitationLocatedInBothLanguagesOfTheSeed)
{
    const qint64 id = importSeed(u"003"_s);
    if (id < 0)
        GTEST_SKIP() << "seed 003 not found";
    AlignedParagraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(id, *m_database);
    EXPECT_EQ(model.articleId(), id);
    EXPECT_GT(model.rowCount(), 0);

    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT article_key, lang, paragraph FROM all_citations WHERE printed = '15亿'"_s));
    ASSERT_TRUE(query.next());
    const QString key = query.value(0).toString();
    const int paragraph = query.value(2).toInt();
    const CitationLocator locator(m_database->connection(), model);
    const QList<ParagraphSpan> spans = locator.locate(key, u"zh"_s, paragraph, u"15亿"_s);
    ASSERT_GE(spans.size(), 2);
    EXPECT_EQ(spans.at(0).lang, u"zh"_s);
    EXPECT_EQ(spans.at(0).paragraph, paragraph);
    EXPECT_EQ(model.paragraph(u"zh"_s, paragraph).text.mid(spans.at(0).start, spans.at(0).length), u"15亿"_s);
    EXPECT_EQ(spans.at(1).lang, u"en"_s);
    EXPECT_EQ(model.paragraph(u"en"_s, spans.at(1).paragraph).text.mid(spans.at(1).start, spans.at(1).length),
              u"1.5 billion"_s);

    // Every figure the dataset cites in this article is found where it says.
    const QList<ParagraphSpan> cited = locator.citedFigures(key);
    EXPECT_GT(cited.size(), 10);
    for (const ParagraphSpan &span : cited)
        EXPECT_GT(span.length, 0);
}

TEST_F(ShippedDataTest, LibraryModelListsImportedArticles)
{
    const ParseResult parsed = ArticleParser::parseBytes(
        u"A Test Article About Models\nA body paragraph written for this test.\n一段为测试写的中文段落。\n"_s.toUtf8(),
        u"test-article.txt"_s);
    ASSERT_TRUE(parsed.ok());
    ArticleLibraryModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
    ASSERT_TRUE(result.ok());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(result.articleId), 0);
    EXPECT_EQ(model.data(model.index(0, 0), ArticleLibraryModel::ArticleIdRole).toLongLong(), result.articleId);
    const QString languages = model.data(model.index(0, ArticleLibraryModel::LanguagesColumn)).toString();
    EXPECT_TRUE(languages.contains(u"Chinese"_s) && languages.contains(u"English"_s)) << languages.toStdString();
    EXPECT_FALSE(model.data(model.index(0, ArticleLibraryModel::ImportedColumn)).toString().isEmpty());
    model.setLanguage(Language::Chinese);
    EXPECT_FALSE(model.data(model.index(0, ArticleLibraryModel::PublishedColumn)).toString().isEmpty());
}
