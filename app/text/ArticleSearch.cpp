#include "ArticleSearch.h"

#include "EntityLexicon.h"
#include "FoldedText.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The ranges in reading order, overlapping ones joined.
QList<TextRange> joined(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> result;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!result.isEmpty() && range.start < result.back().start + result.back().length) {
            TextRange &last = result.back();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            result.append(range);
        }
    }
    return result;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

/// Whether a range of text stands as a word of its own: Han text always does.
bool isWholeWord(const QString &text, const TextRange &range)
{
    const qsizetype end = range.start + range.length;
    return !(range.start > 0 && isWordChar(text.at(range.start)) && isWordChar(text.at(range.start - 1)))
        && !(end < text.size() && isWordChar(text.at(end - 1)) && isWordChar(text.at(end)));
}

/// The longest word of a text folded for search: what the full-text index is asked for.
QString longestWord(const QString &text)
{
    QString longest;
    for (const QString &word : FoldedText(text).text().split(u' '))
        longest = word.size() > longest.size() ? word : longest;
    return longest;
}

} // namespace

ArticleSearch::ArticleSearch(Database &database, const EntityLexicon &lexicon)
    : m_database(database)
    , m_lexicon(lexicon)
{}

QList<SearchHit> ArticleSearch::search(const QString &text, const Scope &scope) const
{
    QList<SearchHit> hits;
    const FoldedText needle(text);
    if (needle.isEmpty())
        return hits;
    const int entity = m_lexicon.entityNamed(text);
    QList<FoldedText> names;
    if (entity >= 0) {
        for (const QString &name : m_lexicon.namesOf(entity))
            names.append(FoldedText(name));
    }
    // The open article is read whole; elsewhere only the paragraphs the index finds the longest
    // word of the text (or of one of the name's names) in are folded and searched.
    QList<LocatedParagraph> paragraphs;
    if (scope.wholeLibrary) {
        QStringList terms{text};
        if (entity >= 0)
            terms << m_lexicon.namesOf(entity);
        for (const QString &term : std::as_const(terms)) {
            for (const LocatedParagraph &found : ArticleStore::paragraphsContaining(longestWord(term), m_database)) {
                if (found.articleId != scope.articleId)
                    paragraphs.append(found);
            }
        }
    }
    if (scope.articleId >= 0) {
        for (const QString &lang : {u"zh"_s, u"en"_s}) {
            for (const StoredParagraph &paragraph : ArticleStore::paragraphs(scope.articleId, lang, m_database))
                paragraphs.append({scope.articleId, paragraph});
        }
    }
    // In reading order, article by article, Chinese first; a paragraph several terms found, once.
    const auto place = [](const LocatedParagraph &p) {
        return std::make_tuple(p.articleId, p.paragraph.lang != u"zh"_s, p.paragraph.index);
    };
    std::sort(paragraphs.begin(), paragraphs.end(),
              [&](const LocatedParagraph &a, const LocatedParagraph &b) { return place(a) < place(b); });
    paragraphs.erase(
        std::unique(paragraphs.begin(), paragraphs.end(),
                    [&](const LocatedParagraph &a, const LocatedParagraph &b) { return place(a) == place(b); }),
        paragraphs.end());
    for (const auto &[articleId, paragraph] : std::as_const(paragraphs)) {
        if (!scope.includeChrome && paragraph.kind == ParagraphKind::Chrome)
            continue;
        const FoldedText folded(paragraph.text);
        QList<TextRange> ranges = folded.find(needle);
        // The name's other names; a Latin one as a whole word, as the reader links it.
        for (const FoldedText &name : std::as_const(names)) {
            for (const TextRange &range : folded.find(name)) {
                if (isWholeWord(paragraph.text, range))
                    ranges.append(range);
            }
        }
        for (const TextRange &range : joined(ranges)) {
            hits.append(ArticleStore::hitAt(articleId, paragraph.lang, paragraph.index, paragraph.text, range.start,
                                            range.length));
            if (hits.size() >= Limit)
                return hits;
        }
    }
    return hits;
}

} // namespace tigerscope
