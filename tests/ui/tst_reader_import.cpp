// The reader with saved web pages and PDFs: where the text came from, a paragraph turned into
// chrome and back, page numbers in copied citations, and File ▸ Import reading off the UI thread
// with a Cancel that leaves nothing behind.
#include "AlignedParagraphModel.h"
#include "AppContext.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "reader/ArticleSourceBar.h"
#include "reader/ImportController.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderPage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

QString pagePath(const QString &name)
{
    return QDir(QStringLiteral(TIGERSCOPE_IMPORT_PAGES_DIR)).filePath(name);
}

class ReaderImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    qint64 importPage(const QString &path)
    {
        const ParseResult parsed = ArticleParser::parseFile(path);
        EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
        if (!parsed.ok())
            return -1;
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.articleId;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
};

} // namespace

TEST_F(ReaderImportTest, SourceBarSaysWhereTheTextCameFrom)
{
    const qint64 id = importPage(pagePath(u"news-en.html"_s));
    ASSERT_GE(id, 0);
    ReaderPage page(*m_context);
    page.show();
    ASSERT_TRUE(page.openArticle(id));
    ArticleSourceBar *bar = page.sourceBar();
    EXPECT_TRUE(bar->isVisible());
    auto *sourceLabel = bar->findChild<QLabel *>(u"articleSource"_s);
    ASSERT_TRUE(sourceLabel);
    const QString source = sourceLabel->text();
    EXPECT_TRUE(source.contains(u"From news-en.html"_s)) << qPrintable(source);
    EXPECT_TRUE(source.contains(u"https://courier.example.org/local/ferry-returns"_s)) << qPrintable(source);
    EXPECT_TRUE(source.contains(u"published "_s) && source.contains(u"2024"_s)) << qPrintable(source);
    EXPECT_TRUE(source.contains(u"imported"_s)) << qPrintable(source);
}

TEST_F(ReaderImportTest, CopyReferenceGivesTheImportedPagesAddressAndAccessDate)
{
    const qint64 id = importPage(pagePath(u"news-en.html"_s));
    ASSERT_GE(id, 0);
    ReaderPage page(*m_context);
    page.show();
    ASSERT_TRUE(page.openArticle(id));
    QAction *apa = page.sourceBar()->findChild<QAction *>(u"copyApaReference"_s);
    QAction *gbt = page.sourceBar()->findChild<QAction *>(u"copyGbtReference"_s);
    ASSERT_TRUE(apa && gbt);
    apa->trigger();
    const QString apaText = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(apaText.startsWith(u"Imogen Marsh. (2024, April 2). River ferry returns after winter repairs."_s))
        << qPrintable(apaText);
    EXPECT_TRUE(apaText.contains(u"Retrieved "_s)
                && apaText.endsWith(u"https://courier.example.org/local/ferry-returns"_s))
        << qPrintable(apaText);
    gbt->trigger();
    const QString gbtText = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(gbtText.contains(u"[EB/OL]. The Harbour Courier, 2024-04-02["_s)) << qPrintable(gbtText);
    EXPECT_TRUE(gbtText.endsWith(u"https://courier.example.org/local/ferry-returns."_s)) << qPrintable(gbtText);
}

TEST_F(ReaderImportTest, AParagraphTurnsIntoChromeAndBackFromTheReader)
{
    const qint64 id = importPage(pagePath(u"news-en.html"_s));
    ASSERT_GE(id, 0);
    ReaderPage page(*m_context);
    page.show();
    ASSERT_TRUE(page.openArticle(id));
    const int index = 2;
    const ParagraphKind before = page.paragraphModel()->paragraph(u"en"_s, index).kind;
    ASSERT_EQ(before, ParagraphKind::Body);
    page.paragraphView()->selectParagraph(u"en"_s, index);
    page.sourceBar()->findChild<QToolButton *>(u"markChromeButton"_s)->click();
    EXPECT_EQ(page.paragraphModel()->paragraph(u"en"_s, index).kind, ParagraphKind::Chrome);
    EXPECT_EQ(ArticleStore::paragraphs(id, u"en"_s, *m_database).at(index).kind, ParagraphKind::Chrome);

    // Saved with the article: a new page over the same database sees it.
    ReaderPage reopened(*m_context);
    ASSERT_TRUE(reopened.openArticle(id));
    EXPECT_EQ(reopened.paragraphModel()->paragraph(u"en"_s, index).kind, ParagraphKind::Chrome);
    reopened.paragraphView()->selectParagraph(u"en"_s, index);
    reopened.sourceBar()->findChild<QToolButton *>(u"restoreTextButton"_s)->click();
    EXPECT_EQ(reopened.paragraphModel()->paragraph(u"en"_s, index).kind, ParagraphKind::Body);
    EXPECT_EQ(ArticleStore::paragraphs(id, u"en"_s, *m_database).at(index).kind, ParagraphKind::Body);
}

TEST_F(ReaderImportTest, CopiedPdfParagraphsCarryThePage)
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
    ASSERT_TRUE(imported.ok());
    ReaderPage page(*m_context);
    ASSERT_TRUE(page.openArticle(imported.articleId));
    EXPECT_TRUE(page.paragraphWithCitation(u"en"_s, 1).endsWith(u"English p. 3, ¶2"_s))
        << qPrintable(page.paragraphWithCitation(u"en"_s, 1));
    EXPECT_TRUE(page.paragraphWithCitation(u"en"_s, 0).endsWith(u"English p. 1, ¶1"_s));
}

TEST_F(ReaderImportTest, ImportReadsOffTheUiThread)
{
    QWidget window;
    ImportController importer(*m_context, &window);
    const QList<ImportResult> results
        = importer.importFiles({pagePath(u"feature-zh.html"_s), pagePath(u"blog-en.html"_s)});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(ArticleStore::listArticles(*m_database).size(), 2);
    EXPECT_EQ(ArticleStore::article(results[0].articleId, *m_database).format, u"html"_s);
}

TEST_F(ReaderImportTest, CancelledImportLeavesNothingBehind)
{
    // A page large enough that reading it takes longer than one turn of the event loop.
    const QString path = QDir(m_dir.path()).filePath(u"large.html"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>Large</title></head><body><div class='content'>");
        const QByteArray paragraph = "<p>A paragraph of a large saved page, long enough, with commas, to count.</p>\n";
        for (int i = 0; i < 150000; ++i)
            file.write(paragraph);
        file.write("</div></body></html>");
    }
    QWidget window;
    ImportController importer(*m_context, &window);
    bool cancelled = false;
    QObject::connect(&importer, &ImportController::progressShown, &importer, [&cancelled](QWidget *dialog) {
        QTimer::singleShot(0, dialog, [dialog, &cancelled] {
            // As the user does: the dialog's Cancel button.
            dialog->findChild<QPushButton *>()->click();
            cancelled = true;
        });
    });
    const QList<ImportResult> results = importer.importFiles({path, pagePath(u"blog-en.html"_s)});
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(results.isEmpty());
    EXPECT_TRUE(ArticleStore::listArticles(*m_database).isEmpty());
}
