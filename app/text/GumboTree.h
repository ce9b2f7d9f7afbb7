#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

namespace tigerscope {

/// A parsed HTML5 document (gumbo), freed with the object, and small questions asked of its nodes.
class GumboTree
{
public:
    explicit GumboTree(const QByteArray &utf8);
    ~GumboTree();
    GumboTree(const GumboTree &) = delete;
    GumboTree &operator=(const GumboTree &) = delete;

    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

    static bool isElement(const GumboNode *node) { return node && node->type == GUMBO_NODE_ELEMENT; }
    static GumboTag tag(const GumboNode *node) { return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }
    /// The attribute's value, or a null string when the element has none.
    static QString attribute(const GumboNode *node, const char *name);
    /// The text of a node and its descendants, white space as in the source.
    static QString text(const GumboNode *node);
    /// The first element with @p tag below @p node in document order; nullptr when there is none.
    static const GumboNode *find(const GumboNode *node, GumboTag tag);

private:
    QByteArray m_source; // gumbo keeps pointers into it
    GumboOutput *m_output = nullptr;
};

} // namespace tigerscope
