#include "ParagraphAligner.h"

#include "AnchorIndex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace tigerscope {

namespace {

struct Shape
{
    int zh;
    int en;
};

constexpr int kShapeCount = 6;
constexpr std::array<Shape, kShapeCount> kShapes = {{{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}}};
constexpr double kInfinity = std::numeric_limits<double>::infinity();

double logAddExp(double a, double b)
{
    if (a == -kInfinity)
        return b;
    if (b == -kInfinity)
        return a;
    const double high = std::max(a, b);
    return high + std::log1p(std::exp(-std::abs(a - b)));
}

std::array<double, kShapeCount> priorCosts(const BeadPriors &p)
{
    const std::array<double, kShapeCount> priors = {p.oneToOne, p.zhOnly, p.enOnly, p.oneToTwo, p.twoToOne, p.twoToTwo};
    std::array<double, kShapeCount> costs{};
    for (int s = 0; s < kShapeCount; ++s)
        costs[s] = priors[s] > 0.0 ? -std::log(priors[s]) : kInfinity;
    return costs;
}

/// Costs of every bead of every shape ending at every cell of the (n+1)×(m+1) lattice.
class BeadCosts
{
public:
    BeadCosts(const QStringList &zh, const QStringList &en, const AlignerOptions &options)
        : m_n(int(zh.size()))
        , m_m(int(en.size()))
        , m_anchors(zh, en, options.aliases)
        , m_options(options)
        , m_prior(priorCosts(options.priors))
    {
        for (const QString &paragraph : zh)
            m_zhLength.push_back(double(LengthModel::length(paragraph)));
        for (const QString &paragraph : en)
            m_enLength.push_back(double(LengthModel::length(paragraph)));
        for (int i = 0; i + 1 < m_n; ++i)
            m_zhPairs.push_back(AnchorIndex::unite(m_anchors.zhAnchors(i), m_anchors.zhAnchors(i + 1)));
        for (int j = 0; j + 1 < m_m; ++j)
            m_enPairs.push_back(AnchorIndex::unite(m_anchors.enAnchors(j), m_anchors.enAnchors(j + 1)));

        m_costs.assign(size_t(m_n + 1) * size_t(m_m + 1), {});
        for (int i = 0; i <= m_n; ++i) {
            for (int j = 0; j <= m_m; ++j) {
                for (int s = 0; s < kShapeCount; ++s)
                    m_costs[cell(i, j)][s] = compute(s, i, j);
            }
        }
    }

    size_t cell(int i, int j) const { return size_t(i) * size_t(m_m + 1) + size_t(j); }
    double cost(int shape, int i, int j) const { return m_costs[cell(i, j)][shape]; }

private:
    double compute(int shape, int i, int j) const
    {
        const Shape s = kShapes[shape];
        if (i < s.zh || j < s.en || m_prior[shape] == kInfinity)
            return kInfinity;
        if (s.zh == 0 || s.en == 0)
            return m_prior[shape];
        double zhLength = 0.0;
        double zhShortest = kInfinity;
        for (int k = i - s.zh; k < i; ++k) {
            zhLength += m_zhLength[k];
            zhShortest = std::min(zhShortest, m_zhLength[k]);
        }
        double enLength = 0.0;
        double enShortest = kInfinity;
        for (int k = j - s.en; k < j; ++k) {
            enLength += m_enLength[k];
            enShortest = std::min(enShortest, m_enLength[k]);
        }
        double balance = 0.0;
        if (s.zh == 2)
            balance += imbalance(zhShortest / std::max(1.0, zhLength));
        if (s.en == 2)
            balance += imbalance(enShortest / std::max(1.0, enLength));
        const std::vector<int> &zhAnchors = s.zh == 1 ? m_anchors.zhAnchors(i - 1) : m_zhPairs[i - 2];
        const std::vector<int> &enAnchors = s.en == 1 ? m_anchors.enAnchors(j - 1) : m_enPairs[j - 2];
        const AnchorIndex::Agreement agreement = m_anchors.agreement(zhAnchors, enAnchors);
        return m_prior[shape] + m_options.lengthModel.cost(zhLength, enLength)
            - m_options.anchorReward * agreement.shared + m_options.anchorPenalty * agreement.missing + balance;
    }

    double imbalance(double share) const
    {
        if (m_options.balanceShare <= 0.0 || share >= m_options.balanceShare)
            return 0.0;
        return m_options.splitPenalty * (1.0 - share / m_options.balanceShare);
    }

    int m_n;
    int m_m;
    AnchorIndex m_anchors;
    const AlignerOptions &m_options;
    std::array<double, kShapeCount> m_prior;
    std::vector<double> m_zhLength;
    std::vector<double> m_enLength;
    std::vector<std::vector<int>> m_zhPairs;
    std::vector<std::vector<int>> m_enPairs;
    std::vector<std::array<double, kShapeCount>> m_costs;
};

} // namespace

ParagraphAligner::ParagraphAligner(AlignerOptions options)
    : m_options(std::move(options))
{}

Alignment ParagraphAligner::align(const QStringList &zh, const QStringList &en) const
{
    const int n = int(zh.size());
    const int m = int(en.size());
    const BeadCosts costs(zh, en, m_options);
    const size_t cells = size_t(n + 1) * size_t(m + 1);

    // Viterbi for the best alignment, forward sums for the posteriors (log probability = −cost).
    std::vector<double> best(cells, kInfinity);
    std::vector<signed char> back(cells, -1);
    std::vector<double> forward(cells, -kInfinity);
    best[0] = 0.0;
    forward[0] = 0.0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            const size_t here = costs.cell(i, j);
            for (int s = 0; s < kShapeCount; ++s) {
                const double c = costs.cost(s, i, j);
                if (c == kInfinity)
                    continue;
                const size_t from = costs.cell(i - kShapes[s].zh, j - kShapes[s].en);
                if (best[from] + c < best[here]) {
                    best[here] = best[from] + c;
                    back[here] = static_cast<signed char>(s);
                }
                forward[here] = logAddExp(forward[here], forward[from] - c);
            }
        }
    }
    std::vector<double> backward(cells, -kInfinity);
    backward[costs.cell(n, m)] = 0.0;
    for (int i = n; i >= 0; --i) {
        for (int j = m; j >= 0; --j) {
            if (i == n && j == m)
                continue;
            double sum = -kInfinity;
            for (int s = 0; s < kShapeCount; ++s) {
                const int toZh = i + kShapes[s].zh;
                const int toEn = j + kShapes[s].en;
                if (toZh > n || toEn > m)
                    continue;
                const double c = costs.cost(s, toZh, toEn);
                if (c != kInfinity)
                    sum = logAddExp(sum, backward[costs.cell(toZh, toEn)] - c);
            }
            backward[costs.cell(i, j)] = sum;
        }
    }
    const double total = forward[costs.cell(n, m)];

    Alignment alignment;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
        const int s = back[costs.cell(i, j)];
        const Shape shape = kShapes[s];
        AlignmentBead bead;
        for (int k = i - shape.zh; k < i; ++k)
            bead.zh.append(k);
        for (int k = j - shape.en; k < j; ++k)
            bead.en.append(k);
        const double logPosterior = forward[costs.cell(i - shape.zh, j - shape.en)] - costs.cost(s, i, j)
            + backward[costs.cell(i, j)] - total;
        bead.confidence = std::clamp(std::exp(logPosterior), 0.0, 1.0);
        alignment.beads.append(bead);
        i -= shape.zh;
        j -= shape.en;
    }
    std::reverse(alignment.beads.begin(), alignment.beads.end());
    return alignment;
}

std::optional<LengthModel> ParagraphAligner::fitLengthModel(const QStringList &zh, const QStringList &en,
                                                            const Alignment &alignment, double minConfidence)
{
    QList<QPair<double, double>> lengths;
    for (const AlignmentBead &bead : alignment.beads) {
        if (bead.zh.size() == 1 && bead.en.size() == 1 && bead.confidence >= minConfidence)
            lengths.append({double(LengthModel::length(zh.at(bead.zh.front()))),
                            double(LengthModel::length(en.at(bead.en.front())))});
    }
    return LengthModel::fit(lengths);
}

} // namespace tigerscope
