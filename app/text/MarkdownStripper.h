#pragma once

#include "TextLines.h"

namespace tigerscope {

/// Removes Markdown syntax from an article's lines, keeping the text and noting headings, images
/// and code blocks.
class MarkdownStripper
{
public:
    /// True for a .md/.markdown file name, or for text with a heading ("# "), a code fence, or
    /// at least two links, strong-emphasis spans or "===" underlines.
    static bool looksLikeMarkdown(const QList<SourceLine> &lines, const QString &sourceName);

    static QList<SourceLine> strip(const QList<SourceLine> &lines);

    /// The inline syntax of one line removed: emphasis, links, images, code spans, escapes.
    static QString stripInline(const QString &text);
};

} // namespace tigerscope
