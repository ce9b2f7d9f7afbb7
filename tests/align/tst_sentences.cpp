// The sentence splitter, names by sound, and the band the sentence aligner searches.
#include "AnchorIndex.h"
#include "BandedLattice.h"
#include "NameSounds.h"
#include "SentenceSplitter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::Language;
using tigerscope::NameSounds;
using tigerscope::SentenceSplitter;

namespace {

TEST(SentenceSplitter, ChineseClosingQuotesStayWithTheirSentence)
{
    const QStringList sentences = SentenceSplitter::sentences(
        u"他说：“我们不会放弃。”随后离开了会场！记者问：“为什么？”没有回答……第二天一切照旧。"_s, Language::Chinese);
    EXPECT_EQ(sentences,
              (QStringList{u"他说：“我们不会放弃。”"_s, u"随后离开了会场！"_s, u"记者问：“为什么？”"_s, u"没有回答……"_s,
                           u"第二天一切照旧。"_s}));
}

TEST(SentenceSplitter, ChineseBracketsAndFullWidthStops)
{
    const QStringList sentences
        = SentenceSplitter::sentences(u"（这是括号里的话。）下一句？最后一句"_s, Language::Chinese);
    EXPECT_EQ(sentences, (QStringList{u"（这是括号里的话。）"_s, u"下一句？"_s, u"最后一句"_s}));
}

TEST(SentenceSplitter, EnglishAbbreviationsAndDecimals)
{
    const QStringList sentences = SentenceSplitter::sentences(
        u"Mr. Zhang said revenue rose 1.5 times. \"It works,\" he added. Is it enough?"_s, Language::English);
    EXPECT_EQ(
        sentences,
        (QStringList{u"Mr. Zhang said revenue rose 1.5 times."_s, u"\"It works,\" he added."_s, u"Is it enough?"_s}));
}

TEST(SentenceSplitter, RecordsParagraphEnds)
{
    const auto sentences = SentenceSplitter::split({u"一。二。"_s, u"三"_s}, Language::Chinese);
    ASSERT_EQ(sentences.size(), 3);
    EXPECT_EQ(sentences[0].paragraph, 0);
    EXPECT_FALSE(sentences[0].endsParagraph);
    EXPECT_TRUE(sentences[1].endsParagraph);
    EXPECT_EQ(sentences[1].start, 2);
    EXPECT_TRUE(sentences[2].wholeParagraph);
    EXPECT_FALSE(sentences[0].wholeParagraph);
}

TEST(NameSounds, PinyinOfNamesMatchesTheirEnglishRendering)
{
    NameSounds sounds;
    EXPECT_EQ(sounds.syllable(u'张'), u"zhang"_s);
    const QString english = u"Zhang Peng, CEO of Zhipu, met Liu Zunyi of Jieyue Xingchen in Beijing."_s;
    const QStringList keys = NameSounds::englishKeys(english);
    const QSet<QString> known(keys.cbegin(), keys.cend());
    EXPECT_TRUE(known.contains(u"zhangpeng"_s));
    EXPECT_TRUE(known.contains(u"jieyuexingchen"_s));
    const QStringList found = sounds.chineseKeys(u"阶跃星辰的投资人张鹏与刘遵义见面。"_s, known);
    EXPECT_TRUE(found.contains(u"zhangpeng"_s)) << found.join(u',').toStdString();
    EXPECT_TRUE(found.contains(u"liuzunyi"_s)) << found.join(u',').toStdString();
    EXPECT_TRUE(found.contains(u"jieyuexingchen"_s)) << found.join(u',').toStdString();
    EXPECT_FALSE(found.contains(u"beijing"_s));
}

TEST(NameSounds, AreAnchorsBetweenTheLanguages)
{
    const QStringList zh = {u"张鹏表示公司不会放弃。"_s, u"王小川则另有打算。"_s};
    const QStringList en = {u"Wang Xiaochuan has other plans."_s, u"Zhang Peng said the company would not give up."_s};
    const tigerscope::AnchorIndex anchors(zh, en, {});
    EXPECT_GT(anchors.agreement(anchors.zhAnchors(0), anchors.enAnchors(1)).shared, 0.0);
    EXPECT_GT(anchors.agreement(anchors.zhAnchors(1), anchors.enAnchors(0)).shared, 0.0);
    EXPECT_EQ(anchors.agreement(anchors.zhAnchors(0), anchors.enAnchors(0)).shared, 0.0);
}

TEST(LatticeBand, StaysConnectedAroundTheDiagonal)
{
    const tigerscope::LatticeBand band({0, 1, 5, 5, 10}, 10, 1);
    EXPECT_EQ(band.lo(0), 0);
    EXPECT_EQ(band.hi(4), 10);
    for (int i = 1; i < band.rows(); ++i) {
        EXPECT_LE(band.lo(i), band.hi(i - 1)) << i;
        EXPECT_GE(band.lo(i), band.lo(i - 1)) << i;
    }
    EXPECT_FALSE(band.contains(4, 0));
    EXPECT_LT(band.cells(), size_t(5 * 11));
}

} // namespace
