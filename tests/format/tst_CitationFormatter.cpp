#include "CitationFormatter.h"
#include "NameList.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

ArticleRecord article()
{
    ArticleRecord a;
    a.key = u"six-tigers"_s;
    a.titleEn = u"Six Little Tigers"_s;
    a.titleZh = u"六小虎"_s;
    a.outletEn = u"New Entropy"_s;
    a.outletZh = u"新熵"_s;
    a.published = u"2025-03-26"_s;
    return a;
}

CitationRecord citation(const QString &lang, int storedParagraph, const QString &printed = {})
{
    CitationRecord c;
    c.articleKey = u"six-tigers"_s;
    c.lang = lang;
    c.paragraph = storedParagraph;
    c.printed = printed;
    return c;
}

} // namespace

TEST(CitationFormatter, ParagraphsCountFromOne)
{
    EXPECT_EQ(ParagraphNumber::shown(0), 1);
    EXPECT_EQ(ParagraphNumber::stored(1), 0);
    EXPECT_EQ(ParagraphNumber::stored(ParagraphNumber::shown(22)), 22);
}

TEST(CitationFormatter, ShortFormShowsTheTitleNotTheKey)
{
    EXPECT_EQ(CitationFormatter::shortForm(citation(u"en"_s, 22), article(), Language::English),
              u"Six Little Tigers ¶23"_s);
    // A version in the other language says so.
    EXPECT_EQ(CitationFormatter::shortForm(citation(u"zh"_s, 2), article(), Language::English),
              u"Six Little Tigers ¶3 (Chinese text)"_s);
    // No title known: the key stands in; a free reference stays as it is.
    ArticleRecord untitled;
    untitled.key = u"six-tigers"_s;
    EXPECT_EQ(CitationFormatter::shortForm(citation(u"en"_s, 0), untitled, Language::English), u"six-tigers ¶1"_s);
    CitationRecord reference;
    reference.reference = u"https://example.org/report"_s;
    EXPECT_EQ(CitationFormatter::shortForm(reference, {}, Language::English), u"https://example.org/report"_s);
}

TEST(CitationFormatter, LongFormNamesOutletTitleDateParagraphAndPrintedFigure)
{
    EXPECT_EQ(CitationFormatter::longForm(citation(u"en"_s, 11, u"1.5 billion"_s), article(), Language::English),
              u"New Entropy, \"Six Little Tigers\", 26 Mar 2025, paragraph 12: “1.5 billion”"_s);
    ArticleRecord undated = article();
    undated.published.clear();
    EXPECT_EQ(CitationFormatter::articleLine(undated, Language::English),
              u"New Entropy, \"Six Little Tigers\", date not given"_s);
}

TEST(CitationFormatter, ReferencesInApaAndGbt7714)
{
    ArticleRecord a = article();
    a.author = u"Author A"_s;
    EXPECT_EQ(CitationFormatter::apa(a), u"Author A. (2025, March 26). 六小虎 [Six Little Tigers]. New Entropy."_s);
    EXPECT_EQ(CitationFormatter::gbt7714(a), u"Author A. 六小虎[EB/OL]. 新熵, 2025-03-26."_s);
}

TEST(NameList, JoinsWithTheLanguagesListPunctuation)
{
    const QStringList zh = {u"智谱"_s, u"百川"_s, u"MiniMax"_s};
    EXPECT_EQ(NameList::join(zh, Language::Chinese), u"智谱、百川和MiniMax"_s);
    EXPECT_EQ(NameList::join({u"Zhipu"_s, u"Baichuan"_s, u"MiniMax"_s}, Language::English),
              u"Zhipu, Baichuan and MiniMax"_s);
    EXPECT_EQ(NameList::join({u"Zhipu"_s}, Language::English), u"Zhipu"_s);
    EXPECT_EQ(NameList::join({}, Language::English), QString());
}
