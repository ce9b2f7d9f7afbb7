#pragma once

#include "AlignerOptions.h"
#include "Alignment.h"
#include "LengthModel.h"
#include "SentenceAligner.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tigerscope {

/// Aligns the paragraphs of a Chinese text with those of its English translation through their
/// sentences (SentenceAligner), then reports each paragraph bead as the smallest group of
/// paragraphs that the sentence links connect, so 1-3, 3-1, 2-2 or 3-4 paragraph beads need no
/// shape of their own. Paragraphs none of whose sentences is linked come out as 1-0 or 0-1 beads.
/// A paragraph bead's confidence is the lowest posterior of the sentence beads inside it.
class ParagraphAligner
{
public:
    explicit ParagraphAligner(AlignerOptions options = {});

    Alignment align(const QStringList &zh, const QStringList &en) const;

    /// Aligns with the given beads held as they are (a user's confirmed beads): the paragraphs
    /// between two held beads are aligned with each other only. Held beads that overlap or cross
    /// an earlier one, or name a paragraph out of range, are ignored.
    Alignment align(const QStringList &zh, const QStringList &en, const QList<AlignmentBead> &held) const;

    /// The sentence alignment under align(), for showing sentence links.
    SentenceAlignment alignSentences(const QStringList &zh, const QStringList &en) const;

    /// Paragraph beads from a sentence alignment over paragraph counts zh and en.
    static Alignment paragraphBeads(const SentenceAlignment &sentences, int zhParagraphs, int enParagraphs);

    /// Refits the length model on the 1-1 beads of an alignment whose confidence reaches
    /// minConfidence; empty when there are none.
    static std::optional<LengthModel> fitLengthModel(const QStringList &zh, const QStringList &en,
                                                     const Alignment &alignment, double minConfidence = 0.9);

private:
    AlignerOptions m_options;
};

} // namespace tigerscope
