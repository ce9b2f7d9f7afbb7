// Hard cases built from seed 003 at run time: each language re-paragraphed on its own (seeded),
// page chrome inserted on both sides, a paragraph dropped, three English paragraphs merged into
// one, the Chinese digits written full-width, and all of them at once.
#include "ParagraphAligner.h"
#include "SeedArticle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace seedarticle;
using tigerscope::ParagraphAligner;

namespace {

/// Maps each old paragraph of one side to its new index (-1 when dropped).
using Renumbering = std::vector<int>;

/// The gold of a transformed article: old links renumbered, then closed over the connected groups,
/// since a paragraph bead links every paragraph of its group with every other.
Links closeGold(const Links &old, const Renumbering &zh, const Renumbering &en)
{
    std::map<int, int> parent; // zh paragraphs as k, English as -1 - k
    const auto find = [&parent](int x) {
        while (parent.count(x) && parent[x] != x)
            x = parent[x];
        return x;
    };
    for (const auto &[z, e] : old) {
        if (zh[size_t(z)] < 0 || en[size_t(e)] < 0)
            continue;
        const int a = zh[size_t(z)];
        const int b = -1 - en[size_t(e)];
        if (!parent.count(a))
            parent[a] = a;
        if (!parent.count(b))
            parent[b] = b;
        parent[find(a)] = find(b);
    }
    std::map<int, std::pair<std::vector<int>, std::vector<int>>> groups;
    for (const auto &[node, unused] : parent) {
        auto &group = groups[find(node)];
        (node >= 0 ? group.first : group.second).push_back(node >= 0 ? node : -1 - node);
    }
    // A paragraph bead is a range on each side (as the reader shows it and the database stores
    // it): a one-sided paragraph that regrouping left between two paragraphs of one translation
    // belongs to that translation's bead.
    Links gold;
    for (const auto &[root, group] : groups) {
        const auto [zhFirst, zhLast] = std::minmax_element(group.first.cbegin(), group.first.cend());
        const auto [enFirst, enLast] = std::minmax_element(group.second.cbegin(), group.second.cend());
        for (int z = *zhFirst; z <= *zhLast; ++z) {
            for (int e = *enFirst; e <= *enLast; ++e)
                gold.insert({z, e});
        }
    }
    return gold;
}

Renumbering identity(qsizetype size)
{
    Renumbering map(static_cast<size_t>(size));
    std::iota(map.begin(), map.end(), 0);
    return map;
}

/// Joins runs of one to three consecutive paragraphs into one, run lengths drawn from random.
QStringList regroup(const QStringList &paragraphs, Renumbering &map, std::mt19937 &random, const QString &glue)
{
    std::uniform_int_distribution<int> runLength(1, 3);
    QStringList result;
    int k = 0;
    while (k < paragraphs.size()) {
        const int run = std::min<int>(runLength(random), int(paragraphs.size()) - k);
        QStringList parts;
        for (int r = 0; r < run; ++r) {
            parts.append(paragraphs.at(k + r));
            map[size_t(k + r)] = int(result.size());
        }
        result.append(parts.join(glue));
        k += run;
    }
    return result;
}

/// Article with both sides transformed by the given per-side functions of (paragraphs, map).
template<typename ZhChange, typename EnChange>
Article transform(const Article &article, ZhChange zhChange, EnChange enChange)
{
    Renumbering zhMap = identity(article.zh.size());
    Renumbering enMap = identity(article.en.size());
    Article result;
    result.zh = zhChange(article.zh, zhMap);
    result.en = enChange(article.en, enMap);
    result.gold = closeGold(article.gold, zhMap, enMap);
    return result;
}

const auto kUnchanged = [](const QStringList &paragraphs, Renumbering &) { return paragraphs; };

/// Inserts chrome lines at random places; the map follows the shifted paragraphs.
QStringList withChrome(const QStringList &paragraphs, Renumbering &map, const QStringList &chrome, std::mt19937 &random)
{
    QStringList result = paragraphs;
    std::vector<int> positions;
    for (qsizetype c = 0; c < chrome.size(); ++c)
        positions.push_back(std::uniform_int_distribution<int>(0, int(paragraphs.size()))(random));
    std::sort(positions.begin(), positions.end(), std::greater<>());
    for (size_t c = 0; c < positions.size(); ++c) {
        result.insert(positions[c], chrome.at(qsizetype(c)));
        for (int &index : map) {
            if (index >= positions[c])
                ++index;
        }
    }
    return result;
}

const QStringList kEnglishChrome = {u"Advertisement"_s,
                                    u"By Staff Reporter | 5 min read"_s,
                                    u"Share 128 | Comments 37"_s,
                                    u"Related: How the price war reshaped cloud computing"_s,
                                    u"© 2025 All rights reserved."_s,
                                    u"Read more"_s};
// Not translations of the English lines: chrome of each side has no counterpart.
const QStringList kChineseChrome = {u"广告"_s, u"分享到：微信 微博"_s, u"评论 12 | 点赞 256"_s,
                                    u"相关阅读：大模型独角兽盘点"_s, u"本文来源：网络"_s};

QString fullWidthDigits(QString text)
{
    for (QChar &c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + 0xFF10);
    }
    return text;
}

QStringList dropAt(const QStringList &paragraphs, Renumbering &map, int dropped)
{
    QStringList result = paragraphs;
    result.removeAt(dropped);
    for (int &index : map)
        index = index == dropped ? -1 : index > dropped ? index - 1 : index;
    return result;
}

QStringList mergeThree(const QStringList &paragraphs, Renumbering &map, int first)
{
    QStringList result = paragraphs;
    result[first] = QStringList(paragraphs.mid(first, 3)).join(u' ');
    result.remove(first + 1, 2);
    for (int &index : map)
        index = index > first + 2 ? index - 2 : std::min(index, first);
    return result;
}

double score(const Article &article, const char *what)
{
    const Links predicted = linksOf(ParagraphAligner().align(article.zh, article.en));
    const double f1 = pairF1(predicted, article.gold);
    if (f1 < 1.0) {
        std::cout << "[ CASE     ] " << what << std::endl;
        reportDifferences(predicted, article.gold);
    }
    return f1;
}

TEST(HardCases, RegroupedIndependently)
{
    LOAD_SEED_OR_SKIP(article);
    double lowest = 1.0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 random(seed);
        const Article regrouped = transform(
            *article, [&](const QStringList &p, Renumbering &map) { return regroup(p, map, random, {}); },
            [&](const QStringList &p, Renumbering &map) { return regroup(p, map, random, u" "_s); });
        ASSERT_LT(regrouped.zh.size(), article->zh.size());
        const double f1 = score(regrouped, "regrouped");
        lowest = std::min(lowest, f1);
        EXPECT_GE(f1, 0.95) << "seed " << seed;
    }
    std::cout << "[ F1       ] regrouped, 12 seeds: min " << lowest << std::endl;
}

TEST(HardCases, ChromeOnBothSides)
{
    LOAD_SEED_OR_SKIP(article);
    for (unsigned seed = 1; seed <= 8; ++seed) {
        std::mt19937 random(seed);
        const Article chromed = transform(
            *article,
            [&](const QStringList &p, Renumbering &map) { return withChrome(p, map, kChineseChrome, random); },
            [&](const QStringList &p, Renumbering &map) { return withChrome(p, map, kEnglishChrome, random); });
        ASSERT_EQ(chromed.en.size(), article->en.size() + kEnglishChrome.size());
        EXPECT_GE(score(chromed, "chrome"), 0.95) << "seed " << seed;
    }
}

TEST(HardCases, ThreeEnglishParagraphsMergedIntoOne)
{
    LOAD_SEED_OR_SKIP(article);
    for (int first = 9; first + 2 < article->en.size(); ++first) {
        const Article merged = transform(
            *article, kUnchanged, [&](const QStringList &p, Renumbering &map) { return mergeThree(p, map, first); });
        EXPECT_GE(score(merged, "three merged"), 0.95) << "English " << first << " to " << first + 2;
    }
}

TEST(HardCases, FullWidthDigits)
{
    LOAD_SEED_OR_SKIP(article);
    const Article wide = transform(
        *article,
        [](const QStringList &p, Renumbering &) {
            QStringList result;
            for (const QString &paragraph : p)
                result.append(fullWidthDigits(paragraph));
            return result;
        },
        kUnchanged);
    ASSERT_NE(wide.zh, article->zh);
    EXPECT_DOUBLE_EQ(score(wide, "full-width"), 1.0);
}

TEST(HardCases, AllAtOnce)
{
    LOAD_SEED_OR_SKIP(article);
    double lowest = 1.0;
    for (unsigned seed = 1; seed <= 8; ++seed) {
        std::mt19937 random(seed);
        const int zhDropped = std::uniform_int_distribution<int>(0, int(article->zh.size()) - 1)(random);
        const Article hard = transform(
            *article,
            [&](const QStringList &p, Renumbering &map) {
                QStringList result = dropAt(p, map, zhDropped);
                for (QString &paragraph : result)
                    paragraph = fullWidthDigits(paragraph);
                Renumbering regroupMap = identity(result.size());
                result = regroup(result, regroupMap, random, {});
                for (int &index : map)
                    index = index < 0 ? -1 : regroupMap[size_t(index)];
                Renumbering chromeMap = identity(result.size());
                result = withChrome(result, chromeMap, kChineseChrome, random);
                for (int &index : map)
                    index = index < 0 ? -1 : chromeMap[size_t(index)];
                return result;
            },
            [&](const QStringList &p, Renumbering &map) {
                Renumbering regroupMap = identity(p.size());
                QStringList result = regroup(p, regroupMap, random, u" "_s);
                Renumbering chromeMap = identity(result.size());
                result = withChrome(result, chromeMap, kEnglishChrome, random);
                for (int &index : map)
                    index = chromeMap[size_t(regroupMap[size_t(index)])];
                return result;
            });
        // Every change at once compounds the errors: held to the bar for re-paragraphed
        // pairs with chrome (0.90); each change alone is held to 0.95 above.
        const double f1 = score(hard, "all at once");
        lowest = std::min(lowest, f1);
        EXPECT_GE(f1, 0.90) << "seed " << seed;
    }
    std::cout << "[ F1       ] all at once, 8 seeds: min " << lowest << std::endl;
}

} // namespace
