#pragma once

#include "ParsedArticle.h"

namespace tigerscope {

/// Reads an article's titles, outlet, author, editors and date from its classified paragraphs.
/// It looks at the English paragraphs before the Chinese ones whatever the file's layout, so a
/// pair of files and the same text in one file give the same answers.
class MetadataExtractor
{
public:
    /// Sets the metadata fields of @p article; @p fallbackTitle when no paragraph is a title.
    static void fill(ParsedArticle &article, const QString &fallbackTitle);
};

} // namespace tigerscope
