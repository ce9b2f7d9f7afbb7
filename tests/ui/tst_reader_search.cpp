// The reader's search and what its status bar says, offscreen with the seeds imported: a hit in
// the language not shown switches the view, hits counted ("3 of 12"), highlighted and stepped
// through, results that follow the interface language, the mode a citation opens in, page chrome
// hidden and remembered, copies confirmed.
#include "AppContext.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "LanguageManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "TestSupport.h"
#include "reader/ArticleSourceBar.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderSearchPanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class ReaderSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        m_languages.setLanguage(Language::English);
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    void TearDown() override { m_languages.setLanguage(Language::English); }

    qint64 importSeed(const QString &prefix)
    {
        const QString path = testsupport::seedPath(prefix);
        if (path.isEmpty())
            return -1;
        const ParseResult parsed = ArticleParser::parseFile(path);
        EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
        if (!parsed.ok())
            return -1;
        const ImportResult result = ArticleStore::importArticle(*parsed.article, *m_database);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.articleId;
    }

    /// Imports the seeds and opens a window on 003; false (test skipped) without the seeds.
    bool openSeeds()
    {
        m_seed000 = importSeed(u"000"_s);
        m_seed003 = importSeed(u"003"_s);
        if (m_seed003 < 0 || m_seed000 < 0)
            return false;
        m_window = std::make_unique<QMainWindow>();
        m_page = new ReaderPage(*m_context);
        m_window->setCentralWidget(m_page);
        m_window->resize(1500, 900);
        m_window->show();
        EXPECT_TRUE(m_page->openArticle(m_seed003));
        QCoreApplication::processEvents();
        return true;
    }

    QString status() const { return m_window->statusBar()->currentMessage(); }
    ReaderSearchPanel *search() const { return m_page->searchPanel(); }
    QListWidget *results() const { return search()->findChild<QListWidget *>(u"readerSearchResults"_s); }
    QString countShown() const { return search()->findChild<QLabel *>(u"readerSearchCount"_s)->text(); }
    ParagraphView *view() const { return m_page->paragraphView(); }

    /// The texts the view marks with a colour, in document order: search hits and the current one.
    QStringList marked(const QColor &colour) const
    {
        QStringList texts;
        for (const QTextEdit::ExtraSelection &selection : view()->extraSelections()) {
            if (selection.format.background().color() == colour)
                texts << selection.cursor.selectedText();
        }
        return texts;
    }

    static QColor hitColour() { return QColor(0xff, 0xf1, 0x76); }
    static QColor currentHitColour() { return QColor(0x2e, 0x7d, 0x32); }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QMainWindow> m_window;
    ReaderPage *m_page = nullptr;
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

TEST_F(ReaderSearchTest, AHitInTheLanguageNotShownSwitchesTheView)
{
    OPEN_SEEDS_OR_SKIP();
    m_page->setMode(ReaderMode::OneLanguage);
    m_page->setLanguage(u"en"_s);
    search()->setWholeLibrary(false);
    ASSERT_GT(search()->search(u"开源"_s), 0); // in the Chinese text only
    EXPECT_EQ(view()->language(), u"zh"_s);
    EXPECT_EQ(search()->currentHit(), 0);
    EXPECT_EQ(marked(currentHitColour()), QStringList{u"开源"_s});
    EXPECT_TRUE(status().contains(u"Chinese"_s)) << status().toStdString();

    // A term in both languages stays in the one shown.
    m_page->setLanguage(u"en"_s);
    m_window->statusBar()->clearMessage();
    ASSERT_GT(search()->search(u"DeepSeek"_s), 0);
    EXPECT_EQ(view()->language(), u"en"_s);
    EXPECT_EQ(search()->hits().at(search()->currentHit()).lang, u"en"_s);
    EXPECT_TRUE(status().isEmpty());
}

TEST_F(ReaderSearchTest, HitsAreCountedHighlightedAndSteppedThrough)
{
    OPEN_SEEDS_OR_SKIP();
    search()->setWholeLibrary(false);
    ASSERT_EQ(search()->search(u"open source"_s), 8);
    EXPECT_EQ(results()->count(), 8);
    EXPECT_EQ(countShown(), u"1 of 8"_s);
    // Every hit marked, open-source as well as open source; the current one stands out.
    const QStringList hits = marked(hitColour());
    EXPECT_EQ(hits.size(), 7);
    EXPECT_TRUE(hits.contains(u"open-source"_s));
    EXPECT_EQ(marked(currentHitColour()).size(), 1);

    search()->nextAction()->trigger();
    EXPECT_EQ(countShown(), u"2 of 8"_s);
    EXPECT_EQ(results()->currentRow(), 1);
    const SearchHit second = search()->hits().at(1);
    const ParagraphRange range = view()->paragraphRange(second.lang, second.index);
    ASSERT_GE(range.index, 0);
    for (const QTextEdit::ExtraSelection &selection : view()->extraSelections()) {
        if (selection.format.background().color() == currentHitColour()) {
            EXPECT_EQ(selection.cursor.selectionStart(), range.start + second.start);
        }
    }
    search()->previousAction()->trigger();
    search()->previousAction()->trigger();
    EXPECT_EQ(countShown(), u"8 of 8"_s); // wraps round
    results()->setCurrentRow(3);
    EXPECT_EQ(countShown(), u"4 of 8"_s);

    EXPECT_EQ(search()->search(u"no such words here"_s), 0);
    EXPECT_EQ(countShown(), u"No hits"_s);
    EXPECT_TRUE(marked(hitColour()).isEmpty());
    EXPECT_FALSE(search()->nextAction()->isEnabled());
}

TEST_F(ReaderSearchTest, ResultsFollowTheInterfaceLanguage)
{
    OPEN_SEEDS_OR_SKIP();
    search()->setWholeLibrary(false);
    ASSERT_EQ(search()->search(u"open source"_s), 8);
    for (int i = 0; i < 3; ++i)
        search()->nextAction()->trigger();
    const QString englishItem = results()->item(3)->text();
    ASSERT_TRUE(englishItem.startsWith(u"English ¶"_s));

    m_languages.setLanguage(Language::Chinese);
    QCoreApplication::processEvents();
    EXPECT_EQ(countShown(), u"第 4 个，共 8 个"_s);
    EXPECT_EQ(results()->count(), 8);
    EXPECT_EQ(search()->currentHit(), 3);
    EXPECT_TRUE(results()->item(3)->text().startsWith(u"英文 ¶"_s)) << results()->item(3)->text().toStdString();
    EXPECT_EQ(marked(hitColour()).size() + marked(currentHitColour()).size(), 8); // still marked
    bool currentInView = false;
    for (const QTextEdit::ExtraSelection &selection : view()->extraSelections()) {
        if (selection.format.background().color() == currentHitColour())
            currentInView = view()->viewport()->rect().contains(view()->cursorRect(selection.cursor).center());
    }
    EXPECT_TRUE(currentInView);

    m_languages.setLanguage(Language::English);
    QCoreApplication::processEvents();
    EXPECT_EQ(countShown(), u"4 of 8"_s);
    EXPECT_EQ(results()->item(3)->text(), englishItem);
}

TEST_F(ReaderSearchTest, OpeningACitationSaysWhichModeItShows)
{
    OPEN_SEEDS_OR_SKIP();
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT article_key, paragraph FROM all_citations WHERE printed = '15亿'"_s));
    ASSERT_TRUE(query.next());
    const QString key = query.value(0).toString();
    const int paragraph = query.value(1).toInt();

    m_page->setMode(ReaderMode::SideBySide);
    m_page->openCitation(key, u"zh"_s, paragraph, u"15亿"_s);
    EXPECT_EQ(status(), u"Citation opened, the reader stays in Side by Side mode"_s);

    // A hit in the cited passage is painted over the passage's mark, not under it.
    search()->setWholeLibrary(false);
    ASSERT_GT(search()->search(u"15亿"_s), 0);
    EXPECT_EQ(marked(currentHitColour()), QStringList{u"15亿"_s});
    const QList<QTextEdit::ExtraSelection> extras = view()->extraSelections();
    qsizetype lastCited = -1;
    qsizetype current = -1;
    for (qsizetype i = 0; i < extras.size(); ++i) {
        const QColor colour = extras.at(i).format.background().color();
        if (colour == QColor(0xfd, 0xf0, 0xdc) || colour == QColor(0xf5, 0xa6, 0x23))
            lastCited = i;
        if (colour == currentHitColour())
            current = i;
    }
    EXPECT_GE(lastCited, 0);
    EXPECT_GT(current, lastCited);

    m_page->setMode(ReaderMode::OneLanguage);
    m_page->setLanguage(u"en"_s);
    m_page->openCitation(key, u"zh"_s, paragraph, u"15亿"_s);
    EXPECT_EQ(view()->language(), u"zh"_s);
    EXPECT_EQ(status(), u"Citation opened in One Language mode, switched to the Chinese text it cites"_s);
    m_page->openCitation(key, u"zh"_s, paragraph, u"15亿"_s);
    EXPECT_EQ(status(), u"Citation opened, the reader stays in One Language mode"_s);
}

TEST_F(ReaderSearchTest, PageChromeCanBeHiddenAndTheChoiceIsRemembered)
{
    OPEN_SEEDS_OR_SKIP();
    const auto shownText = [this] { return view()->document()->toPlainText(); };
    ASSERT_TRUE(shownText().contains(u"998 views"_s));
    auto *toggle = m_page->findChild<QAction *>(u"hideChromeAction"_s);
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->isChecked());
    search()->setWholeLibrary(false);
    EXPECT_GT(search()->search(u"998 views"_s), 0);

    toggle->trigger();
    EXPECT_FALSE(shownText().contains(u"998 views"_s));
    EXPECT_FALSE(shownText().contains(u"0 comments"_s));
    EXPECT_TRUE(shownText().contains(u"Zhipu"_s));
    EXPECT_EQ(search()->hits().size(), 0); // searched again without it
    for (ReaderMode mode : {ReaderMode::Interleaved, ReaderMode::OneLanguage}) {
        m_page->setMode(mode);
        m_page->setLanguage(u"en"_s);
        EXPECT_FALSE(shownText().contains(u"998 views"_s));
    }

    ReaderPage again(*m_context);
    EXPECT_TRUE(again.findChild<QAction *>(u"hideChromeAction"_s)->isChecked());
    EXPECT_FALSE(again.paragraphView()->document()->toPlainText().contains(u"998 views"_s));
    toggle->trigger();
    EXPECT_TRUE(shownText().contains(u"998 views"_s));
}

TEST_F(ReaderSearchTest, EveryReaderFollowsTheHidePageFurnitureSettingWhereverItChanges)
{
    OPEN_SEEDS_OR_SKIP();
    ReaderPage other(*m_context);
    other.openArticle(m_page->currentArticle());
    auto *toggle = m_page->findChild<QAction *>(u"hideChromeAction"_s);
    auto *otherToggle = other.findChild<QAction *>(u"hideChromeAction"_s);
    ASSERT_NE(toggle, nullptr);
    ASSERT_NE(otherToggle, nullptr);
    const auto shows = [](const ReaderPage &page) {
        return page.paragraphView()->document()->toPlainText().contains(u"998 views"_s);
    };
    ASSERT_TRUE(shows(*m_page));
    ASSERT_TRUE(shows(other));

    m_context->settings().setValue(SettingKeys::ReaderHideChrome, true);
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(otherToggle->isChecked());
    EXPECT_FALSE(shows(*m_page));
    EXPECT_FALSE(shows(other));

    otherToggle->trigger(); // shown again from the other page: this one follows
    EXPECT_FALSE(m_context->settings().value(SettingKeys::ReaderHideChrome));
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_TRUE(shows(*m_page));
    EXPECT_TRUE(shows(other));
}

TEST_F(ReaderSearchTest, CopiesEndWithAConfirmation)
{
    OPEN_SEEDS_OR_SKIP();
    Q_EMIT view()->copyParagraphRequested(u"en"_s, 2);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), m_page->paragraphWithCitation(u"en"_s, 2));
    EXPECT_EQ(status(), u"Copied English ¶3 with its citation"_s);

    QAction *apa = nullptr;
    for (QAction *action : m_page->sourceBar()->findChildren<QAction *>()) {
        if (action->text() == u"APA"_s)
            apa = action;
    }
    ASSERT_NE(apa, nullptr);
    apa->trigger();
    EXPECT_FALSE(QGuiApplication::clipboard()->text().isEmpty());
    EXPECT_EQ(status(), u"Copied the article's reference (APA)"_s);
}
