#pragma once

#include "Alignment.h"
#include "LengthModel.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// Prior probabilities of the bead shapes, as (Chinese paragraphs)-(English paragraphs).
struct BeadPriors
{
    double zhOnly = 0.02;    ///< 1-0: a Chinese paragraph left untranslated
    double enOnly = 0.05;    ///< 0-1: English page chrome, headings, adverts, translator's notes
    double oneToOne = 0.85;  ///< 1-1
    double oneToTwo = 0.035; ///< 1-2: a Chinese paragraph split in translation
    double twoToOne = 0.035; ///< 2-1: two Chinese paragraphs joined in translation
    double twoToTwo = 0.01;  ///< 2-2
};

struct AlignerOptions
{
    QList<QPair<QString, QString>> aliases; ///< (Chinese, English) names of the same entity
    LengthModel lengthModel = LengthModel::measured();
    BeadPriors priors;
    double anchorReward = 1.0;  ///< nats per unit of shared anchor weight
    double anchorPenalty = 0.5; ///< nats per unit of anchor weight found on one side only
    /// Nats against a two-paragraph side whose shorter paragraph holds almost nothing of it: a
    /// translator splits a paragraph in two real halves, while a short heading or link beside a
    /// paragraph is one-sided. Rises linearly from 0 at balanceShare to splitPenalty at 0.
    double splitPenalty = 4.0;
    double balanceShare = 0.3;
};

/// Aligns the paragraphs of a Chinese text with those of its English translation by dynamic
/// programming over beads (Gale–Church), scoring each bead by its shape's prior, the length model
/// and the anchors both sides share. Paragraphs present in one language only come out as 1-0 or
/// 0-1 beads instead of shifting the rest. Each bead's confidence is its posterior probability
/// over all alignments (forward–backward on the same costs). O(n·m) time and memory.
class ParagraphAligner
{
public:
    explicit ParagraphAligner(AlignerOptions options = {});

    Alignment align(const QStringList &zh, const QStringList &en) const;

    /// Refits the length model on the 1-1 beads of an alignment whose confidence reaches
    /// minConfidence; empty when there are none.
    static std::optional<LengthModel> fitLengthModel(const QStringList &zh, const QStringList &en,
                                                     const Alignment &alignment, double minConfidence = 0.9);

private:
    AlignerOptions m_options;
};

} // namespace tigerscope
