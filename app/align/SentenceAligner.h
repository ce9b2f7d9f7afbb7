#pragma once

#include "AlignerOptions.h"
#include "SentenceSplitter.h"

#include <QList>
#include <QStringList>

namespace tigerscope {

/// A step of a sentence alignment: sentence indices into SentenceAlignment::zh and ::en.
struct SentenceBead
{
    QList<int> zh;
    QList<int> en;
    double confidence = 0.0; ///< posterior probability of this bead
};

struct SentenceAlignment
{
    QList<Sentence> zh;
    QList<Sentence> en;
    QList<SentenceBead> beads; ///< in reading order, covering every sentence once
    int bandHalfWidth = 0;     ///< the band the final pass searched, for the benchmark's log
};

/// Aligns the sentences of a Chinese text with those of its English translation: Gale–Church
/// lengths, anchors (figures, dates, Latin tokens, names by sound, aliases) and paragraph ends as
/// soft evidence, by dynamic programming inside a band around the length-proportional diagonal
/// (LatticeBand), so time and memory grow linearly with the texts.
class SentenceAligner
{
public:
    explicit SentenceAligner(const AlignerOptions &options);

    SentenceAlignment align(const QStringList &zhParagraphs, const QStringList &enParagraphs) const;

private:
    const AlignerOptions &m_options;
};

} // namespace tigerscope
