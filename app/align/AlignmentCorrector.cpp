#include "AlignmentCorrector.h"

namespace tigerscope {

namespace {

bool valid(const Alignment &alignment, int bead)
{
    return bead >= 0 && bead < alignment.beads.size();
}

Alignment unchanged(const Alignment &alignment, bool *applied)
{
    if (applied)
        *applied = false;
    return alignment;
}

Alignment changed(Alignment alignment, bool *applied)
{
    alignment.beads.removeIf([](const AlignmentBead &bead) { return bead.zh.isEmpty() && bead.en.isEmpty(); });
    if (applied)
        *applied = true;
    return alignment;
}

AlignmentBead byHand(QList<int> zh, QList<int> en)
{
    return {std::move(zh), std::move(en), 1.0, true};
}

QList<int> &sideOf(AlignmentBead &bead, AlignmentCorrector::Side side)
{
    return side == AlignmentCorrector::Side::Chinese ? bead.zh : bead.en;
}

/// Moves the first paragraph of one side into the bead before (step -1), or the last into the bead
/// after (step +1); that bead is then confirmed by hand.
Alignment shift(const Alignment &alignment, int bead, AlignmentCorrector::Side side, int step, bool *applied)
{
    if (!valid(alignment, bead))
        return unchanged(alignment, applied);
    Alignment result = alignment;
    QList<int> &from = sideOf(result.beads[bead], side);
    const int target = bead + step;
    if (from.isEmpty() || !valid(alignment, target))
        return unchanged(alignment, applied);
    QList<int> &to = sideOf(result.beads[target], side);
    if (step < 0)
        to.append(from.takeFirst());
    else
        to.prepend(from.takeLast());
    result.beads[target].confirmed = true;
    result.beads[target].confidence = 1.0;
    return changed(result, applied);
}

} // namespace

Alignment AlignmentCorrector::mergeWithNext(const Alignment &alignment, int bead, bool *applied)
{
    if (!valid(alignment, bead) || !valid(alignment, bead + 1))
        return unchanged(alignment, applied);
    Alignment result = alignment;
    const AlignmentBead &next = alignment.beads.at(bead + 1);
    AlignmentBead merged = byHand(alignment.beads.at(bead).zh + next.zh, alignment.beads.at(bead).en + next.en);
    std::sort(merged.zh.begin(), merged.zh.end());
    std::sort(merged.en.begin(), merged.en.end());
    result.beads[bead] = merged;
    result.beads.removeAt(bead + 1);
    return changed(result, applied);
}

Alignment AlignmentCorrector::splitFirst(const Alignment &alignment, int bead, bool *applied)
{
    if (!valid(alignment, bead))
        return unchanged(alignment, applied);
    const AlignmentBead &whole = alignment.beads.at(bead);
    if (whole.zh.size() < 2 && whole.en.size() < 2)
        return unchanged(alignment, applied);
    AlignmentBead first = byHand(whole.zh.mid(0, 1), whole.en.mid(0, 1));
    AlignmentBead rest = byHand(whole.zh.mid(1), whole.en.mid(1));
    Alignment result = alignment;
    result.beads[bead] = first;
    result.beads.insert(bead + 1, rest);
    return changed(result, applied);
}

Alignment AlignmentCorrector::shiftUp(const Alignment &alignment, int bead, Side side, bool *applied)
{
    return shift(alignment, bead, side, -1, applied);
}

Alignment AlignmentCorrector::shiftDown(const Alignment &alignment, int bead, Side side, bool *applied)
{
    return shift(alignment, bead, side, +1, applied);
}

Alignment AlignmentCorrector::markNoCounterpart(const Alignment &alignment, int bead, bool *applied)
{
    if (!valid(alignment, bead) || !alignment.beads.at(bead).isPair())
        return unchanged(alignment, applied);
    const AlignmentBead whole = alignment.beads.at(bead);
    QList<AlignmentBead> alone;
    for (int e : whole.en)
        alone.append(byHand({}, {e}));
    for (int z : whole.zh)
        alone.append(byHand({z}, {}));
    Alignment result = alignment;
    result.beads.removeAt(bead);
    for (qsizetype k = 0; k < alone.size(); ++k)
        result.beads.insert(bead + k, alone.at(k));
    return changed(result, applied);
}

Alignment AlignmentCorrector::confirm(const Alignment &alignment, int bead, bool *applied)
{
    if (!valid(alignment, bead) || alignment.beads.at(bead).confirmed)
        return unchanged(alignment, applied);
    Alignment result = alignment;
    result.beads[bead].confirmed = true;
    result.beads[bead].confidence = 1.0;
    return changed(result, applied);
}

int AlignmentCorrector::nextUncertain(const Alignment &alignment, int from, double threshold)
{
    const auto count = int(alignment.beads.size());
    for (int step = 1; step <= count; ++step) {
        const int b = ((from + step) % count + count) % count;
        const AlignmentBead &bead = alignment.beads.at(b);
        if (!bead.confirmed && bead.confidence < threshold)
            return b;
    }
    return -1;
}

QList<AlignmentBead> AlignmentCorrector::confirmedBeads(const Alignment &alignment)
{
    QList<AlignmentBead> held;
    for (const AlignmentBead &bead : alignment.beads) {
        if (bead.confirmed)
            held.append(bead);
    }
    return held;
}

} // namespace tigerscope
