#pragma once

#include "LengthModel.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tigerscope {

/// Prior probabilities of the sentence bead shapes, as (Chinese sentences)-(English sentences).
struct BeadPriors
{
    double oneToOne = 0.82;
    double oneToTwo = 0.07; ///< a long Chinese sentence cut in two in translation
    double twoToOne = 0.05;
    double twoToTwo = 0.01;
    double oneToThree = 0.01;
    double threeToOne = 0.01;
    double zhOnly = 0.005; ///< a Chinese sentence left untranslated inside a translated paragraph
    double enOnly = 0.01;  ///< an English sentence added inside a paragraph
    /// A paragraph with nothing on the other side, skipped in one step.
    double zhOnlyParagraph = 0.02;
    double enOnlyParagraph = 0.05;
    /// A one-sentence paragraph without a full stop is most often a heading or page chrome
    /// (bylines, counters, "Advertisement", related links, "Read more"): more likely one-sided.
    double zhOnlyLine = 0.1;
    double enOnlyLine = 0.2;
};

struct AlignerOptions
{
    QList<QPair<QString, QString>> aliases; ///< (Chinese, English) names of the same entity
    LengthModel lengthModel = LengthModel::measured();
    BeadPriors priors;
    double anchorReward = 1.0;  ///< nats per unit of shared anchor weight
    double anchorPenalty = 0.5; ///< nats per unit of anchor weight found on one side only
    /// Paragraph ends as soft evidence: nats won when a sentence bead ends a paragraph on both
    /// sides, and lost when it ends one on one side only (translators re-paragraph, so mildly).
    double paragraphEndReward = 1.0;
    double paragraphEndPenalty = 0.3;
    /// Nats for each paragraph end inside one side of a sentence bead.
    double paragraphCrossingPenalty = 2.5;
    /// Nats against pairing two unpunctuated one-line paragraphs that share no anchor.
    double unanchoredLinePenalty = 3.0;
    /// Half the width, in sentences, of the band around the length-proportional diagonal that the
    /// aligner searches first; it doubles while the best path runs along the band's edge.
    int bandHalfWidth = 48;
};

} // namespace tigerscope
