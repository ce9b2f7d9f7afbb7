#include "TextSegments.h"

#include "Alignment.h"

#include <QHash>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace tigerscope::TextSegments {

namespace {

bool isClauseBreak(QChar c)
{
    // Chinese and ASCII commas, semicolons and colons; a comma between digits ("130,000") is not.
    static const QString breaks = u"，,;；:："_s;
    return breaks.contains(c);
}

} // namespace

TextSpan sentenceAt(const QString &text, qsizetype position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    finder.toStart();
    for (qsizetype next = finder.toNextBoundary(); next >= 0; next = finder.toNextBoundary()) {
        if (next > position)
            return {start, next - start};
        start = next;
    }
    return {start, text.size() - start};
}

TextSpan clauseAt(const QString &text, const TextSpan &sentence, qsizetype position)
{
    const auto isBreakAt = [&](qsizetype i) {
        if (!isClauseBreak(text.at(i)))
            return false;
        const bool digitsAround = i > 0 && i + 1 < text.size() && text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
        return !digitsAround;
    };
    qsizetype start = position;
    while (start > sentence.start && !isBreakAt(start - 1))
        --start;
    qsizetype end = position;
    const qsizetype sentenceEnd = sentence.start + sentence.length;
    while (end < sentenceEnd && !isBreakAt(end))
        ++end;
    return {start, end - start};
}

bool isClockTime(const QString &text, qsizetype position, qsizetype length)
{
    const auto digitAt = [&](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isDigit(); };
    const qsizetype end = position + length;
    const bool colonBefore = position >= 2 && text.at(position - 1) == u':' && digitAt(position - 2);
    const bool colonAfter = end + 1 < text.size() && text.at(end) == u':' && digitAt(end + 1);
    return colonBefore || colonAfter;
}

QString mostFrequent(const QList<EntityMention> &mentions, const std::function<QString(int)> &companyOf)
{
    QHash<QString, int> counts;
    QString best;
    for (const EntityMention &mention : mentions) {
        const QString company = companyOf(mention.entity);
        if (company.isEmpty())
            continue;
        const int count = ++counts[company];
        if (best.isEmpty() || count > counts.value(best))
            best = company;
    }
    return best;
}

QList<int> counterparts(const Alignment &alignment, const QString &lang, int index)
{
    const bool zh = lang == "zh"_L1;
    for (const AlignmentBead &bead : alignment.beads) {
        if ((zh ? bead.zh : bead.en).contains(index))
            return zh ? bead.en : bead.zh;
    }
    return {};
}

} // namespace tigerscope::TextSegments
