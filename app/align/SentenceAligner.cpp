#include "SentenceAligner.h"

#include "AnchorIndex.h"
#include "BandedLattice.h"

#include <array>
#include <cmath>

namespace tigerscope {

namespace {

constexpr std::array<BeadShape, 8> kShapes = {{{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}}};
// Beyond the fixed shapes, a whole paragraph of one side with nothing on the other, in one step.
constexpr int kZhParagraph = int(kShapes.size());
constexpr int kEnParagraph = kZhParagraph + 1;

double costOf(double probability)
{
    return probability > 0.0 ? -std::log(probability) : lattice::kInfinity;
}

QStringList textsOf(const QList<Sentence> &sentences)
{
    QStringList texts;
    texts.reserve(sentences.size());
    for (const Sentence &sentence : sentences)
        texts.append(sentence.text);
    return texts;
}

/// The steps of a sentence alignment and their costs: shape prior, length model, anchors and
/// paragraph ends. The model solveBand walks.
class SentenceCosts
{
public:
    SentenceCosts(const QList<Sentence> &zh, const QList<Sentence> &en, const AlignerOptions &options)
        : m_zh(zh)
        , m_en(en)
        , m_anchors(textsOf(zh), textsOf(en), options.aliases)
        , m_options(options)
    {
        const BeadPriors &p = options.priors;
        const std::array<double, kShapes.size()> priors
            = {p.oneToOne, p.zhOnly, p.enOnly, p.oneToTwo, p.twoToOne, p.twoToTwo, p.oneToThree, p.threeToOne};
        for (size_t s = 0; s < kShapes.size(); ++s)
            m_prior[s] = costOf(priors[s]);
        m_zhParagraphOnly = costOf(p.zhOnlyParagraph);
        m_enParagraphOnly = costOf(p.enOnlyParagraph);
        m_zhLineOnly = costOf(p.zhOnlyLine);
        m_enLineOnly = costOf(p.enOnlyLine);
        for (const Sentence &sentence : zh)
            m_zhLength.push_back(double(LengthModel::length(sentence.text)));
        for (const Sentence &sentence : en)
            m_enLength.push_back(double(LengthModel::length(sentence.text)));
        m_zhParagraphSize = paragraphSizes(zh);
        m_enParagraphSize = paragraphSizes(en);
    }

    int stepCount() const { return kEnParagraph + 1; }

    BeadShape endingAt(int step, int i, int j) const
    {
        if (step == kZhParagraph)
            return i > 0 && m_zh[i - 1].endsParagraph ? BeadShape{m_zhParagraphSize[size_t(i - 1)], 0}
                                                      : BeadShape{0, 0};
        if (step == kEnParagraph)
            return j > 0 && m_en[j - 1].endsParagraph ? BeadShape{0, m_enParagraphSize[size_t(j - 1)]}
                                                      : BeadShape{0, 0};
        return kShapes[size_t(step)];
    }

    BeadShape startingAt(int step, int i, int j) const
    {
        if (step == kZhParagraph)
            return i < m_zh.size() && m_zh[i].start == 0 ? BeadShape{m_zhParagraphSize[size_t(i)], 0} : BeadShape{0, 0};
        if (step == kEnParagraph)
            return j < m_en.size() && m_en[j].start == 0 ? BeadShape{0, m_enParagraphSize[size_t(j)]} : BeadShape{0, 0};
        return kShapes[size_t(step)];
    }

    double cost(int step, int i, int j) const
    {
        if (step == kZhParagraph)
            return isLine(m_zh[i - 1]) ? m_zhLineOnly : m_zhParagraphOnly;
        if (step == kEnParagraph)
            return isLine(m_en[j - 1]) ? m_enLineOnly : m_enParagraphOnly;
        return beadCost(step, i, j);
    }

    const std::vector<double> &zhLengths() const { return m_zhLength; }
    const std::vector<double> &enLengths() const { return m_enLength; }

private:
    static bool isLine(const Sentence &last) { return last.wholeParagraph && !last.terminated; }

    /// For each sentence, how many sentences its paragraph holds.
    static std::vector<int> paragraphSizes(const QList<Sentence> &sentences)
    {
        std::vector<int> sizes(size_t(sentences.size()), 0);
        qsizetype first = 0;
        for (qsizetype k = 0; k < sentences.size(); ++k) {
            if (!sentences.at(k).endsParagraph)
                continue;
            std::fill(sizes.begin() + first, sizes.begin() + k + 1, int(k + 1 - first));
            first = k + 1;
        }
        return sizes;
    }

    double beadCost(int shape, int i, int j) const
    {
        const BeadShape s = kShapes[size_t(shape)];
        // A sentence alone in its paragraph is left one-sided by the paragraph step only.
        if (s.en == 0)
            return m_zh[i - 1].wholeParagraph ? lattice::kInfinity : m_prior[size_t(shape)];
        if (s.zh == 0)
            return m_en[j - 1].wholeParagraph ? lattice::kInfinity : m_prior[size_t(shape)];
        if (m_prior[size_t(shape)] == lattice::kInfinity)
            return lattice::kInfinity;
        const double zhLength = gather(i - s.zh, i, m_zhLength, &AnchorIndex::zhAnchors, m_zhIds);
        const double enLength = gather(j - s.en, j, m_enLength, &AnchorIndex::enAnchors, m_enIds);
        const AnchorIndex::Agreement agreement = m_anchors.agreement(m_zhIds, m_enIds);
        return m_prior[size_t(shape)] + m_options.lengthModel.cost(zhLength, enLength)
            - m_options.anchorReward * agreement.shared + m_options.anchorPenalty * agreement.missing
            + paragraphEnds(i, j) + crossings(i - s.zh, i, m_zh) + crossings(j - s.en, j, m_en)
            + unanchoredLines(s, i, j, agreement);
    }

    /// Two one-sentence paragraphs, one of them unpunctuated (chrome, a heading), sharing no anchor:
    /// likely unrelated.
    double unanchoredLines(BeadShape s, int i, int j, const AnchorIndex::Agreement &agreement) const
    {
        const bool lines = s.zh == 1 && s.en == 1 && m_zh[i - 1].wholeParagraph && m_en[j - 1].wholeParagraph
            && (isLine(m_zh[i - 1]) || isLine(m_en[j - 1]));
        return lines && agreement.shared == 0.0 ? m_options.unanchoredLinePenalty : 0.0;
    }

    /// A bead that spans a paragraph end inside one side joins what the translator kept apart.
    double crossings(int first, int end, const QList<Sentence> &sentences) const
    {
        int count = 0;
        for (int k = first; k + 1 < end; ++k)
            count += sentences[k].endsParagraph ? 1 : 0;
        return count * m_options.paragraphCrossingPenalty;
    }

    /// The summed length of sentences first..end-1 of one side; their anchors, each once, in ids.
    double gather(int first, int end, const std::vector<double> &lengths,
                  const std::vector<int> &(AnchorIndex::*anchorsOf)(int) const, std::vector<int> &ids) const
    {
        double length = 0.0;
        ids.clear();
        for (int k = first; k < end; ++k) {
            length += lengths[size_t(k)];
            const std::vector<int> &anchors = (m_anchors.*anchorsOf)(k);
            ids.insert(ids.end(), anchors.cbegin(), anchors.cend());
        }
        if (end - first > 1) {
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        return length;
    }

    double paragraphEnds(int i, int j) const
    {
        const bool zhEnd = m_zh[i - 1].endsParagraph;
        const bool enEnd = m_en[j - 1].endsParagraph;
        if (zhEnd && enEnd)
            return -m_options.paragraphEndReward;
        return zhEnd != enEnd ? m_options.paragraphEndPenalty : 0.0;
    }

    const QList<Sentence> &m_zh;
    const QList<Sentence> &m_en;
    AnchorIndex m_anchors;
    const AlignerOptions &m_options;
    std::array<double, kShapes.size()> m_prior{};
    double m_zhParagraphOnly = 0.0;
    double m_enParagraphOnly = 0.0;
    double m_zhLineOnly = 0.0;
    double m_enLineOnly = 0.0;
    std::vector<int> m_zhParagraphSize;
    std::vector<int> m_enParagraphSize;
    std::vector<double> m_zhLength;
    std::vector<double> m_enLength;
    mutable std::vector<int> m_zhIds;
    mutable std::vector<int> m_enIds;
};

/// For each row of the lattice the column that the same share of both texts' lengths reaches.
std::vector<int> proportionalDiagonal(const std::vector<double> &zh, const std::vector<double> &en)
{
    double zhTotal = 0.0;
    for (double length : zh)
        zhTotal += length + 1.0;
    double enTotal = 0.0;
    for (double length : en)
        enTotal += length + 1.0;
    std::vector<int> centers(zh.size() + 1, 0);
    double zhSoFar = 0.0;
    double enSoFar = 0.0;
    size_t column = 0;
    for (size_t i = 0; i <= zh.size(); ++i) {
        const double share = zhTotal > 0.0 ? zhSoFar / zhTotal : 1.0;
        while (column < en.size() && (enSoFar + (en[column] + 1.0) / 2.0) / enTotal < share) {
            enSoFar += en[column] + 1.0;
            ++column;
        }
        centers[i] = int(column);
        if (i < zh.size())
            zhSoFar += zh[i] + 1.0;
    }
    centers.back() = int(en.size());
    return centers;
}

} // namespace

SentenceAligner::SentenceAligner(const AlignerOptions &options)
    : m_options(options)
{}

SentenceAlignment SentenceAligner::align(const QStringList &zhParagraphs, const QStringList &enParagraphs) const
{
    SentenceAlignment result;
    result.zh = SentenceSplitter::split(zhParagraphs, Language::Chinese);
    result.en = SentenceSplitter::split(enParagraphs, Language::English);
    const int n = int(result.zh.size());
    const int m = int(result.en.size());
    const SentenceCosts costs(result.zh, result.en, m_options);
    const std::vector<int> centers = proportionalDiagonal(costs.zhLengths(), costs.enLengths());

    int halfWidth = std::max(4, m_options.bandHalfWidth);
    LatticePath path;
    for (;;) {
        const LatticeBand band(centers, m, halfWidth);
        path = solveBand(band, costs);
        const bool wholeLattice = halfWidth >= std::max(n, m);
        if (wholeLattice || (path.complete && !path.touchesEdge))
            break;
        halfWidth *= 2;
    }
    result.bandHalfWidth = halfWidth;
    for (const LatticePath::Step &step : path.steps) {
        SentenceBead bead;
        for (int k = step.zhBegin; k < step.zhEnd; ++k)
            bead.zh.append(k);
        for (int k = step.enBegin; k < step.enEnd; ++k)
            bead.en.append(k);
        bead.confidence = step.posterior;
        result.beads.append(bead);
    }
    return result;
}

} // namespace tigerscope
