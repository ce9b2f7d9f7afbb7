#include "ParagraphAligner.h"

#include <QSet>

#include <algorithm>

namespace tigerscope {

namespace {

/// A growing paragraph bead: the paragraphs that the sentence links seen so far connect.
struct Group
{
    QList<int> zh;
    QList<int> en;
    double confidence = 1.0;

    bool isOpen() const { return !zh.isEmpty(); }
    void add(QList<int> &side, int paragraph)
    {
        if (side.isEmpty() || side.constLast() < paragraph)
            side.append(paragraph);
    }
};

/// One-sided beads for the paragraphs before (zhUntil, enUntil) that no group took; a paragraph
/// without a linked sentence is as sure of being one-sided as its least sure sentence.
void emitUnmatched(Alignment &alignment, int &zhNext, int zhUntil, int &enNext, int enUntil,
                   const QList<double> &zhConfidence, const QList<double> &enConfidence)
{
    // English first: page chrome before a paragraph precedes it, and the order is stable.
    for (; enNext < enUntil; ++enNext)
        alignment.beads.append({{}, {enNext}, enConfidence.at(enNext)});
    for (; zhNext < zhUntil; ++zhNext)
        alignment.beads.append({{zhNext}, {}, zhConfidence.at(zhNext)});
}

/// first..last: a bead is a range of paragraphs on each side, as the reader shows and the user
/// database stores it, so a paragraph between two linked ones belongs to the bead.
QList<int> span(const QList<int> &linked)
{
    QList<int> indices;
    for (int k = linked.constFirst(); k <= linked.constLast(); ++k)
        indices.append(k);
    return indices;
}

} // namespace

ParagraphAligner::ParagraphAligner(AlignerOptions options)
    : m_options(std::move(options))
{}

SentenceAlignment ParagraphAligner::alignSentences(const QStringList &zh, const QStringList &en) const
{
    return SentenceAligner(m_options).align(zh, en);
}

Alignment ParagraphAligner::align(const QStringList &zh, const QStringList &en) const
{
    return paragraphBeads(alignSentences(zh, en), int(zh.size()), int(en.size()));
}

Alignment ParagraphAligner::paragraphBeads(const SentenceAlignment &sentences, int zhParagraphs, int enParagraphs)
{
    QList<double> zhConfidence(zhParagraphs, 1.0);
    QList<double> enConfidence(enParagraphs, 1.0);
    Alignment alignment;
    int zhNext = 0;
    int enNext = 0;
    Group group;
    const auto close = [&] {
        if (!group.isOpen())
            return;
        emitUnmatched(alignment, zhNext, group.zh.constFirst(), enNext, group.en.constFirst(), zhConfidence,
                      enConfidence);
        alignment.beads.append({span(group.zh), span(group.en), group.confidence});
        zhNext = group.zh.constLast() + 1;
        enNext = group.en.constLast() + 1;
        group = {};
    };
    for (const SentenceBead &bead : sentences.beads) {
        if (bead.zh.isEmpty() || bead.en.isEmpty()) {
            const Sentence &sentence
                = bead.zh.isEmpty() ? sentences.en.at(bead.en.front()) : sentences.zh.at(bead.zh.front());
            QList<double> &confidence = bead.zh.isEmpty() ? enConfidence : zhConfidence;
            confidence[sentence.paragraph] = std::min(confidence.at(sentence.paragraph), bead.confidence);
            // A one-sided sentence inside a paragraph that a group holds lowers that group's certainty.
            const bool inGroup = group.isOpen()
                && (bead.zh.isEmpty() ? sentence.paragraph == group.en.constLast()
                                      : sentence.paragraph == group.zh.constLast());
            if (inGroup)
                group.confidence = std::min(group.confidence, bead.confidence);
            continue;
        }
        const int zhFirst = sentences.zh.at(bead.zh.front()).paragraph;
        const int enFirst = sentences.en.at(bead.en.front()).paragraph;
        if (group.isOpen() && zhFirst > group.zh.constLast() && enFirst > group.en.constLast())
            close();
        for (int k : bead.zh)
            group.add(group.zh, sentences.zh.at(k).paragraph);
        for (int k : bead.en)
            group.add(group.en, sentences.en.at(k).paragraph);
        group.confidence = std::min(group.confidence, bead.confidence);
    }
    close();
    emitUnmatched(alignment, zhNext, zhParagraphs, enNext, enParagraphs, zhConfidence, enConfidence);
    return alignment;
}

Alignment ParagraphAligner::align(const QStringList &zh, const QStringList &en, const QList<AlignmentBead> &held) const
{
    // Held pairs cut the texts into gaps aligned on their own; held one-sided paragraphs are left
    // out of their gap and put back as one-sided beads.
    QList<AlignmentBead> pairs;
    QSet<int> zhAlone;
    QSet<int> enAlone;
    for (const AlignmentBead &bead : held) {
        if (bead.isPair())
            pairs.append(bead);
        else if (bead.en.isEmpty() && bead.zh.size() == 1 && bead.zh.front() >= 0 && bead.zh.front() < zh.size())
            zhAlone.insert(bead.zh.front());
        else if (bead.zh.isEmpty() && bead.en.size() == 1 && bead.en.front() >= 0 && bead.en.front() < en.size())
            enAlone.insert(bead.en.front());
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const AlignmentBead &a, const AlignmentBead &b) { return a.zh.front() < b.zh.front(); });
    Alignment alignment;
    int zhNext = 0;
    int enNext = 0;
    /// One side's paragraphs of a gap: those to align (with their index in the whole text) and the
    /// held one-sided ones.
    struct GapSide
    {
        QStringList texts;
        QList<int> index;
        QList<int> held;
    };
    const auto gapSide = [](const QStringList &paragraphs, const QSet<int> &alone, int from, int until) {
        GapSide side;
        for (int k = from; k < until; ++k) {
            if (alone.contains(k)) {
                side.held.append(k);
            } else {
                side.texts.append(paragraphs.at(k));
                side.index.append(k);
            }
        }
        return side;
    };
    const auto alignGap = [&](int zhUntil, int enUntil) {
        const GapSide zhSide = gapSide(zh, zhAlone, zhNext, zhUntil);
        const GapSide enSide = gapSide(en, enAlone, enNext, enUntil);
        QList<AlignmentBead> gap;
        for (AlignmentBead bead : align(zhSide.texts, enSide.texts).beads) {
            for (int &k : bead.zh)
                k = zhSide.index.at(k);
            for (int &k : bead.en)
                k = enSide.index.at(k);
            gap.append(bead);
        }
        // A held one-sided paragraph goes back before the first bead that starts after it on its
        // side, so that each side stays in reading order.
        const auto putBack = [&gap](int k, bool chinese) {
            const auto after = std::find_if(gap.begin(), gap.end(), [&](const AlignmentBead &bead) {
                const QList<int> &side = chinese ? bead.zh : bead.en;
                return !side.isEmpty() && side.front() > k;
            });
            gap.insert(after, chinese ? AlignmentBead{{k}, {}, 1.0, true} : AlignmentBead{{}, {k}, 1.0, true});
        };
        for (int k : zhSide.held)
            putBack(k, true);
        for (int k : enSide.held)
            putBack(k, false);
        alignment.beads += gap;
        zhNext = zhUntil;
        enNext = enUntil;
    };
    for (const AlignmentBead &bead : std::as_const(pairs)) {
        const bool fits = bead.zh.front() >= zhNext && bead.zh.back() < zh.size() && bead.en.front() >= enNext
            && bead.en.back() < en.size();
        if (!fits)
            continue;
        alignGap(bead.zh.front(), bead.en.front());
        alignment.beads.append({bead.zh, bead.en, 1.0, true});
        zhNext = bead.zh.back() + 1;
        enNext = bead.en.back() + 1;
    }
    alignGap(int(zh.size()), int(en.size()));
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
