#include "AnchorIndex.h"
#include "ParagraphAligner.h"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <random>

using namespace Qt::StringLiterals;
using tigerscope::AlignerOptions;
using tigerscope::Alignment;
using tigerscope::AlignmentBead;
using tigerscope::AnchorIndex;
using tigerscope::LengthModel;
using tigerscope::ParagraphAligner;

namespace tigerscope {

void PrintTo(const AlignmentBead &bead, std::ostream *os)
{
    *os << "{zh";
    for (int z : bead.zh)
        *os << ' ' << z;
    *os << " | en";
    for (int e : bead.en)
        *os << ' ' << e;
    *os << '}';
}

} // namespace tigerscope

namespace {

// A short invented article and its translation, paragraph by paragraph.
const QStringList kZh = {
    u"星海智能于2023年在杭州成立,创始团队来自浙江大学,首款产品是一个面向律师的检索助手。"_s,
    u"去年底,公司完成了一轮4.5亿元的融资,投资方包括两家地方产业基金和一家老牌券商。"_s,
    u"截至今年3月,其模型Aurora-2的企业客户已超过1200家,月活跃用户约为86万。"_s,
    u"创始人周明在接受采访时表示,团队会把更多算力投入到推理速度的优化上,而不是一味追求参数规模。"_s,
    u"与此同时,价格战让行业的利润空间不断收窄。一位销售负责人透露,部分大客户的报价在半年内下降了六成。"_s,
    u"公司计划在2025年推出面向中小企业的一体机,售价控制在每台9.8万元以内。"_s,
    u"不过,也有投资人担心,如果开源模型的能力继续快速提升,星海智能的技术优势可能在一年内被抹平。"_s,
    u"对于这些质疑,周明的回应很简单:先把产品做好,用户自然会留下来。"_s,
};
const QStringList kEn = {
    u"Xinghai Intelligence was founded in Hangzhou in 2023 by a team from Zhejiang University, and its first product was a retrieval assistant for lawyers."_s,
    u"At the end of last year the company closed a financing round of 450 million yuan, backed by two local industrial funds and a long-established brokerage."_s,
    u"As of March this year its model Aurora-2 served more than 1,200 enterprise customers, with about 860,000 monthly active users."_s,
    u"In an interview, founder Zhou Ming said the team would put more computing power into making inference faster rather than simply chasing a larger parameter count."_s,
    u"Meanwhile, the price war keeps squeezing margins across the industry. A sales manager said quotes for some large customers fell by sixty percent within half a year."_s,
    u"The company plans to launch an all-in-one appliance for small and medium-sized businesses in 2025, priced at no more than 98,000 yuan per unit."_s,
    u"Some investors worry, however, that if open-source models keep improving this quickly, Xinghai's technical edge could be erased within a year."_s,
    u"Zhou Ming's answer to such doubts is simple: build a good product first, and users will stay."_s,
};
// A Chinese paragraph of about the length of kZh[3] with no names or figures.
const QString kZhUnrelated = u"另一方面,行业里的其他创业公司也在调整方向,有的转向垂直领域,有的干脆把团队卖给了大厂。"_s;

AlignmentBead bead(QList<int> zh, QList<int> en)
{
    return AlignmentBead{std::move(zh), std::move(en), 0.0};
}

QList<AlignmentBead> oneToOne(int zhFrom, int enFrom, int count)
{
    QList<AlignmentBead> beads;
    for (int k = 0; k < count; ++k)
        beads.append(bead({zhFrom + k}, {enFrom + k}));
    return beads;
}

std::string describe(const Alignment &alignment)
{
    std::string text;
    for (const AlignmentBead &b : alignment.beads) {
        text += "[";
        for (int z : b.zh)
            text += std::to_string(z) + " ";
        text += "|";
        for (int e : b.en)
            text += " " + std::to_string(e);
        text += "] ";
    }
    return text;
}

void expectCoversEverything(const Alignment &alignment, qsizetype zh, qsizetype en)
{
    QList<int> seenZh;
    QList<int> seenEn;
    for (const AlignmentBead &b : alignment.beads) {
        seenZh += b.zh;
        seenEn += b.en;
        EXPECT_GE(b.confidence, 0.0);
        EXPECT_LE(b.confidence, 1.0);
    }
    for (int i = 0; i < zh; ++i)
        EXPECT_EQ(seenZh.value(i, -1), i);
    for (int j = 0; j < en; ++j)
        EXPECT_EQ(seenEn.value(j, -1), j);
    EXPECT_EQ(seenZh.size(), zh);
    EXPECT_EQ(seenEn.size(), en);
}

TEST(ParagraphAligner, StraightTranslation)
{
    const Alignment alignment = ParagraphAligner().align(kZh, kEn);
    EXPECT_EQ(alignment.beads, oneToOne(0, 0, 8)) << describe(alignment);
    for (const AlignmentBead &b : alignment.beads)
        EXPECT_GT(b.confidence, 0.9) << describe(alignment);
    expectCoversEverything(alignment, kZh.size(), kEn.size());
}

TEST(ParagraphAligner, EnglishOnlyChromeAndAdvertsAreOneSided)
{
    QStringList en = {u"Xinghai bets on speed"_s, u"By a staff reporter | 12 min read | 431 views"_s};
    en += kEn.mid(0, 4);
    en += u"Advertisement: subscribe to our weekly newsletter on enterprise software and never miss a story."_s;
    en += kEn.mid(4, 4);
    en += u"Share this article"_s;
    const Alignment alignment = ParagraphAligner().align(kZh, en);
    QList<AlignmentBead> expected = {bead({}, {0}), bead({}, {1})};
    expected += oneToOne(0, 2, 4);
    expected += bead({}, {6});
    expected += oneToOne(4, 7, 4);
    expected += bead({}, {11});
    EXPECT_EQ(alignment.beads, expected) << describe(alignment);
    EXPECT_EQ(alignment.enUnmatched(), (QList<int>{0, 1, 6, 11}));
    EXPECT_TRUE(alignment.zhUnmatched().isEmpty());
    expectCoversEverything(alignment, kZh.size(), en.size());
}

TEST(ParagraphAligner, SplitsAndMerges)
{
    // kZh[3] became two English paragraphs; kZh[6] and kZh[7] were joined into one.
    QStringList en = kEn.mid(0, 3);
    en += u"In an interview, founder Zhou Ming said the team would put more computing power into making inference faster."_s;
    en += u"Chasing a larger parameter count, he argued, is simply not the goal."_s;
    en += kEn.mid(4, 2);
    en += kEn.at(6) + u' ' + kEn.at(7);
    const Alignment alignment = ParagraphAligner().align(kZh, en);
    QList<AlignmentBead> expected = oneToOne(0, 0, 3);
    expected += bead({3}, {3, 4});
    expected += oneToOne(4, 5, 2);
    expected += bead({6, 7}, {7});
    EXPECT_EQ(alignment.beads, expected) << describe(alignment);
    expectCoversEverything(alignment, kZh.size(), en.size());
}

TEST(ParagraphAligner, UntranslatedChineseParagraph)
{
    QStringList en = kEn;
    en.removeAt(2);
    const Alignment alignment = ParagraphAligner().align(kZh, en);
    QList<AlignmentBead> expected = oneToOne(0, 0, 2);
    expected += bead({2}, {});
    expected += oneToOne(3, 2, 5);
    EXPECT_EQ(alignment.beads, expected) << describe(alignment);
    EXPECT_EQ(alignment.zhUnmatched(), QList<int>{2});
}

TEST(ParagraphAligner, FiguresDecideWhichParagraphWasDropped)
{
    // kZh[1] and kZh[2] are about as long; only the figures (in full-width digits here) and the
    // model name say that kZh[2] is the one translated.
    QStringList zh = kZh;
    zh[2] = u"截至今年３月,其模型Aurora-2的企业客户已超过１２００家,月活跃用户约为８６万。"_s;
    QStringList en = kEn;
    en.removeAt(1);
    const Alignment alignment = ParagraphAligner().align(zh, en);
    QList<AlignmentBead> expected = {bead({0}, {0}), bead({1}, {})};
    expected += oneToOne(2, 1, 6);
    EXPECT_EQ(alignment.beads, expected) << describe(alignment);
}

TEST(ParagraphAligner, InsertedEnglishParagraphOfTranslationLength)
{
    // An editor's note as long as a translated paragraph, in the middle: its figure is not in the
    // Chinese text, so it stays one-sided.
    QStringList en = kEn;
    en.insert(
        5,
        u"Editor's note: an earlier version of this story gave the funding round as 540 million yuan; it was smaller."_s);
    const Alignment alignment = ParagraphAligner().align(kZh, en);
    QList<AlignmentBead> expected = oneToOne(0, 0, 5);
    expected += bead({}, {5});
    expected += oneToOne(5, 6, 3);
    EXPECT_EQ(alignment.beads, expected) << describe(alignment);
}

TEST(ParagraphAligner, AliasesAreAnchors)
{
    // The unrelated paragraph is the better length match for the translation; the alias 周明 ↔
    // Zhou Ming is the only other evidence.
    // The English gives the name in Western order, which names by sound do not match.
    const QStringList zh = {kZhUnrelated, kZh.at(3)};
    const QStringList en = {QString(kEn.at(3)).replace(u"Zhou Ming"_s, u"Ming Zhou"_s)};
    const Alignment withoutAlias = ParagraphAligner().align(zh, en);
    EXPECT_EQ(withoutAlias.beads, (QList<AlignmentBead>{bead({0}, {0}), bead({1}, {})})) << describe(withoutAlias);

    AlignerOptions options;
    options.aliases = {{u"周明"_s, u"Ming Zhou"_s}};
    const Alignment withAlias = ParagraphAligner(options).align(zh, en);
    EXPECT_EQ(withAlias.beads, (QList<AlignmentBead>{bead({0}, {}), bead({1}, {0})})) << describe(withAlias);
}

TEST(ParagraphAligner, AmbiguityLowersConfidence)
{
    // Two equally plausible Chinese paragraphs for one English one: neither pairing is certain.
    const QStringList zh = {kZhUnrelated, kZhUnrelated};
    const QStringList en = {kEn.at(3)};
    const Alignment alignment = ParagraphAligner().align(zh, en);
    ASSERT_EQ(alignment.pairs().size(), 1);
    EXPECT_LT(alignment.pairs().front().confidence, 0.6);
    EXPECT_GT(alignment.pairs().front().confidence, 0.2);
}

TEST(ParagraphAligner, EmptySides)
{
    EXPECT_TRUE(ParagraphAligner().align({}, {}).beads.isEmpty());
    const Alignment onlyEnglish = ParagraphAligner().align({}, kEn.mid(0, 2));
    EXPECT_EQ(onlyEnglish.beads, (QList<AlignmentBead>{bead({}, {0}), bead({}, {1})}));
    EXPECT_EQ(onlyEnglish.beads.front().confidence, 1.0);
    const Alignment onlyChinese = ParagraphAligner().align(kZh.mid(0, 1), {});
    EXPECT_EQ(onlyChinese.zhUnmatched(), QList<int>{0});
}

TEST(ParagraphAligner, ThreeHundredParagraphsStayInTheFirstBand)
{
    QStringList zh;
    QStringList en;
    for (int k = 0; k < 300; ++k) {
        zh.append(kZh.at(k % kZh.size()) + u"第%1段。"_s.arg(k + 1000));
        en.append(kEn.at(k % kEn.size()) + u" Paragraph %1."_s.arg(k + 1000));
    }
    const Alignment alignment = ParagraphAligner().align(zh, en);
    EXPECT_EQ(alignment.beads, oneToOne(0, 0, 300));
    // Linear cost: the search kept to the band around the diagonal, far narrower than the texts.
    const AlignerOptions options;
    const tigerscope::SentenceAlignment sentences = ParagraphAligner(options).alignSentences(zh, en);
    EXPECT_EQ(sentences.bandHalfWidth, options.bandHalfWidth);
    EXPECT_GT(sentences.zh.size(), 10 * options.bandHalfWidth);
}

TEST(AnchorIndex, SameFigureInEitherNotationGivesTheSameAnchor)
{
    const QStringList zh = AnchorIndex::anchorNames(u"达15亿人民币,截至2025年2月9日为1845万,GPT-4o"_s);
    const QStringList en
        = AnchorIndex::anchorNames(u"1.5 billion RMB; as of February 9, 2025 it was 18.45 million, GPT-4o"_s);
    for (const QString &name : {u"N:1.5e+09"_s, u"N:1.845e+07"_s, u"Y:2025"_s, u"MD:2-9"_s, u"L:gpt"_s, u"L:4o"_s}) {
        EXPECT_TRUE(zh.contains(name)) << name.toStdString();
        EXPECT_TRUE(en.contains(name)) << name.toStdString();
    }
}

TEST(AnchorIndex, RareSharedAnchorsWeighMore)
{
    const QStringList zh = {u"DeepSeek发布了R1"_s, u"DeepSeek很火"_s, u"DeepSeek开源"_s};
    const QStringList en = {u"DeepSeek released R1"_s, u"DeepSeek is hot"_s, u"DeepSeek open-sourced"_s};
    const AnchorIndex index(zh, en, {});
    const AnchorIndex::Agreement first = index.agreement(index.zhAnchors(0), index.enAnchors(0));
    const AnchorIndex::Agreement second = index.agreement(index.zhAnchors(1), index.enAnchors(1));
    EXPECT_GT(first.shared, second.shared);
    EXPECT_EQ(second.missing, 0.0);
    // R1 written in the Chinese text but absent from the English one counts against the pair.
    EXPECT_GT(index.agreement(index.zhAnchors(0), index.enAnchors(1)).missing, 0.0);
}

TEST(LengthModel, FitRecoversRatioAndVariance)
{
    // Lengths drawn around en = 2.5·zh with variance 4 per character, from a fixed seed.
    QList<QPair<double, double>> lengths;
    const double c = 2.5;
    const double s2 = 4.0;
    std::mt19937 generator(20250326);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> paragraph(20.0, 400.0);
    for (int k = 0; k < 2000; ++k) {
        const double zh = paragraph(generator);
        const double en = c * zh + normal(generator) * std::sqrt(s2 * (zh + c * zh / c) / 2.0);
        lengths.append({zh, en});
    }
    const std::optional<LengthModel> model = LengthModel::fit(lengths);
    ASSERT_TRUE(model.has_value());
    EXPECT_NEAR(model->ratio, c, 0.05);
    EXPECT_NEAR(model->variance, s2, 0.6);

    // A few gross outliers (misaligned pairs) move the robust fit little.
    QList<QPair<double, double>> noisy = lengths;
    noisy.append({50, 600});
    noisy.append({300, 90});
    noisy.append({120, 1000});
    const std::optional<LengthModel> robust = LengthModel::fit(noisy);
    ASSERT_TRUE(robust.has_value());
    EXPECT_NEAR(robust->ratio, c, 0.1);
    EXPECT_NEAR(robust->variance, s2, 0.8);

    EXPECT_FALSE(LengthModel::fit({}).has_value());
    EXPECT_FALSE(LengthModel::fit({{0, 10}}).has_value());
}

TEST(LengthModel, CostGrowsWithDeviation)
{
    const LengthModel model{3.0, 10.0};
    EXPECT_NEAR(model.cost(100, 300), 0.0, 1e-9);
    EXPECT_LT(model.cost(100, 320), model.cost(100, 380));
    EXPECT_LT(model.cost(100, 380), model.cost(100, 800));
    EXPECT_TRUE(std::isfinite(model.cost(1, 100000)));
    EXPECT_EQ(LengthModel::length(u" a b\u3000c 中文 "_s), 5);
}

TEST(LengthModel, FitFromAlignment)
{
    const Alignment alignment = ParagraphAligner().align(kZh, kEn);
    const std::optional<LengthModel> model = ParagraphAligner::fitLengthModel(kZh, kEn, alignment);
    ASSERT_TRUE(model.has_value());
    // The invented article is translated a little more tersely than seed 003.
    EXPECT_GT(model->ratio, 2.6);
    EXPECT_LT(model->ratio, 3.1);
    EXPECT_FALSE(ParagraphAligner::fitLengthModel(kZh, kEn, Alignment{}).has_value());
}

TEST(Alignment, JsonFormat)
{
    Alignment alignment;
    alignment.beads = {AlignmentBead{{0}, {}, 0.9}, AlignmentBead{{}, {0}, 0.8}, AlignmentBead{{1}, {1, 2}, 0.98765},
                       AlignmentBead{{2, 3}, {3}, 1.0}};
    EXPECT_EQ(tigerscope::alignmentToJson(alignment),
              QByteArray(R"({"pairs":[{"zh":[1],"en":[1,2],"confidence":0.988},{"zh":[2,3],"en":[3],"confidence":1}],)"
                         R"("zh_unmatched":[0],"en_unmatched":[0]})"));
    EXPECT_EQ(alignment.links(), (QList<QPair<int, int>>{{1, 1}, {1, 2}, {2, 3}, {3, 3}}));
    EXPECT_EQ(tigerscope::alignmentToJson(Alignment{}),
              QByteArray(R"({"pairs":[],"zh_unmatched":[],"en_unmatched":[]})"));
}

} // namespace
