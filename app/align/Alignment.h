#pragma once

#include <QByteArray>
#include <QList>

namespace tigerscope {

/// One step of a paragraph alignment: the Chinese paragraphs zh translate to the English
/// paragraphs en (0-based indices, consecutive). One side is empty for a paragraph that exists in
/// one language only (a heading, page chrome, an advert).
struct AlignmentBead
{
    QList<int> zh;
    QList<int> en;
    double confidence = 0.0; ///< posterior probability of this bead among all alignments, in [0, 1]
    bool confirmed = false;  ///< set by a person: re-aligning holds it as it is

    /// Below this confidence a bead a person has not confirmed is uncertain: the reader marks it
    /// and "next uncertain bead" stops there.
    static constexpr double UncertainBelow = 0.8;

    bool isPair() const { return !zh.isEmpty() && !en.isEmpty(); }
    bool isUncertain() const { return !confirmed && confidence < UncertainBelow; }
    friend bool operator==(const AlignmentBead &a, const AlignmentBead &b)
    {
        return a.zh == b.zh && a.en == b.en; // confidence is an estimate, not identity
    }
};

/// A paragraph alignment: beads in reading order covering every paragraph of both texts once.
struct Alignment
{
    QList<AlignmentBead> beads;

    /// Whether the beads hold paragraphs 0..zhCount-1 and 0..enCount-1 each once, in reading order,
    /// with no empty bead: an alignment of texts of these lengths.
    bool covers(qsizetype zhCount, qsizetype enCount) const;
    /// The pairs (beads with both sides) that are uncertain.
    int uncertainPairCount() const;

    QList<int> zhUnmatched() const;
    QList<int> enUnmatched() const;
    QList<AlignmentBead> pairs() const; ///< the beads with paragraphs on both sides
    /// Every (zh, en) paragraph link of the pairs, for scoring against a reference.
    QList<QPair<int, int>> links() const;
};

/// {"pairs":[{"zh":[0],"en":[9],"confidence":0.998},...],"zh_unmatched":[],"en_unmatched":[0,1]}
/// compact, 0-based; the output of `tigerscope align`.
QByteArray alignmentToJson(const Alignment &alignment);

} // namespace tigerscope
