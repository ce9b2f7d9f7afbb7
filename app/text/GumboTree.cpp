#include "GumboTree.h"

#include <QList>

namespace tigerscope {

GumboTree::GumboTree(const QByteArray &utf8)
    : m_source(utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here and cost memory on broken pages.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_source.constData(), size_t(m_source.size()));
}

GumboTree::~GumboTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

QString GumboTree::attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

QString GumboTree::text(const GumboNode *node)
{
    QString result;
    // Iterative: a page may nest deeper than the stack would allow.
    QList<const GumboNode *> stack{node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (!current)
            continue;
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE
            || current->type == GUMBO_NODE_CDATA) {
            result += QString::fromUtf8(current->v.text.text);
        } else if (current->type == GUMBO_NODE_ELEMENT || current->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector &children = current->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return result;
}

const GumboNode *GumboTree::find(const GumboNode *node, GumboTag tag)
{
    QList<const GumboNode *> stack{node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (!isElement(current))
            continue;
        if (current != node && current->v.element.tag == tag)
            return current;
        const GumboVector &children = current->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

} // namespace tigerscope
