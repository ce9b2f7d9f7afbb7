// Correcting the reader's alignment by hand (issue 13 §3, §4): every correction through the
// reader's actions and shortcuts with undo and redo, the corrections kept across a re-opened
// database and a re-import, the uncertain beads in the margin and the coverage badge, cited figures
// following the beads, and the alignment exports.
#include "AlignedParagraphModel.h"
#include "AlignmentStore.h"
#include "AppContext.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "TestSupport.h"
#include "reader/AlignmentCorrectionController.h"
#include "reader/AlignmentExportActions.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderDocumentBuilder.h"
#include "reader/ReaderPage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextTable>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

using Correction = AlignmentCorrectionController::Correction;

class ReaderCorrectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        openDatabase();
    }

    void openDatabase()
    {
        m_page.reset();
        m_context.reset();
        m_database.reset();
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    qint64 importSeed003()
    {
        const QString path = testsupport::seedPath(u"003"_s);
        if (path.isEmpty())
            return -1;
        const ParseResult parsed = ArticleParser::parseFile(path);
        EXPECT_TRUE(parsed.ok());
        if (!parsed.ok())
            return -1;
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_EQ(result.status, ImportResult::Status::Imported) << result.error.toStdString();
        return result.articleId;
    }

    void openPage(qint64 articleId)
    {
        m_page = std::make_unique<ReaderPage>(*m_context);
        m_page->resize(1300, 850);
        m_page->show();
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        ASSERT_TRUE(m_page->openArticle(articleId));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->paragraphModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->setMode(ReaderMode::SideBySide);
        m_page->paragraphView()->setFocus();
    }

    /// The first bead from which two 1-1 pairs follow each other: room to merge, shift and split.
    int twoPairsInARow() const
    {
        const AlignedParagraphModel *model = m_page->paragraphModel();
        for (int r = 0; r + 1 < model->rowCount(); ++r) {
            const ReaderRow &a = model->row(r);
            const ReaderRow &b = model->row(r + 1);
            if (a.zh.size() == 1 && a.en.size() == 1 && b.zh.size() == 1 && b.en.size() == 1)
                return r;
        }
        return -1;
    }

    void selectBead(int row)
    {
        const ReaderRow &r = m_page->paragraphModel()->row(row);
        m_page->paragraphView()->selectParagraph(r.zh.isEmpty() ? u"en"_s : u"zh"_s,
                                                 r.zh.isEmpty() ? r.en.first() : r.zh.first());
        m_page->paragraphView()->setFocus();
    }

    /// What a person presses, to the view that has the focus.
    void press(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(m_page->paragraphView(), Qt::Key(key), modifiers);
        QCoreApplication::processEvents();
    }

    Alignment shown() const { return m_page->paragraphModel()->alignment(); }
    QUndoStack *undoStack() const { return m_page->corrections()->undoStack(); }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ReaderPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

#define IMPORT_OR_SKIP(id) \
    const qint64 id = importSeed003(); \
    if (id < 0) { \
        if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seed 003 missing"; \
        GTEST_SKIP() << "seed 003 not found"; \
    }

QList<int> range(int first, int count)
{
    QList<int> list;
    for (int i = 0; i < count; ++i)
        list << first + i;
    return list;
}

} // namespace

TEST_F(ReaderCorrectionTest, EveryCorrectionByItsShortcutWithUndoAndRedo)
{
    IMPORT_OR_SKIP(article);
    openPage(article);
    const int b = twoPairsInARow();
    ASSERT_GE(b, 0);
    const Alignment original = shown();
    const int rows = m_page->paragraphModel()->rowCount();
    const int zh = original.beads.at(b).zh.first();
    const int en = original.beads.at(b).en.first();

    // Merge with the next bead: Ctrl+M.
    selectBead(b);
    press(Qt::Key_M, Qt::ControlModifier);
    ASSERT_EQ(m_page->paragraphModel()->rowCount(), rows - 1);
    EXPECT_EQ(m_page->paragraphModel()->row(b).zh, range(zh, 2));
    EXPECT_EQ(m_page->paragraphModel()->row(b).en, range(en, 2));
    EXPECT_TRUE(m_page->paragraphModel()->row(b).confirmed);
    EXPECT_EQ(m_page->corrections()->currentBead(), b); // the merged bead stays selected
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(shown().beads, original.beads);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_page->paragraphModel()->rowCount(), rows - 1);

    // Split it back: Ctrl+Alt+M.
    selectBead(b);
    press(Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_EQ(shown().beads, original.beads);
    EXPECT_TRUE(m_page->paragraphModel()->row(b).confirmed);
    undoStack()->undo();
    EXPECT_EQ(m_page->paragraphModel()->rowCount(), rows - 1);
    undoStack()->undo();
    EXPECT_EQ(shown().beads, original.beads);

    // The Chinese paragraph down to the next bead (Alt+Down), the English one up (Alt+Shift+Up).
    selectBead(b);
    press(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(m_page->paragraphModel()->row(b).zh, QList<int>());
    EXPECT_EQ(m_page->paragraphModel()->row(b).en, QList<int>{en});
    EXPECT_EQ(m_page->paragraphModel()->row(b + 1).zh, range(zh, 2));
    undoStack()->undo();
    EXPECT_EQ(shown().beads, original.beads);
    selectBead(b + 1);
    press(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_page->paragraphModel()->row(b).en, range(en, 2));
    EXPECT_EQ(m_page->paragraphModel()->row(b + 1).en, QList<int>());
    undoStack()->undo();
    selectBead(b + 1);
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(m_page->paragraphModel()->row(b).zh, range(zh, 2));
    undoStack()->undo();
    selectBead(b);
    press(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_page->paragraphModel()->row(b + 1).en, range(en, 2));
    undoStack()->undo();
    EXPECT_EQ(shown().beads, original.beads);

    // No counterpart: Ctrl+Backspace makes the pair two one-sided beads.
    selectBead(b);
    press(Qt::Key_Backspace, Qt::ControlModifier);
    EXPECT_EQ(m_page->paragraphModel()->rowCount(), rows + 1);
    EXPECT_FALSE(m_page->paragraphModel()->row(b).isPair());
    EXPECT_FALSE(m_page->paragraphModel()->row(b + 1).isPair());
    EXPECT_TRUE(m_page->paragraphModel()->counterparts(u"zh"_s, zh).isEmpty());
    undoStack()->undo();
    EXPECT_EQ(m_page->paragraphModel()->counterparts(u"zh"_s, zh), QList<int>{en});

    // Confirm: Ctrl+Return.
    selectBead(b);
    EXPECT_FALSE(m_page->paragraphModel()->row(b).confirmed);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(m_page->paragraphModel()->row(b).confirmed);
    undoStack()->undo();
    EXPECT_FALSE(m_page->paragraphModel()->row(b).confirmed);
    undoStack()->redo();
    EXPECT_TRUE(m_page->paragraphModel()->row(b).confirmed);

    // Every correction is also a menu entry of the reader.
    for (Correction c : {Correction::MergeWithNext, Correction::SplitFirst, Correction::ShiftChineseUp,
                         Correction::ShiftChineseDown, Correction::ShiftEnglishUp, Correction::ShiftEnglishDown,
                         Correction::NoCounterpart, Correction::Confirm, Correction::AlignRest}) {
        QAction *action = m_page->corrections()->action(c);
        ASSERT_TRUE(action);
        EXPECT_TRUE(m_page->corrections()->menu()->actions().contains(action));
        EXPECT_FALSE(action->shortcut().isEmpty());
        EXPECT_FALSE(action->text().isEmpty());
    }

    // One-language mode shows one side: nothing to correct there.
    m_page->setMode(ReaderMode::OneLanguage);
    EXPECT_FALSE(m_page->corrections()->action(Correction::MergeWithNext)->isEnabled());
    m_page->setMode(ReaderMode::Interleaved);
    EXPECT_TRUE(m_page->corrections()->action(Correction::MergeWithNext)->isEnabled());
}

TEST_F(ReaderCorrectionTest, RealignTheRestHoldsTheConfirmedBeads)
{
    IMPORT_OR_SKIP(article);
    openPage(article);
    const int b = twoPairsInARow();
    ASSERT_GE(b, 0);
    // A deliberately wrong bead, confirmed: the aligner would never make it.
    selectBead(b);
    press(Qt::Key_M, Qt::ControlModifier);
    const AlignmentBead merged = shown().beads.at(b);
    ASSERT_EQ(merged.zh.size(), 2);
    press(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    const Alignment realigned = shown();
    EXPECT_TRUE(realigned.covers(m_page->paragraphModel()->paragraphs(u"zh"_s).size(),
                                 m_page->paragraphModel()->paragraphs(u"en"_s).size()));
    EXPECT_TRUE(realigned.beads.contains(merged));
    undoStack()->undo();
    EXPECT_TRUE(shown().beads.contains(merged));
}

TEST_F(ReaderCorrectionTest, CorrectionsSurviveRestartAndReimport)
{
    IMPORT_OR_SKIP(article);
    openPage(article);
    const int b = twoPairsInARow();
    ASSERT_GE(b, 0);
    selectBead(b);
    press(Qt::Key_M, Qt::ControlModifier);
    selectBead(b + 1);
    press(Qt::Key_Return, Qt::ControlModifier);
    const Alignment corrected = shown();
    ASSERT_TRUE(corrected.beads.at(b).confirmed);
    ASSERT_TRUE(corrected.beads.at(b + 1).confirmed);

    // Restart: a new connection to the same user database.
    openDatabase();
    Alignment stored = AlignmentStore::load(article, *m_database);
    EXPECT_EQ(stored.beads, corrected.beads);
    EXPECT_TRUE(stored.beads.at(b).confirmed);
    openPage(article);
    EXPECT_EQ(shown().beads, corrected.beads);
    EXPECT_TRUE(m_page->paragraphModel()->row(b).confirmed);

    // Removed and imported again: the same article (by its fingerprint) gets its corrections back.
    m_page.reset();
    ASSERT_TRUE(ArticleStore::removeArticle(article, *m_database));
    EXPECT_TRUE(AlignmentStore::load(article, *m_database).beads.isEmpty());
    const qint64 again = importSeed003();
    ASSERT_GT(again, 0);
    stored = AlignmentStore::load(again, *m_database);
    EXPECT_EQ(stored.beads, corrected.beads);
    EXPECT_TRUE(stored.beads.at(b).confirmed);

    // The table the corrections are kept in comes from the schema upgrade.
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM main.corrected_alignments"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), corrected.beads.size());
}

TEST_F(ReaderCorrectionTest, UncertainBeadsAreMarkedAndFixedInTwoKeystrokes)
{
    IMPORT_OR_SKIP(article);
    Alignment alignment = AlignmentStore::load(article, *m_database);
    ASSERT_GT(alignment.beads.size(), 5);
    // The aligner is sure of the seed: make one pair uncertain, as a hard article would have it.
    int uncertain = -1;
    for (int r = 3; r < alignment.beads.size() && uncertain < 0; ++r) {
        if (alignment.beads.at(r).isPair())
            uncertain = r;
    }
    ASSERT_GE(uncertain, 0);
    for (AlignmentBead &bead : alignment.beads)
        bead.confidence = std::max(bead.confidence, 0.95);
    alignment.beads[uncertain].confidence = 0.42;
    ASSERT_TRUE(AlignmentStore::save(article, alignment, *m_database));
    openPage(article);

    EXPECT_TRUE(m_page->coverageBadge()->isVisible());
    EXPECT_TRUE(m_page->coverageBadge()->text().contains(u"1 uncertain"_s))
        << m_page->coverageBadge()->text().toStdString();
    ParagraphView *view = m_page->paragraphView();
    const QString mark = ReaderDocumentBuilder::uncertainMark(0.42);
    EXPECT_EQ(mark, u"⚠ uncertain · 42%"_s);
    EXPECT_EQ(view->document()->toPlainText().count(mark), 1);
    // The mark stands in the margin of the uncertain row, its tooltip the confidence.
    const QTextCursor found = view->document()->find(mark);
    ASSERT_FALSE(found.isNull());
    QTextCursor cursor(view->document());
    cursor.setPosition(found.selectionStart() + 1);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    EXPECT_EQ(view->toolTipAt(view->cursorRect(cursor).center()), u"Aligned, confidence 42%"_s);
    // In the uncertain row, before its first paragraph.
    const ReaderRow &row = m_page->paragraphModel()->row(uncertain);
    const ParagraphRange first = view->paragraphRange(u"zh"_s, row.zh.first());
    EXPECT_LT(found.selectionStart(), first.start);

    // F8 goes to it, Ctrl+Return confirms it: two keystrokes.
    view->selectParagraph(QString(), -1);
    press(Qt::Key_F8);
    EXPECT_EQ(m_page->corrections()->currentBead(), uncertain);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(m_page->paragraphModel()->row(uncertain).confirmed);
    EXPECT_FALSE(m_page->coverageBadge()->text().contains(u"uncertain"_s));
    EXPECT_EQ(view->document()->toPlainText().count(u"uncertain ·"_s), 0);
    EXPECT_FALSE(m_page->corrections()->goToNextUncertain());
}

TEST_F(ReaderCorrectionTest, CitedFigureFollowsTheCorrectedBead)
{
    IMPORT_OR_SKIP(article);
    openPage(article);
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(
        query.exec(u"SELECT article_key, lang, paragraph, printed FROM all_citations WHERE printed = '15亿'"_s));
    ASSERT_TRUE(query.next());
    const QString key = query.value(0).toString();
    const int paragraph = query.value(2).toInt();
    m_page->openCitation(key, u"zh"_s, paragraph, u"15亿"_s);
    ParagraphView *view = m_page->paragraphView();
    ASSERT_GE(view->citation().size(), 2);
    EXPECT_EQ(view->citation().at(1).lang, u"en"_s);

    // The bead was wrong: it has no counterpart. The English highlight goes with it.
    view->selectParagraph(u"zh"_s, paragraph);
    press(Qt::Key_Backspace, Qt::ControlModifier);
    ASSERT_EQ(view->citation().size(), 1);
    EXPECT_EQ(view->citation().at(0).lang, u"zh"_s);
    undoStack()->undo();
    ASSERT_GE(view->citation().size(), 2);
    EXPECT_EQ(view->citation().at(1).lang, u"en"_s);
}

TEST_F(ReaderCorrectionTest, ExportsTheShownAlignment)
{
    IMPORT_OR_SKIP(article);
    openPage(article);
    const int b = twoPairsInARow();
    selectBead(b);
    press(Qt::Key_M, Qt::ControlModifier); // the export follows the corrections
    const int rows = m_page->paragraphModel()->rowCount();
    AlignmentExportActions *exports = m_page->alignmentExport();
    EXPECT_TRUE(exports->menu()->isEnabled());
    EXPECT_EQ(exports->menu()->actions().size(), 3);

    QTemporaryDir out;
    const QString path = out.filePath(u"a.tmx"_s);
    QString error;
    ASSERT_TRUE(exports->exportTo(AlignmentFormat::Tmx, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray tmx = file.readAll();
    QXmlStreamReader xml(tmx);
    int units = 0;
    QString version;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == "tu"_L1)
                ++units;
            if (xml.name() == "tmx"_L1)
                version = xml.attributes().value("version"_L1).toString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(units, shown().pairs().size()); // a translation unit needs both languages
    EXPECT_EQ(version, u"1.4"_s);
    const QString merged = m_page->paragraphModel()->paragraph(u"zh"_s, shown().beads.at(b).zh.at(1)).text;
    EXPECT_TRUE(QString::fromUtf8(tmx).contains(merged.left(10)));

    const QByteArray tsv = exports->bytes(AlignmentFormat::Tsv);
    EXPECT_EQ(tsv.count('\n'), rows);
    const QByteArray json = exports->bytes(AlignmentFormat::Json);
    EXPECT_TRUE(json.startsWith("{\"pairs\":["));
    EXPECT_TRUE(json.contains("\"confidence\":"));
    EXPECT_TRUE(json.contains(QByteArray("\"zh\":[") + QByteArray::number(shown().beads.at(b).zh.at(0)) + ','
                              + QByteArray::number(shown().beads.at(b).zh.at(1)) + ']'));

    // Nothing to export for an article in one language.
    ParsedArticle english;
    english.title = u"One language"_s;
    english.sourcePath = out.filePath(u"one.txt"_s);
    english.encoding = u"UTF-8"_s;
    ParsedParagraph paragraph;
    paragraph.text = u"Only English here."_s;
    paragraph.lang = u"en"_s;
    english.en = {paragraph};
    const ImportResult one = ArticleStore::importArticle(english, *m_database);
    ASSERT_TRUE(one.ok()) << one.error.toStdString();
    m_page->openArticle(one.articleId);
    EXPECT_FALSE(exports->menu()->isEnabled());
}
