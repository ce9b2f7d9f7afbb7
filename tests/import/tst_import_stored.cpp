// What importing a saved web page stores (schema 3): URL, site, format, the access date in the
// references, and paragraphs turned into chrome and back in the reader.
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "CitationFormatter.h"
#include "Database.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

ParsedArticle newsPage()
{
    QFile file(QDir(QStringLiteral(TIGERSCOPE_IMPORT_PAGES_DIR)).filePath(u"news-en.html"_s));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const ParseResult result = ArticleParser::parseBytes(file.readAll(), u"/saved/news-en.html"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    return result.article.value_or(ParsedArticle());
}

class StoredPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dataDir.isValid());
        QString error;
        m_database = Database::open({m_dataDir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << qPrintable(error);
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<Database> m_database;
};

} // namespace

TEST_F(StoredPageTest, PageMetadataIsStoredAndCited)
{
    const ImportResult imported = ArticleStore::importArticle(newsPage(), *m_database);
    ASSERT_EQ(imported.status, ImportResult::Status::Imported) << qPrintable(imported.error);
    const StoredArticle stored = ArticleStore::article(imported.articleId, *m_database);
    EXPECT_EQ(stored.url, u"https://courier.example.org/local/ferry-returns"_s);
    EXPECT_EQ(stored.site, u"The Harbour Courier"_s);
    EXPECT_EQ(stored.format, u"html"_s);
    EXPECT_EQ(stored.author, u"Imogen Marsh"_s);
    EXPECT_EQ(stored.published, QDate(2024, 4, 2));

    const ArticleRecord record = stored.reference();
    const QDate today = QDate::fromString(stored.importedAt.left(10), Qt::ISODate);
    ASSERT_TRUE(today.isValid());
    const QString retrieved = QLocale(QLocale::English, QLocale::UnitedStates).toString(today, u"MMMM d, yyyy"_s);
    EXPECT_EQ(CitationFormatter::apa(record),
              u"Imogen Marsh. (2024, April 2). River ferry returns after winter repairs. The Harbour Courier. "
              "Retrieved %1, from https://courier.example.org/local/ferry-returns"_s.arg(retrieved));
    EXPECT_EQ(CitationFormatter::gbt7714(record),
              u"Imogen Marsh. River ferry returns after winter repairs[EB/OL]. The Harbour Courier, 2024-04-02[%1]. "
              "https://courier.example.org/local/ferry-returns."_s.arg(today.toString(Qt::ISODate)));
}

TEST_F(StoredPageTest, AParagraphTurnsIntoChromeAndBack)
{
    const ImportResult imported = ArticleStore::importArticle(newsPage(), *m_database);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error);
    const QList<StoredParagraph> before = ArticleStore::paragraphs(imported.articleId, u"en"_s, *m_database);
    ASSERT_GE(before.size(), 3);
    const int index = 1;
    const ParagraphKind original = before[index].kind;
    ASSERT_NE(original, ParagraphKind::Chrome);

    QString error;
    ASSERT_TRUE(ArticleStore::setChrome(imported.articleId, u"en"_s, index, true, *m_database, &error))
        << qPrintable(error);
    QList<StoredParagraph> after = ArticleStore::paragraphs(imported.articleId, u"en"_s, *m_database);
    EXPECT_EQ(after[index].kind, ParagraphKind::Chrome);
    EXPECT_TRUE(after[index].markedChrome);
    EXPECT_EQ(after[index].text, before[index].text);
    EXPECT_FALSE(ArticleStore::setChrome(imported.articleId, u"en"_s, index, true, *m_database, &error));
    EXPECT_FALSE(error.isEmpty());

    ASSERT_TRUE(ArticleStore::setChrome(imported.articleId, u"en"_s, index, false, *m_database, &error))
        << qPrintable(error);
    after = ArticleStore::paragraphs(imported.articleId, u"en"_s, *m_database);
    EXPECT_EQ(after[index].kind, original);
    EXPECT_FALSE(after[index].markedChrome);
    // Only a paragraph the user marked can be unmarked.
    EXPECT_FALSE(ArticleStore::setChrome(imported.articleId, u"en"_s, index, false, *m_database, &error));
    EXPECT_FALSE(ArticleStore::setChrome(imported.articleId, u"en"_s, 999, true, *m_database, &error));
}

TEST_F(StoredPageTest, PdfPagesAreStoredPerParagraph)
{
    ParsedArticle article;
    article.title = u"Bulletin"_s;
    article.format = SourceFormat::Pdf;
    article.encoding = u"PDF"_s;
    article.sourcePath = u"bulletin.pdf"_s;
    article.en = {{u"First paragraph of the bulletin, on its first page."_s, u"en"_s, 0, 1, ParagraphKind::Body, 1},
                  {u"Second paragraph of the bulletin, on its third page."_s, u"en"_s, 1, 2, ParagraphKind::Body, 3}};
    article.fingerprint = ArticleParser::fingerprint(article);
    const ImportResult imported = ArticleStore::importArticle(article, *m_database);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error);
    const QList<StoredParagraph> stored = ArticleStore::paragraphs(imported.articleId, u"en"_s, *m_database);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].page, 1);
    EXPECT_EQ(stored[1].page, 3);
    EXPECT_EQ(CitationFormatter::location(stored[1].index + 1, stored[1].page, Language::English), u"p. 3, ¶2"_s);
    EXPECT_EQ(ArticleStore::article(imported.articleId, *m_database).format, u"pdf"_s);
}
