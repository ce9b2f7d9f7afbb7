#include "Alignment.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tigerscope {

namespace {

QByteArray toJson(const QList<int> &indices)
{
    QByteArrayList items;
    for (int i : indices)
        items.append(QByteArray::number(i));
    return '[' + items.join(',') + ']';
}

/// The paragraphs of one side of the beads (side) that have nothing on the other side (other).
QList<int> unmatchedOn(const QList<AlignmentBead> &beads, QList<int> AlignmentBead::*side,
                       QList<int> AlignmentBead::*other)
{
    QList<int> unmatched;
    for (const AlignmentBead &bead : beads) {
        if ((bead.*other).isEmpty())
            unmatched += bead.*side;
    }
    return unmatched;
}

} // namespace

bool Alignment::covers(qsizetype zhCount, qsizetype enCount) const
{
    int nextZh = 0;
    int nextEn = 0;
    for (const AlignmentBead &bead : beads) {
        if (bead.zh.isEmpty() && bead.en.isEmpty())
            return false;
        for (int i : bead.zh) {
            if (i != nextZh++)
                return false;
        }
        for (int i : bead.en) {
            if (i != nextEn++)
                return false;
        }
    }
    return nextZh == zhCount && nextEn == enCount;
}

int Alignment::uncertainPairCount() const
{
    return int(std::count_if(beads.cbegin(), beads.cend(),
                             [](const AlignmentBead &bead) { return bead.isPair() && bead.isUncertain(); }));
}

QList<int> Alignment::zhUnmatched() const
{
    return unmatchedOn(beads, &AlignmentBead::zh, &AlignmentBead::en);
}

QList<int> Alignment::enUnmatched() const
{
    return unmatchedOn(beads, &AlignmentBead::en, &AlignmentBead::zh);
}

QList<AlignmentBead> Alignment::pairs() const
{
    QList<AlignmentBead> result;
    std::copy_if(beads.cbegin(), beads.cend(), std::back_inserter(result),
                 [](const AlignmentBead &bead) { return bead.isPair(); });
    return result;
}

QList<QPair<int, int>> Alignment::links() const
{
    QList<QPair<int, int>> result;
    for (const AlignmentBead &bead : beads) {
        for (int z : bead.zh) {
            for (int e : bead.en)
                result.append({z, e});
        }
    }
    return result;
}

QByteArray alignmentToJson(const Alignment &alignment)
{
    // Written by hand so the keys keep the documented order.
    QByteArrayList pairs;
    for (const AlignmentBead &bead : alignment.pairs()) {
        const double confidence = std::round(bead.confidence * 1000.0) / 1000.0;
        pairs.append("{\"zh\":" + toJson(bead.zh) + ",\"en\":" + toJson(bead.en)
                     + ",\"confidence\":" + QByteArray::number(confidence, 'g', 6) + '}');
    }
    return "{\"pairs\":[" + pairs.join(',') + "],\"zh_unmatched\":" + toJson(alignment.zhUnmatched())
        + ",\"en_unmatched\":" + toJson(alignment.enUnmatched()) + '}';
}

} // namespace tigerscope
