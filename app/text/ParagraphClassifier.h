#pragma once

#include "ParsedArticle.h"
#include "TextLines.h"

namespace tigerscope {

/// Decides the kind of each paragraph of one language, in order: chrome and meta line by line,
/// then teaser blocks closed by "View details>", the title, an outlet line under it, headings,
/// and body for the rest.
class ParagraphClassifier
{
public:
    /// One kind per line of @p lines, all of one language.
    static QList<ParagraphKind> classify(const QList<SourceLine> &lines);
};

} // namespace tigerscope
