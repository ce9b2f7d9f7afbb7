#pragma once

#include <QString>

namespace tigerscope {

/// The one paragraph numbering a person sees and types, everywhere: counted from 1. Stored
/// indices (the database, the dataset's JSON, the reader's model) count from 0.
namespace ParagraphNumber {
/// The number a person sees for a stored index.
constexpr int shown(int storedIndex)
{
    return storedIndex + 1;
}
/// The stored index for a number a person typed.
constexpr int stored(int shownNumber)
{
    return shownNumber - 1;
}
} // namespace ParagraphNumber

/// One citation of a figure or an event: an article paragraph (key, language version, paragraph,
/// the figure as printed there) or a free reference (text or URL). paragraph is the stored index,
/// counted from 0 over the non-empty lines of that language version; a person sees and types it
/// counted from 1 (ParagraphNumber).
struct CitationRecord
{
    qint64 id = -1;
    QString articleKey;
    QString lang; ///< "zh" or "en"
    int paragraph = -1;
    QString printed;
    QString reference;

    bool isArticle() const { return !articleKey.isEmpty(); }
    bool isValid() const { return !articleKey.isEmpty() || !reference.isEmpty(); }
    bool operator==(const CitationRecord &other) const = default;
};

/// What is known of an article (all_articles); empty fields are not known.
struct ArticleRecord
{
    QString key;
    QString titleEn;
    QString titleZh;
    QString outletEn;
    QString outletZh;
    QString author;
    QString published; ///< ISO date
    QString url;
    QString accessed; ///< ISO date the page was read (for an imported page, the day it was imported)

    bool isValid() const { return !key.isEmpty(); }
};

} // namespace tigerscope
