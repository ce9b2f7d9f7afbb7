#include "HtmlMainText.h"

#include "GumboTree.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Stands for a <br> inside a block until the block is split at double breaks.
constexpr QChar kBreak(0x2028);
/// Deeper than any real page nests; deeper elements are skipped rather than overflow the stack.
constexpr int kMaxDepth = 400;

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

/// Latin letters count once, CJK characters twice: a Chinese sentence says as much in fewer.
qsizetype weightedLength(const QString &text)
{
    qsizetype length = 0;
    for (QChar c : text)
        length += isCjk(c) ? 2 : (c.isSpace() ? 0 : 1);
    return length;
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_HTML: return true;
    default: return false;
    }
}

bool isDroppedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_LABEL: return true;
    default: return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

QStringList nameWords(const GumboNode *node)
{
    const QString names = (GumboTree::attribute(node, "class") + u' ' + GumboTree::attribute(node, "id")).toLower();
    QStringList words;
    QString word;
    for (QChar c : names) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool anyWordContains(const QStringList &words, std::initializer_list<const char *> stems)
{
    for (const QString &word : words) {
        for (const char *stem : stems) {
            if (word.contains(QLatin1StringView(stem)))
                return true;
        }
    }
    return false;
}

bool anyWordIs(const QStringList &words, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (words.contains(QLatin1StringView(name)))
            return true;
    }
    return false;
}

// Class and id words that mark page furniture whatever else the element is called.
const std::initializer_list<const char *> kChromeStems
    = {"comment",    "share",  "sharing",  "social",  "related",    "recommend", "cookie", "consent",
       "gdpr",       "advert", "sponsor",  "promo",   "newsletter", "subscribe", "popup",  "modal",
       "breadcrumb", "disqus", "outbrain", "taboola", "paywall",    "signup",    "login"};
// Words that mark furniture unless the element is also called content-like.
const std::initializer_list<const char *> kWeakChromeStems
    = {"sidebar",    "footer", "header",  "masthead", "banner",   "widget", "menu",     "navbar",
       "pagination", "pager",  "toolbar", "ranking",  "trending", "topbar", "copyright"};
const std::initializer_list<const char *> kWeakChromeWords = {"nav", "ad", "ads", "tags", "hot", "rank", "side"};
const std::initializer_list<const char *> kContentStems
    = {"article", "content", "entry", "main", "post", "story", "text", "body", "hentry", "detail", "zhengwen"};

int classWeight(const QStringList &words)
{
    int weight = 0;
    if (anyWordContains(words, kContentStems))
        weight += 25;
    if (anyWordContains(words, kChromeStems) || anyWordContains(words, kWeakChromeStems)
        || anyWordIs(words, kWeakChromeWords))
        weight -= 25;
    return weight;
}

bool isHidden(const GumboNode *node)
{
    if (!GumboTree::attribute(node, "hidden").isNull())
        return true;
    if (GumboTree::attribute(node, "aria-hidden").trimmed().toLower() == "true"_L1)
        return true;
    QString style = GumboTree::attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains("display:none"_L1) || style.contains("visibility:hidden"_L1);
}

bool isDroppedRole(const GumboNode *node)
{
    static const QSet<QString> roles{u"navigation"_s,  u"banner"_s, u"complementary"_s, u"contentinfo"_s, u"dialog"_s,
                                     u"alertdialog"_s, u"search"_s, u"menu"_s,          u"menubar"_s,     u"alert"_s};
    return roles.contains(GumboTree::attribute(node, "role").trimmed().toLower());
}

/// A run of text inside one block element, before it is split at double breaks.
struct TextBlock
{
    QString text;
    const GumboNode *element = nullptr; // the block element it belongs to
    int line = 0;
    qsizetype linkChars = 0;
};

/// Walks the page, dropping furniture, and gathers its text blocks in document order.
class BlockCollector
{
public:
    QList<TextBlock> blocks;

    void visit(const GumboNode *node, int depth, bool inLink, bool inArticle)
    {
        if (depth > kMaxDepth || !node)
            return;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            const QString text = QString::fromUtf8(node->v.text.text);
            if (m_current.text.trimmed().isEmpty() && !text.trimmed().isEmpty())
                m_current.line = int(std::max(1u, node->v.text.start_pos.line));
            m_current.text += text;
            if (inLink)
                m_current.linkChars += weightedLength(text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_BR) {
            m_current.text += kBreak;
            return;
        }
        const bool block = isBlockTag(tag);
        if (isDropped(node, tag, inArticle)) {
            if (block)
                flush();
            return;
        }
        const bool article = inArticle || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
        const GumboVector &children = node->v.element.children;
        if (!block) {
            for (unsigned i = 0; i < children.length; ++i)
                visit(static_cast<const GumboNode *>(children.data[i]), depth + 1, inLink || tag == GUMBO_TAG_A,
                      article);
            return;
        }
        flush();
        const GumboNode *outer = m_element;
        m_element = node;
        for (unsigned i = 0; i < children.length; ++i)
            visit(static_cast<const GumboNode *>(children.data[i]), depth + 1, inLink, article);
        flush();
        m_element = outer;
    }

    void flush()
    {
        if (!m_current.text.trimmed().isEmpty() && m_element) {
            m_current.element = m_element;
            blocks.append(std::move(m_current));
        }
        m_current = {};
    }

private:
    static bool isDropped(const GumboNode *node, GumboTag tag, bool inArticle)
    {
        if (isDroppedTag(tag) || isHidden(node) || isDroppedRole(node))
            return true;
        if (tag == GUMBO_TAG_HEADER && !inArticle)
            return true;
        if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        const QStringList words = nameWords(node);
        if (words.isEmpty())
            return false;
        if (anyWordContains(words, kChromeStems))
            return true;
        return (anyWordContains(words, kWeakChromeStems) || anyWordIs(words, kWeakChromeWords))
            && !anyWordContains(words, kContentStems);
    }

    TextBlock m_current;
    const GumboNode *m_element = nullptr;
};

qsizetype commas(const QString &text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += (c == u',' || c == u'，' || c == u'、' || c == u'。' || c == u'；') ? 1 : 0;
    return count;
}

int tagWeight(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_ADDRESS: return -3;
    case GUMBO_TAG_TH:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: return -5;
    default: return 0;
    }
}

struct Candidate
{
    double score = 0;
    qsizetype chars = 0;
    qsizetype linkChars = 0;

    double linkDensity() const { return chars > 0 ? double(linkChars) / double(chars) : 0; }
    double finalScore() const { return score * (1.0 - linkDensity()); }
};

bool isWithin(const GumboNode *node, const QSet<const GumboNode *> &containers)
{
    for (const GumboNode *n = node; n; n = n->parent) {
        if (containers.contains(n))
            return true;
    }
    return false;
}

/// The block's text split at double breaks; a single break joins its lines with a space.
QStringList splitAtBreaks(const QString &text)
{
    QStringList parts;
    QString current;
    int breaks = 0;
    for (QChar c : text) {
        if (c == kBreak) {
            ++breaks;
            continue;
        }
        if (breaks > 0 && !c.isSpace()) {
            if (breaks >= 2) {
                parts << current;
                current.clear();
            } else {
                current += u' ';
            }
            breaks = 0;
        }
        current += c;
    }
    parts << current;
    return parts;
}

} // namespace

QString HtmlMainText::normalise(const QString &text)
{
    const QString collapsed = text.simplified();
    QString result;
    result.reserve(collapsed.size());
    for (qsizetype i = 0; i < collapsed.size(); ++i) {
        const QChar c = collapsed.at(i);
        if (c == u' ' && i > 0 && i + 1 < collapsed.size() && isCjk(collapsed.at(i - 1)) && isCjk(collapsed.at(i + 1)))
            continue;
        result += c;
    }
    return result.normalized(QString::NormalizationForm_C);
}

QList<SourceLine> HtmlMainText::extract(const GumboNode *root)
{
    BlockCollector collector;
    collector.visit(root, 0, false, false);
    collector.flush();
    const QList<TextBlock> &blocks = collector.blocks;

    QHash<const GumboNode *, Candidate> candidates;
    // The hash's order follows node addresses, which differ from parse to parse: choices between
    // equal scores go by the order the page gives.
    QList<const GumboNode *> candidatesInPageOrder;
    auto candidate = [&candidates, &candidatesInPageOrder](const GumboNode *node) -> Candidate & {
        auto it = candidates.find(node);
        if (it == candidates.end()) {
            Candidate fresh;
            fresh.score = tagWeight(GumboTree::tag(node)) + classWeight(nameWords(node));
            it = candidates.insert(node, fresh);
            candidatesInPageOrder.append(node);
        }
        return *it;
    };
    for (const TextBlock &block : blocks) {
        const qsizetype length = weightedLength(block.text);
        for (const GumboNode *n = block.element; n; n = n->parent) {
            if (!GumboTree::isElement(n))
                break;
            Candidate &c = candidate(n);
            c.chars += length;
            c.linkChars += std::min(block.linkChars, length);
        }
        if (length < 25 || !block.element->parent)
            continue;
        const double score = 1.0 + double(commas(block.text)) + double(std::min<qsizetype>(length / 100, 3));
        // A paragraph's score goes to its container, half to the one above, a third further up.
        const GumboNode *target = headingLevel(GumboTree::tag(block.element)) > 0
                || GumboTree::tag(block.element) == GUMBO_TAG_P || GumboTree::tag(block.element) == GUMBO_TAG_LI
            ? block.element->parent
            : block.element;
        int level = 0;
        for (const GumboNode *n = target; n && GumboTree::isElement(n) && level < 3; n = n->parent, ++level)
            candidate(n).score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : 3.0 * level);
    }

    const GumboNode *top = nullptr;
    double topScore = 0;
    for (const GumboNode *node : std::as_const(candidatesInPageOrder)) {
        const GumboTag tag = GumboTree::tag(node);
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY)
            continue;
        const double score = candidates.value(node).finalScore();
        // Of two containers that score the same, the outer one loses none of the text.
        if (!top || score > topScore || (score == topScore && isWithin(top, {node}))) {
            top = node;
            topScore = score;
        }
    }

    QSet<const GumboNode *> kept;
    if (!top || topScore <= 0) {
        kept.insert(root);
    } else {
        kept.insert(top);
        // Siblings that score nearly as well, or read like paragraphs, belong to the article too.
        const GumboNode *parent = top->parent;
        if (GumboTree::isElement(parent)) {
            const double threshold = std::max(10.0, topScore * 0.2);
            const GumboVector &siblings = parent->v.element.children;
            for (unsigned i = 0; i < siblings.length; ++i) {
                const auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
                const auto it = candidates.constFind(sibling);
                if (sibling == top || it == candidates.cend())
                    continue;
                const bool paragraphLike
                    = GumboTree::tag(sibling) == GUMBO_TAG_P && it->chars >= 80 && it->linkDensity() < 0.25;
                if (it->finalScore() >= threshold || paragraphLike)
                    kept.insert(sibling);
            }
        }
    }

    QList<SourceLine> lines;
    for (const TextBlock &block : blocks) {
        if (!isWithin(block.element, kept))
            continue;
        const qsizetype length = weightedLength(block.text);
        // Lists of links inside the article (related stories, tags) are not its text.
        if (length > 0 && double(block.linkChars) / double(length) > 0.5 && length < 200)
            continue;
        const int level = headingLevel(GumboTree::tag(block.element));
        for (const QString &part : splitAtBreaks(block.text)) {
            const QString text = normalise(part);
            if (text.isEmpty())
                continue;
            SourceLine line;
            line.text = text;
            line.lineNumber = std::max(1, block.line);
            line.headingLevel = level;
            lines.append(std::move(line));
        }
    }
    return lines;
}

} // namespace tigerscope
