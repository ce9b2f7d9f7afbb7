#include "ExportFileName.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::ExportFileName;

TEST(ExportFileName, ReservedCharactersBecomeSpaces)
{
    EXPECT_EQ(ExportFileName::fromTitle(u"Zhipu: the first tiger / 2024?"_s), u"Zhipu the first tiger 2024"_s);
    EXPECT_EQ(ExportFileName::fromTitle(u"智谱：“六小虎”"_s), u"智谱：“六小虎”"_s);
    EXPECT_FALSE(ExportFileName::fromTitle(u"a\tb\\c*d\"e<f>g|h"_s).contains(u'\\'));
}

TEST(ExportFileName, LongTitlesAreCutWhereAWordEnds)
{
    const QString title = u"The six little tigers of Chinese AI and the giants they compete with"_s;
    const QString name = ExportFileName::fromTitle(title, 30);
    EXPECT_LE(name.size(), 30);
    // Cutting at 30 characters would end in "Chin".
    EXPECT_EQ(name, u"The six little tigers of"_s);
    EXPECT_TRUE(title.startsWith(name));
}

TEST(ExportFileName, ChineseTitlesAreCutBetweenWords)
{
    const QString name = ExportFileName::fromTitle(u"中国人工智能六小虎融资估值"_s, 7);
    EXPECT_LE(name.size(), 7);
    EXPECT_FALSE(name.isEmpty());
    EXPECT_TRUE(u"中国人工智能六小虎融资估值"_s.startsWith(name));
}

TEST(ExportFileName, ShortTitlesAreKept)
{
    EXPECT_EQ(ExportFileName::fromTitle(u"  Moonshot   AI  "_s), u"Moonshot AI"_s);
}
