// Every cited span of the seed articles, opened in every reading mode: the painted highlight covers
// exactly the cited text of its paragraph — never a neighbour's characters, never mid-word.
#include "AlignedParagraphModel.h"
#include "AppContext.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "TestSupport.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderPage.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

bool isWordCharacter(QChar c)
{
    // Han text has no spaces: only Latin letters and digits make words that can be cut.
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

class ReaderHighlightTest : public ::testing::Test
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

    bool importSeeds()
    {
        for (const QString &prefix : {u"000"_s, u"003"_s}) {
            const QString path = testsupport::seedPath(prefix);
            if (path.isEmpty())
                return false;
            const ParseResult parsed = ArticleParser::parseFile(path);
            if (!parsed.ok())
                return false;
            if (!ArticleStore::importArticle(*parsed.article, *m_database).ok())
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
};

} // namespace

TEST_F(ReaderHighlightTest, EveryCitedSpanIsPaintedExactlyInEveryMode)
{
    if (!importSeeds()) {
        if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR"))
            FAIL() << "seeds missing";
        GTEST_SKIP() << "seeds not found";
    }
    ReaderPage page(*m_context);
    page.resize(1300, 850);
    page.show();

    struct Citation
    {
        QString key, lang, printed;
        int paragraph;
    };
    QList<Citation> citations;
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT DISTINCT article_key, lang, paragraph, printed FROM all_citations "
                           "WHERE article_key IN (SELECT article_key FROM main.imported_articles) AND printed <> '' "
                           "ORDER BY article_key, lang, paragraph"_s));
    while (query.next())
        citations.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(3).toString(), query.value(2).toInt()});
    ASSERT_GT(citations.size(), 50);

    int checked = 0;
    for (ReaderMode mode : {ReaderMode::SideBySide, ReaderMode::Interleaved, ReaderMode::OneLanguage}) {
        page.setMode(mode);
        for (const Citation &c : std::as_const(citations)) {
            page.openCitation(c.key, c.lang, c.paragraph, c.printed);
            ParagraphView *view = page.paragraphView();
            const AlignedParagraphModel &model = *page.paragraphModel();
            const QString where
                = u"mode %1, %2 %3 ¶%4 “%5”"_s.arg(int(mode)).arg(c.key, c.lang).arg(c.paragraph + 1).arg(c.printed);
            for (const ParagraphSpan &span : view->citation()) {
                if (span.length == 0)
                    continue;
                const ParagraphRange range = view->paragraphRange(span.lang, span.paragraph);
                if (range.index < 0)
                    continue; // not shown in this mode
                const QString text = model.paragraph(span.lang, span.paragraph).text;
                ASSERT_EQ(range.end - range.start, text.size()) << where.toStdString();
                const QString expected = text.mid(span.start, span.length);
                QTextCursor painted(view->document());
                painted.setPosition(range.start + int(span.start));
                painted.setPosition(range.start + int(span.start + span.length), QTextCursor::KeepAnchor);
                EXPECT_EQ(painted.selectedText(), expected) << where.toStdString();
                if (span.lang == c.lang && span.paragraph == c.paragraph)
                    EXPECT_EQ(expected.toCaseFolded().simplified(), c.printed.toCaseFolded().simplified())
                        << where.toStdString();
                // Not mid-word: a Latin span starts and ends at word boundaries.
                if (span.start > 0 && isWordCharacter(text.at(span.start)))
                    EXPECT_FALSE(isWordCharacter(text.at(span.start - 1))) << where.toStdString() << " starts mid-word";
                const qsizetype end = span.start + span.length;
                if (end < text.size() && isWordCharacter(text.at(end - 1)))
                    EXPECT_FALSE(isWordCharacter(text.at(end))) << where.toStdString() << " ends mid-word";
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, citations.size()) << "both languages are checked where both are shown";
}
