// The reader page offscreen, with the seed articles imported into a temporary data folder: modes,
// counterpart highlighting, citation jumps, search, the coverage badge, references of articles not
// imported, plain-text safety, copy and PDF export.
#include "AlignedParagraphModel.h"
#include "AppContext.h"
#include "ArticleLibraryModel.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "TestSupport.h"
#include "reader/CitationReferencePanel.h"
#include "reader/EntityPanel.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderSearchPanel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class ReaderPageTest : public ::testing::Test
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

    qint64 importSeed(const QString &prefix)
    {
        const QString path = testsupport::seedPath(prefix);
        if (path.isEmpty())
            return -1;
        return importParsed(ArticleParser::parseFile(path));
    }

    qint64 importParsed(const ParseResult &parsed)
    {
        EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
        if (!parsed.ok())
            return -1;
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.articleId;
    }

    /// Imports both seeds and opens the page on 003; false (test skipped) without the seeds.
    bool openSeeds()
    {
        m_seed003 = importSeed(u"003"_s);
        m_seed000 = importSeed(u"000"_s);
        if (m_seed003 < 0 || m_seed000 < 0)
            return false;
        m_page = std::make_unique<ReaderPage>(*m_context);
        m_page->resize(1300, 850);
        m_page->show();
        EXPECT_TRUE(m_page->openArticle(m_seed003));
        QCoreApplication::processEvents();
        return true;
    }

    /// A position over the middle of a paragraph's first line, in viewport coordinates.
    QPoint pointOver(const QString &lang, int index)
    {
        ParagraphView *view = m_page->paragraphView();
        const ParagraphRange range = view->paragraphRange(lang, index);
        view->scrollToParagraph(lang, index);
        view->selectParagraph(QString(), -1); // scrolling selects; the test selects itself
        QTextCursor cursor(view->document());
        cursor.setPosition(range.start + 1);
        return view->cursorRect(cursor).center();
    }

    static int tableRowAt(QTextDocument *document, int position)
    {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        QTextTable *table = cursor.currentTable();
        return table ? table->cellAt(position).row() : -1;
    }

    static QStringList selectedTexts(const ParagraphView *view)
    {
        QStringList texts;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            texts << selection.cursor.selectedText();
        return texts;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ReaderPage> m_page;
    qint64 m_seed003 = -1;
    qint64 m_seed000 = -1;
};

#define OPEN_SEEDS_OR_SKIP() \
    if (!openSeeds()) { \
        if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seeds missing"; \
        GTEST_SKIP() << "seeds not found"; \
    }

} // namespace

TEST_F(ReaderPageTest, ModesLayOutTheAlignment)
{
    OPEN_SEEDS_OR_SKIP();
    ParagraphView *view = m_page->paragraphView();
    AlignedParagraphModel *model = m_page->paragraphModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(m_page->libraryModel()->rowCount(), 2);

    m_page->setMode(ReaderMode::SideBySide);
    ASSERT_GT(model->rowCount(), 0);
    // Every Chinese paragraph sits in the same table row as its aligned English paragraph.
    int pairsChecked = 0;
    for (int zh = 0; zh < model->paragraphs(u"zh"_s).size(); ++zh) {
        const ParagraphRange zhRange = view->paragraphRange(u"zh"_s, zh);
        ASSERT_GE(zhRange.index, 0);
        const int row = tableRowAt(view->document(), zhRange.start);
        ASSERT_GE(row, 1);
        for (int en : model->counterparts(u"zh"_s, zh)) {
            EXPECT_EQ(tableRowAt(view->document(), view->paragraphRange(u"en"_s, en).start), row);
            ++pairsChecked;
        }
    }
    EXPECT_GE(pairsChecked, 30);
    // English-only paragraphs are labelled in the Chinese column of their row, not left as gaps.
    const int headingRow = model->rowOf(u"en"_s, 0);
    ASSERT_FALSE(model->row(headingRow).isPair());
    QTextCursor cursor(view->document());
    cursor.setPosition(view->paragraphRange(u"en"_s, 0).start);
    const QTextTableCell labelCell = cursor.currentTable()->cellAt(tableRowAt(view->document(), cursor.position()), 0);
    QTextCursor labelCursor = labelCell.firstCursorPosition();
    labelCursor.setPosition(labelCell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    EXPECT_TRUE(labelCursor.selectedText().startsWith(u"English only"_s)) << labelCursor.selectedText().toStdString();

    m_page->setMode(ReaderMode::Interleaved);
    EXPECT_EQ(view->mode(), ReaderMode::Interleaved);
    cursor.setPosition(view->paragraphRange(u"zh"_s, 2).start);
    EXPECT_EQ(cursor.currentTable(), nullptr);
    // Each Chinese paragraph is followed directly by its counterpart.
    const QList<ParagraphRange> &ranges = view->ranges();
    for (qsizetype i = 0; i + 1 < ranges.size(); ++i) {
        if (ranges.at(i).lang == "zh"_L1 && !model->counterparts(u"zh"_s, ranges.at(i).index).isEmpty()
            && model->counterparts(u"zh"_s, ranges.at(i).index).first()
                == model->counterparts(u"zh"_s, ranges.at(i).index).last()) {
            EXPECT_EQ(ranges.at(i + 1).lang, u"en"_s);
            EXPECT_EQ(ranges.at(i + 1).index, model->counterparts(u"zh"_s, ranges.at(i).index).first());
        }
    }

    m_page->setMode(ReaderMode::OneLanguage);
    m_page->setLanguage(u"en"_s);
    for (const ParagraphRange &range : view->ranges())
        EXPECT_EQ(range.lang, u"en"_s);
    EXPECT_EQ(view->ranges().size(), model->paragraphs(u"en"_s).size());
    m_page->setLanguage(u"zh"_s);
    EXPECT_EQ(view->ranges().size(), model->paragraphs(u"zh"_s).size());

    // The mode is remembered for the next page.
    m_page = std::make_unique<ReaderPage>(*m_context);
    EXPECT_EQ(m_page->mode(), ReaderMode::OneLanguage);
    EXPECT_EQ(m_page->paragraphView()->language(), u"zh"_s);
}

TEST_F(ReaderPageTest, HoverAndSelectionHighlightTheCounterpart)
{
    OPEN_SEEDS_OR_SKIP();
    m_page->setMode(ReaderMode::SideBySide);
    ParagraphView *view = m_page->paragraphView();
    const QList<int> counterparts = m_page->paragraphModel()->counterparts(u"zh"_s, 2);
    ASSERT_FALSE(counterparts.isEmpty());

    const QPoint point = pointOver(u"zh"_s, 2);
    QMouseEvent move(QEvent::MouseMove, point, view->viewport()->mapToGlobal(point), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QList<ParagraphRange> highlighted = view->highlightedParagraphs();
    ASSERT_GE(highlighted.size(), 2);
    EXPECT_EQ(highlighted.at(0).lang, u"zh"_s);
    EXPECT_EQ(highlighted.at(0).index, 2);
    EXPECT_EQ(highlighted.at(1).lang, u"en"_s);
    EXPECT_EQ(highlighted.at(1).index, counterparts.first());
    // Both are painted: the extra selections cover the two paragraphs' text.
    const QStringList painted = selectedTexts(view);
    EXPECT_TRUE(painted.contains(m_page->paragraphModel()->paragraph(u"en"_s, counterparts.first()).text));

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view, &leave);
    EXPECT_TRUE(view->highlightedParagraphs().isEmpty());

    // Clicking an English paragraph selects it and its Chinese counterpart stays highlighted.
    const int en = counterparts.first();
    const QPoint enPoint = pointOver(u"en"_s, en);
    QMouseEvent press(QEvent::MouseButtonPress, enPoint, view->viewport()->mapToGlobal(enPoint), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, enPoint, view->viewport()->mapToGlobal(enPoint), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &release);
    QApplication::sendEvent(view, &leave);
    highlighted = view->highlightedParagraphs();
    ASSERT_GE(highlighted.size(), 2);
    EXPECT_EQ(highlighted.at(0).lang, u"en"_s);
    EXPECT_EQ(highlighted.at(0).index, en);
    EXPECT_EQ(highlighted.at(1).lang, u"zh"_s);
    EXPECT_EQ(highlighted.at(1).index, 2);

    // Copying it carries where it comes from.
    const QString copied = m_page->paragraphWithCitation(u"en"_s, en);
    EXPECT_TRUE(copied.startsWith(m_page->paragraphModel()->paragraph(u"en"_s, en).text));
    EXPECT_TRUE(copied.contains(u"¶%1"_s.arg(en + 1))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(u"New Entropy"_s)) << copied.toStdString();
}

TEST_F(ReaderPageTest, CitationJumpHighlightsTheFigureInBothLanguages)
{
    OPEN_SEEDS_OR_SKIP();
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(
        query.exec(u"SELECT article_key, lang, paragraph, printed FROM all_citations WHERE printed = '15亿'"_s));
    ASSERT_TRUE(query.next());
    const QString key = query.value(0).toString();
    const int paragraph = query.value(2).toInt();

    for (ReaderMode mode : {ReaderMode::SideBySide, ReaderMode::Interleaved}) {
        m_page->setMode(mode);
        m_page->openArticle(m_seed000); // start elsewhere
        m_page->openCitation(key, u"zh"_s, paragraph, u"15亿"_s);
        EXPECT_EQ(m_page->currentArticle(), m_seed003);
        ParagraphView *view = m_page->paragraphView();
        const QStringList painted = selectedTexts(view);
        EXPECT_TRUE(painted.contains(u"15亿"_s)) << painted.join(u" | "_s).toStdString();
        EXPECT_TRUE(painted.contains(u"1.5 billion"_s)) << painted.join(u" | "_s).toStdString();
        ASSERT_GE(view->citation().size(), 2);
        EXPECT_EQ(view->citation().at(0).paragraph, paragraph);
        EXPECT_EQ(view->citation().at(1).paragraph, m_page->paragraphModel()->counterparts(u"zh"_s, paragraph).first());
        // The cited paragraph is in view.
        QTextCursor cursor(view->document());
        cursor.setPosition(view->paragraphRange(u"zh"_s, paragraph).start);
        const QRect rect = view->cursorRect(cursor);
        EXPECT_GE(rect.top(), 0);
        EXPECT_LT(rect.top(), view->viewport()->height());
    }

    // From the English citation of the same figure, in one-language mode, the English is shown.
    m_page->setMode(ReaderMode::OneLanguage);
    m_page->setLanguage(u"zh"_s);
    ASSERT_TRUE(query.exec(u"SELECT paragraph FROM all_citations WHERE printed = '1.5 billion' AND lang = 'en'"_s));
    ASSERT_TRUE(query.next());
    m_page->openCitation(key, u"en"_s, query.value(0).toInt(), u"1.5 billion"_s);
    EXPECT_EQ(m_page->paragraphView()->language(), u"en"_s);
    EXPECT_TRUE(selectedTexts(m_page->paragraphView()).contains(u"1.5 billion"_s));
}

TEST_F(ReaderPageTest, SearchFindsChineseAndEnglish)
{
    OPEN_SEEDS_OR_SKIP();
    ReaderSearchPanel *search = m_page->searchPanel();
    auto *results = search->findChild<QListWidget *>(u"readerSearchResults"_s);
    ASSERT_TRUE(results);
    search->setWholeLibrary(false);
    EXPECT_GT(search->search(u"智谱"_s), 0);
    QListWidgetItem *first = results->item(0);
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->text().contains(u"智谱"_s));
    EXPECT_TRUE(first->text().contains(u"Chinese"_s));

    EXPECT_GT(search->search(u"Zhipu"_s), 0);
    EXPECT_FALSE(results->findItems(u"Zhipu"_s, Qt::MatchContains).isEmpty());
    results->setCurrentRow(0);
    EXPECT_TRUE(selectedTexts(m_page->paragraphView()).contains(u"Zhipu"_s, Qt::CaseInsensitive));

    // Across the library a term of the other article is found too; in this article it is not.
    const QString other = u"Li Yang"_s;
    EXPECT_EQ(search->search(other), 0);
    search->setWholeLibrary(true);
    EXPECT_GT(search->search(other), 0);
    results->setCurrentRow(0);
    EXPECT_EQ(m_page->currentArticle(), m_seed000);
}

TEST_F(ReaderPageTest, CoverageBadgeAndEntities)
{
    OPEN_SEEDS_OR_SKIP();
    const AlignedParagraphModel *model = m_page->paragraphModel();
    const QString text = m_page->coverageBadge()->text();
    const QString aligned
        = u"%1/%2 ¶ aligned"_s.arg(model->pairedCount(u"zh"_s)).arg(model->paragraphs(u"zh"_s).size());
    // How much of it is uncertain follows, when any is.
    EXPECT_EQ(text,
              model->uncertainCount() == 0 ? aligned
                                           : u"%1 · %2 uncertain"_s.arg(aligned).arg(model->uncertainCount()));
    EXPECT_GE(model->pairedCount(u"zh"_s), 31);
    EXPECT_TRUE(m_page->coverageBadge()->isVisible());

    // Names are links to their company, in both scripts and in the English renderings. Both
    // languages shown: the mode a parallel test saved in the settings must not decide.
    m_page->setMode(ReaderMode::SideBySide);
    ParagraphView *view = m_page->paragraphView();
    QSignalSpy requested(m_context.get(), &AppContext::companyRequested);
    QString stepfunHref;
    for (const QString &name : {u"智谱"_s, u"Zhipu"_s, u"Jieyue Xingchen"_s}) {
        const QTextCursor found = view->document()->find(name);
        ASSERT_FALSE(found.isNull()) << name.toStdString();
        QTextCursor inside(view->document());
        inside.setPosition(found.selectionStart() + 1);
        const QString href = inside.charFormat().anchorHref();
        EXPECT_TRUE(href.startsWith(u"tigerscope-entity:company/"_s)) << name.toStdString() << href.toStdString();
        if (name == "Jieyue Xingchen"_L1)
            stepfunHref = href;
    }
    EXPECT_EQ(stepfunHref, u"tigerscope-entity:company/stepfun"_s);
    emit view->anchorClicked(QUrl(stepfunHref));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toString(), u"stepfun"_s);

    // The side panel counts mentions per language.
    EntityPanel *panel = m_page->entityPanel();
    ASSERT_GT(panel->topLevelItemCount(), 3);
    const QTreeWidgetItem *top = panel->topLevelItem(0);
    EXPECT_TRUE(top->text(0).contains(u"Zhipu"_s) || top->text(0).contains(u"DeepSeek"_s))
        << top->text(0).toStdString();
    EXPECT_GT(top->text(1).toInt() + top->text(2).toInt(), 5);
}

TEST_F(ReaderPageTest, CitationOfAnArticleNotImportedShowsItsReference)
{
    const qint64 id = importSeed(u"003"_s);
    if (id < 0)
        GTEST_SKIP() << "seed 003 not found";
    m_page = std::make_unique<ReaderPage>(*m_context);
    m_page->show();
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT article_key, lang, paragraph, printed FROM all_citations "
                           "WHERE article_key = 'deepseek-per-capita' AND paragraph IS NOT NULL LIMIT 1"_s));
    ASSERT_TRUE(query.next());
    const QString key = query.value(0).toString();
    m_page->openCitation(key, query.value(1).toString(), query.value(2).toInt(), query.value(3).toString());
    EXPECT_TRUE(m_page->isShowingReference());
    const CitationReferencePanel *panel = m_page->referencePanel();
    const QString apa = panel->findChild<QLabel *>(u"referenceApa"_s)->text();
    const QString gbt = panel->findChild<QLabel *>(u"referenceGbt"_s)->text();
    EXPECT_TRUE(apa.contains(u"He Lingzheng"_s)) << apa.toStdString();
    EXPECT_TRUE(apa.contains(u"(n.d.)"_s)) << apa.toStdString();
    EXPECT_TRUE(apa.contains(u"DeepSeek per capita"_s)) << apa.toStdString();
    EXPECT_TRUE(gbt.contains(u"[EB/OL]"_s)) << gbt.toStdString();
    EXPECT_TRUE(gbt.contains(u"Newberry daybreak"_s)) << gbt.toStdString();
    EXPECT_TRUE(panel->findChild<QPushButton *>(u"referenceImport"_s)->isVisibleTo(m_page.get()));

    // Once imported, the waiting citation opens by itself.
    if (importSeed(u"000"_s) < 0)
        return;
    emit m_context->dataChanged();
    EXPECT_FALSE(m_page->isShowingReference());
    EXPECT_GE(m_page->currentArticle(), 0);
    EXPECT_NE(m_page->currentArticle(), id);
}

TEST_F(ReaderPageTest, ImportedTextIsShownLiterally)
{
    const QString markup
        = u"<b>x</b> <img src=\"http://example.invalid/a.png\"> &amp; <a href=\"http://example.invalid\">link</a>"_s;
    const QString text = u"A Literal Test Article\n"_s + markup + u"\n一段中文：<i>斜体</i>不应被解释。\n"_s;
    const qint64 id = importParsed(ArticleParser::parseBytes(text.toUtf8(), u"literal.txt"_s));
    ASSERT_GE(id, 0);
    m_page = std::make_unique<ReaderPage>(*m_context);
    ASSERT_TRUE(m_page->openArticle(id));
    for (ReaderMode mode : {ReaderMode::SideBySide, ReaderMode::Interleaved, ReaderMode::OneLanguage}) {
        m_page->setMode(mode);
        m_page->setLanguage(u"en"_s);
        const QString shown = m_page->paragraphView()->document()->toPlainText();
        EXPECT_TRUE(shown.contains(markup)) << shown.toStdString();
    }
    m_page->setMode(ReaderMode::Interleaved);
    EXPECT_TRUE(m_page->paragraphView()->document()->toPlainText().contains(u"<i>斜体</i>"_s));
    // Nothing is fetched: the view refuses every resource.
    EXPECT_FALSE(m_page->paragraphView()
                     ->loadResource(QTextDocument::ImageResource, QUrl(u"http://example.invalid/a.png"_s))
                     .isValid());
}

TEST_F(ReaderPageTest, ZoomAndPdfExport)
{
    OPEN_SEEDS_OR_SKIP();
    ParagraphView *view = m_page->paragraphView();
    const qreal before = view->pointSize();
    view->zoomBy(2);
    EXPECT_GT(view->pointSize(), before);
    view->resetZoom();
    EXPECT_DOUBLE_EQ(view->pointSize(), ParagraphView::DefaultPointSize);

    QTemporaryDir out;
    const QString path = out.filePath(u"article.pdf"_s);
    QString error;
    ASSERT_TRUE(m_page->exportPdf(path, &error)) << error.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 10000);
    EXPECT_FALSE(m_page->exportPdf(out.filePath(u"no/such/folder/a.pdf"_s), &error));

    // The text runs across the page, not in a column as narrow as the window's view: the widest line
    // reaches past two thirds of the A4 width (595 pt; 15 mm margins leave 510 pt).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    m_page->paragraphView()->resize(300, 400);
    ASSERT_TRUE(m_page->exportPdf(path, &error)) << error.toStdString();
    QProcess proc;
    proc.start(pdftotext, {u"-bbox"_s, u"-l"_s, u"1"_s, path, u"-"_s});
    ASSERT_TRUE(proc.waitForFinished(30000));
    const QString boxes = QString::fromUtf8(proc.readAllStandardOutput());
    const QRegularExpression xMax(u"xMax=\"([0-9.]+)\""_s);
    double rightmost = 0;
    for (auto match = xMax.globalMatch(boxes); match.hasNext();)
        rightmost = std::max(rightmost, match.next().captured(1).toDouble());
    EXPECT_GT(rightmost, 595.0 * 2 / 3) << boxes.left(2000).toStdString();
    EXPECT_LT(rightmost, 595.0);
}

TEST_F(ReaderPageTest, PdfDefaultFileNameHasNoColonAndEndsOnAWord)
{
    OPEN_SEEDS_OR_SKIP();
    const auto *title = m_page->findChild<QLabel *>(u"readerTitle"_s);
    ASSERT_NE(title, nullptr);
    int awkwardTitles = 0;
    for (int row = 0; row < m_page->libraryModel()->rowCount(); ++row) {
        const qint64 id = m_page->libraryModel()->index(row, 0).data(ArticleLibraryModel::ArticleIdRole).toLongLong();
        ASSERT_TRUE(m_page->openArticle(id));
        const QString heading = title->text().section(u" · "_s, 0, 0);
        if (heading.contains(u':') || heading.size() > 60)
            ++awkwardTitles;
        const QString name = m_page->suggestedPdfFileName();
        ASSERT_TRUE(name.endsWith(u".pdf"_s)) << name.toStdString();
        EXPECT_FALSE(name.contains(u':')) << name.toStdString();
        EXPECT_FALSE(name.contains(u'/')) << name.toStdString();
        const QString stem = name.chopped(4);
        ASSERT_FALSE(stem.isEmpty());
        EXPECT_LE(stem.size(), 60);
        // The stem ends where a word of the title ends: in the title, no letter follows its last word.
        const QString lastWord = stem.section(u' ', -1);
        const qsizetype at = heading.lastIndexOf(lastWord);
        ASSERT_GE(at, 0) << heading.toStdString();
        const qsizetype after = at + lastWord.size();
        EXPECT_TRUE(after == heading.size() || !heading.at(after).isLetter())
            << stem.toStdString() << " | " << heading.toStdString();
    }
    // "Post DeepSeek Era: Six Little Tigers Turn Left, BAT Turn Right" has a ':' and 62 characters.
    EXPECT_GE(awkwardTitles, 1);
}
