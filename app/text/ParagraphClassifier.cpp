#include "ParagraphClassifier.h"

#include "LinePatterns.h"

#include <optional>

namespace tigerscope {

namespace {

constexpr qsizetype kTeaserTitleLength = 100;

using Kinds = QList<std::optional<ParagraphKind>>;

/// A read-more link closes a promotional block: a truncated teaser, perhaps under its own title.
void markTeasers(const QList<SourceLine> &lines, Kinds &kinds)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!LinePatterns::isReadMore(lines[i].text))
            continue;
        const qsizetype teaser = i - 1;
        const qsizetype title = i - 2;
        if (kinds[teaser] || lines[teaser].code)
            continue;
        const bool titled = title >= 0 && !kinds[title] && !lines[title].code
            && lines[title].text.size() <= kTeaserTitleLength && !LinePatterns::endsSentence(lines[title].text, false);
        if (!titled && !LinePatterns::isTruncated(lines[teaser].text))
            continue;
        kinds[teaser] = ParagraphKind::Chrome;
        if (titled)
            kinds[title] = ParagraphKind::Chrome;
    }
}

/// The first paragraph that is neither chrome nor meta, when it looks like a title; or else the
/// first Markdown level-1 heading.
qsizetype markTitle(const QList<SourceLine> &lines, Kinds &kinds)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (kinds[i])
            continue;
        const SourceLine &line = lines[i];
        if (line.headingLevel == 1 || (line.headingLevel == 0 && !line.code && LinePatterns::isTitleLike(line.text))) {
            kinds[i] = ParagraphKind::Title;
            return i;
        }
        break;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!kinds[i] && lines[i].headingLevel == 1) {
            kinds[i] = ParagraphKind::Title;
            return i;
        }
    }
    return -1;
}

/// A name alone under the title, among the page's furniture or datelines, is the publication.
void markOutlet(const QList<SourceLine> &lines, qsizetype title, Kinds &kinds)
{
    const qsizetype candidate = title + 1;
    if (title < 0 || candidate >= lines.size() || kinds[candidate] || lines[candidate].headingLevel
        || lines[candidate].code || !LinePatterns::isOutletLike(lines[candidate].text))
        return;
    for (qsizetype j = candidate + 1; j < lines.size() && j <= candidate + 3; ++j) {
        if (kinds[j] == ParagraphKind::Chrome || kinds[j] == ParagraphKind::Meta) {
            kinds[candidate] = ParagraphKind::Meta;
            return;
        }
    }
}

void markHeadings(const QList<SourceLine> &lines, Kinds &kinds)
{
    // Without Markdown to say so, a heading introduces text: an undecided paragraph follows it.
    qsizetype lastOpen = -1;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (!kinds[i]) {
            lastOpen = i;
            break;
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (kinds[i] || lines[i].code)
            continue;
        if (lines[i].headingLevel > 0 || (i < lastOpen && LinePatterns::isHeadingLike(lines[i].text)))
            kinds[i] = ParagraphKind::Heading;
    }
}

} // namespace

QList<ParagraphKind> ParagraphClassifier::classify(const QList<SourceLine> &lines)
{
    Kinds kinds(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SourceLine &line = lines[i];
        if (line.code)
            continue;
        if (line.image || LinePatterns::isChrome(line.text))
            kinds[i] = ParagraphKind::Chrome;
        else if (LinePatterns::isMeta(line.text))
            kinds[i] = ParagraphKind::Meta;
    }
    markTeasers(lines, kinds);
    const qsizetype title = markTitle(lines, kinds);
    markOutlet(lines, title, kinds);
    markHeadings(lines, kinds);

    QList<ParagraphKind> result;
    result.reserve(kinds.size());
    for (const std::optional<ParagraphKind> &kind : std::as_const(kinds))
        result.append(kind.value_or(ParagraphKind::Body));
    return result;
}

} // namespace tigerscope
