#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace tigerscope {

/// A step of a monotone alignment: zh units taken from the first text, en from the second.
struct BeadShape
{
    int zh;
    int en;
};

/// The cells of the (n+1)×(m+1) alignment lattice that lie within halfWidth of a diagonal: for
/// each row i (units of the first text consumed) a column range [lo(i), hi(i)] around center(i).
/// Memory and time are linear in n for a fixed width.
class LatticeBand
{
public:
    /// centers[i] for i in 0..n is the expected column of row i, non-decreasing, from 0 to m.
    LatticeBand(const std::vector<int> &centers, int columns, int halfWidth);

    int rows() const { return int(m_lo.size()); }
    int lo(int i) const { return m_lo[size_t(i)]; }
    int hi(int i) const { return m_hi[size_t(i)]; }
    bool contains(int i, int j) const { return i >= 0 && i < rows() && j >= lo(i) && j <= hi(i); }
    size_t index(int i, int j) const { return m_start[size_t(i)] + size_t(j - lo(i)); }
    /// The index of the cell a step of this shape leads to from (i, j), backwards (direction -1)
    /// or forwards (+1); nothing for an empty step or one that leaves the band.
    std::optional<size_t> stepCell(int i, int j, BeadShape shape, int direction) const
    {
        if (shape.zh == 0 && shape.en == 0)
            return std::nullopt;
        const int toI = i + direction * shape.zh;
        const int toJ = j + direction * shape.en;
        if (!contains(toI, toJ))
            return std::nullopt;
        return index(toI, toJ);
    }
    size_t cells() const { return m_start.back(); }
    /// Whether (i, j) lies on a side of the band that does not end the lattice there.
    bool onEdge(int i, int j) const { return (j == lo(i) && j > 0) || (j == hi(i) && j < m_columns); }

private:
    int m_columns;
    std::vector<int> m_lo;
    std::vector<int> m_hi;
    std::vector<size_t> m_start;
};

/// The best path through a band and each of its steps' posterior probability.
struct LatticePath
{
    struct Step
    {
        int step; ///< the model's kind of step
        int zhBegin;
        int enBegin;
        int zhEnd;
        int enEnd;
        double posterior;
    };
    std::vector<Step> steps; ///< in reading order
    bool touchesEdge = false;
    bool complete = false; ///< false when no path reaches (n, m) inside the band
};

namespace lattice {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

inline double logSumExp(std::span<const double> values)
{
    double high = -kInfinity;
    for (double v : values)
        high = std::max(high, v);
    if (high == -kInfinity)
        return high;
    double sum = 0.0;
    for (double v : values)
        sum += std::exp(v - high);
    return high + std::log(sum);
}

} // namespace lattice

/// Viterbi for the cheapest path (cost = −log probability) and forward–backward for the
/// posteriors, over the cells of band. A model offers model.stepCount() kinds of step; each has
/// model.endingAt(step, i, j) and model.startingAt(step, i, j), the shape of that step ending or
/// starting at (i, j) ({0, 0} where there is none: steps may change size along the lattice, as a
/// whole paragraph skipped), and model.cost(step, i, j), the cost of the step ending at (i, j).
template<typename Model>
LatticePath solveBand(const LatticeBand &band, const Model &model)
{
    using lattice::kInfinity;
    const size_t cells = band.cells();
    const int lastRow = band.rows() - 1;
    std::vector<double> best(cells, kInfinity);
    std::vector<double> forward(cells, -kInfinity);
    std::vector<signed char> back(cells, -1);
    const int steps = model.stepCount();
    std::vector<double> terms(static_cast<size_t>(steps));
    best[band.index(0, 0)] = 0.0;
    forward[band.index(0, 0)] = 0.0;
    for (int i = 0; i <= lastRow; ++i) {
        for (int j = band.lo(i); j <= band.hi(i); ++j) {
            if (i == 0 && j == 0)
                continue;
            const size_t here = band.index(i, j);
            size_t used = 0;
            for (int s = 0; s < steps; ++s) {
                const std::optional<size_t> step = band.stepCell(i, j, model.endingAt(s, i, j), -1);
                if (!step)
                    continue;
                const size_t from = *step;
                if (forward[from] == -kInfinity)
                    continue;
                const double c = model.cost(s, i, j);
                if (c == kInfinity)
                    continue;
                if (best[from] + c < best[here]) {
                    best[here] = best[from] + c;
                    back[here] = static_cast<signed char>(s);
                }
                terms[used++] = forward[from] - c;
            }
            forward[here] = lattice::logSumExp(std::span<const double>(terms.data(), used));
        }
    }
    LatticePath path;
    const int lastColumn = band.hi(lastRow);
    if (back[band.index(lastRow, lastColumn)] < 0 && (lastRow > 0 || lastColumn > 0))
        return path;

    std::vector<double> backward(cells, -kInfinity);
    backward[band.index(lastRow, lastColumn)] = 0.0;
    for (int i = lastRow; i >= 0; --i) {
        for (int j = band.hi(i); j >= band.lo(i); --j) {
            if (i == lastRow && j == lastColumn)
                continue;
            size_t used = 0;
            for (int s = 0; s < steps; ++s) {
                const BeadShape shape = model.startingAt(s, i, j);
                const std::optional<size_t> step = band.stepCell(i, j, shape, +1);
                if (!step)
                    continue;
                const size_t to = *step;
                if (backward[to] == -kInfinity)
                    continue;
                const double c = model.cost(s, i + shape.zh, j + shape.en);
                if (c != kInfinity)
                    terms[used++] = backward[to] - c;
            }
            backward[band.index(i, j)] = lattice::logSumExp(std::span<const double>(terms.data(), used));
        }
    }
    const double total = forward[band.index(lastRow, lastColumn)];
    int i = lastRow;
    int j = lastColumn;
    while (i > 0 || j > 0) {
        const int s = back[band.index(i, j)];
        const BeadShape shape = model.endingAt(s, i, j);
        const int fromI = i - shape.zh;
        const int fromJ = j - shape.en;
        const double logPosterior
            = forward[band.index(fromI, fromJ)] - model.cost(s, i, j) + backward[band.index(i, j)] - total;
        path.steps.push_back({s, fromI, fromJ, i, j, std::clamp(std::exp(logPosterior), 0.0, 1.0)});
        path.touchesEdge = path.touchesEdge || band.onEdge(i, j);
        i = fromI;
        j = fromJ;
    }
    std::reverse(path.steps.begin(), path.steps.end());
    path.complete = true;
    return path;
}

} // namespace tigerscope
