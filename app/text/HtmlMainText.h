#pragma once

#include "TextLines.h"

#include <QList>

struct GumboInternalNode;

namespace tigerscope {

/// The main text of a web page, the way Readability finds it: hidden nodes, scripts, forms,
/// navigation, comments, share and "related" blocks are dropped; the remaining text blocks are
/// scored by length, commas (，、。 too) and link density, their scores given to the containers
/// above them, and the best container with its worthy siblings is kept. Each kept block (heading,
/// paragraph, list item, quotation, table cell, caption, or text between <br><br>) becomes a line.
class HtmlMainText
{
public:
    static QList<SourceLine> extract(const GumboInternalNode *root);

    /// White space collapsed to single spaces, trimmed, no space left between two CJK characters.
    static QString normalise(const QString &text);
};

} // namespace tigerscope
