// The aligner against the hand-made gold alignment of seed 003, on the article as published and on
// degraded variants derived from it at run time. The article text is read from the seeds folder.
#include "ParagraphAligner.h"
#include "Seed003Gold.h"
#include "SeedArticle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <set>

using namespace Qt::StringLiterals;
using tigerscope::Alignment;
using tigerscope::LengthModel;
using tigerscope::ParagraphAligner;

namespace {

using namespace seedarticle;

double alignAndScore(const Article &article)
{
    const Links predicted = linksOf(ParagraphAligner().align(article.zh, article.en));
    const double f1 = pairF1(predicted, article.gold);
    if (f1 < 0.95)
        reportDifferences(predicted, article.gold);
    return f1;
}

/// The article with the English paragraphs in dropped removed, the gold renumbered.
Article withoutEnglish(const Article &article, const std::set<int> &dropped)
{
    Article result;
    result.zh = article.zh;
    std::vector<int> newIndex(article.en.size(), -1);
    for (int j = 0; j < article.en.size(); ++j) {
        if (!dropped.count(j)) {
            newIndex[j] = int(result.en.size());
            result.en.append(article.en.at(j));
        }
    }
    for (const auto &[zh, en] : article.gold) {
        if (newIndex[en] >= 0)
            result.gold.insert({zh, newIndex[en]});
    }
    return result;
}

Article withoutChinese(const Article &article, int dropped)
{
    Article result;
    result.en = article.en;
    result.zh = article.zh;
    result.zh.removeAt(dropped);
    for (const auto &[zh, en] : article.gold) {
        if (zh != dropped)
            result.gold.insert({zh > dropped ? zh - 1 : zh, en});
    }
    return result;
}

/// Chinese paragraphs first and first + 1 joined into one.
Article withChineseMerged(const Article &article, int first)
{
    Article result;
    result.en = article.en;
    result.zh = article.zh;
    result.zh[first] += result.zh.at(first + 1);
    result.zh.removeAt(first + 1);
    for (const auto &[zh, en] : article.gold)
        result.gold.insert({zh > first ? zh - 1 : zh, en});
    return result;
}

struct Summary
{
    double min = 1.0;
    double sum = 0.0;
    int count = 0;
    int worst = -1;

    void add(double f1, int variant)
    {
        if (f1 < min) {
            min = f1;
            worst = variant;
        }
        sum += f1;
        ++count;
    }
    void report(const char *name) const
    {
        std::cout << "[ F1       ] " << name << ": " << count << " variants, min " << min << " (variant " << worst
                  << "), mean " << sum / count << std::endl;
        ::testing::Test::RecordProperty(std::string(name) + "_min_f1", std::to_string(min));
    }
};

TEST(Seed003, SplitsIntoBothLanguages)
{
    LOAD_SEED_OR_SKIP(article);
    EXPECT_EQ(article->zh.size(), seed003::kZhParagraphs);
    EXPECT_EQ(article->en.size(), seed003::kEnParagraphs);
}

TEST(Seed003, AlignsWithGold)
{
    LOAD_SEED_OR_SKIP(article);
    const Alignment alignment = ParagraphAligner().align(article->zh, article->en);
    const Links predicted = linksOf(alignment);
    const double f1 = pairF1(predicted, article->gold);
    std::cout << "[ F1       ] seed 003 as published: " << f1 << " (" << predicted.size() << " links predicted, "
              << article->gold.size() << " gold)" << std::endl;
    RecordProperty("seed003_f1", std::to_string(f1));
    reportDifferences(predicted, article->gold);
    std::cout << "[ BEADS    ] " << tigerscope::alignmentToJson(alignment).toStdString() << std::endl;
    EXPECT_DOUBLE_EQ(f1, 1.0);
    // The page chrome and headings come out one-sided instead of shifting the pairs after them.
    for (int heading : seed003::kEnHeadings)
        EXPECT_TRUE(alignment.enUnmatched().contains(heading)) << heading;
}

TEST(Seed003, MergedChineseParagraphs)
{
    LOAD_SEED_OR_SKIP(article);
    Summary summary;
    for (int first = 0; first + 1 < article->zh.size(); ++first) {
        const double f1 = alignAndScore(withChineseMerged(*article, first));
        summary.add(f1, first);
        EXPECT_GE(f1, 0.95) << "Chinese " << first << " and " << first + 1 << " merged";
    }
    summary.report("merge adjacent zh");
}

TEST(Seed003, DroppedChineseParagraph)
{
    LOAD_SEED_OR_SKIP(article);
    Summary summary;
    for (int dropped = 0; dropped < article->zh.size(); ++dropped) {
        const double f1 = alignAndScore(withoutChinese(*article, dropped));
        summary.add(f1, dropped);
        EXPECT_GE(f1, 0.95) << "Chinese " << dropped << " dropped";
    }
    summary.report("drop one zh");
}

TEST(Seed003, DroppedEnglishParagraph)
{
    LOAD_SEED_OR_SKIP(article);
    Summary summary;
    for (int dropped = 0; dropped < article->en.size(); ++dropped) {
        const double f1 = alignAndScore(withoutEnglish(*article, {dropped}));
        summary.add(f1, dropped);
        EXPECT_GE(f1, 0.95) << "English " << dropped << " dropped";
    }
    summary.report("drop one en");
}

TEST(Seed003, HeadingsDeleted)
{
    LOAD_SEED_OR_SKIP(article);
    const std::set<int> headings(seed003::kEnHeadings.cbegin(), seed003::kEnHeadings.cend());
    const double f1 = alignAndScore(withoutEnglish(*article, headings));
    std::cout << "[ F1       ] seed 003 without headings: " << f1 << std::endl;
    RecordProperty("no_headings_f1", std::to_string(f1));
    EXPECT_GE(f1, 0.95);

    // And with every English-only paragraph gone (chrome, advert and headings).
    std::set<int> oneSided;
    for (int j = 0; j < article->en.size(); ++j) {
        if (std::none_of(article->gold.cbegin(), article->gold.cend(), [j](const auto &l) { return l.second == j; }))
            oneSided.insert(j);
    }
    const double bare = alignAndScore(withoutEnglish(*article, oneSided));
    std::cout << "[ F1       ] seed 003 without any English-only paragraph: " << bare << std::endl;
    RecordProperty("no_english_only_f1", std::to_string(bare));
    EXPECT_GE(bare, 0.95);
}

TEST(Seed003, RecordedLengthModelMatchesARefit)
{
    LOAD_SEED_OR_SKIP(article);
    // Fit on the gold pairs: the constants in LengthModel::measured() come from this.
    QList<QPair<double, double>> lengths;
    for (const auto &[zh, en] : article->gold)
        lengths.append(
            {double(LengthModel::length(article->zh.at(zh))), double(LengthModel::length(article->en.at(en)))});
    const std::optional<LengthModel> gold = LengthModel::fit(lengths);
    ASSERT_TRUE(gold.has_value());
    // And the bootstrap: the aligner's own confident 1-1 beads.
    const Alignment alignment = ParagraphAligner().align(article->zh, article->en);
    const std::optional<LengthModel> refit = ParagraphAligner::fitLengthModel(article->zh, article->en, alignment);
    ASSERT_TRUE(refit.has_value());
    std::cout << "[ FIT      ] gold pairs: c = " << gold->ratio << ", s2 = " << gold->variance
              << "; aligner's 1-1 beads: c = " << refit->ratio << ", s2 = " << refit->variance << std::endl;
    const LengthModel recorded = LengthModel::measured();
    EXPECT_NEAR(gold->ratio, recorded.ratio, 0.005);
    EXPECT_NEAR(gold->variance, recorded.variance, 0.05);
    EXPECT_NEAR(refit->ratio, recorded.ratio, 0.03 * recorded.ratio);
    EXPECT_NEAR(refit->variance, recorded.variance, 0.15 * recorded.variance);
}

} // namespace
