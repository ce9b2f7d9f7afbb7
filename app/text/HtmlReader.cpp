#include "HtmlReader.h"

#include "GumboTree.h"
#include "HtmlMainText.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// How far into a page its charset declaration is looked for (browsers look at 1,024 bytes).
constexpr qsizetype kPrescanBytes = 4096;

QByteArray lowerHead(QByteArrayView bytes, qsizetype length)
{
    return bytes.first(std::min(length, bytes.size())).toByteArray().toLower();
}

/// The value after "charset=" or "encoding=" at @p at: quotes and spaces skipped, up to a quote,
/// space, ';', '?' or '>'.
QByteArray valueAt(const QByteArray &head, qsizetype at)
{
    while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' '))
        ++at;
    qsizetype end = at;
    while (end < head.size() && !QByteArrayView("\"' ;?>/\t\r\n").contains(head[end]))
        ++end;
    return head.mid(at, end - at);
}

} // namespace

bool HtmlReader::looksLikeHtml(QByteArrayView bytes)
{
    QByteArray head = lowerHead(bytes, 1024);
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed();
    if (!head.startsWith('<'))
        return false;
    for (const char *marker : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

QByteArray HtmlReader::declaredCharset(QByteArrayView bytes)
{
    const QByteArray head = lowerHead(bytes, kPrescanBytes);
    if (head.startsWith("<?xml")) {
        const qsizetype end = head.indexOf("?>");
        const qsizetype at = head.indexOf("encoding=");
        if (at >= 0 && (end < 0 || at < end))
            return valueAt(head, at + 9);
    }
    for (qsizetype meta = head.indexOf("<meta"); meta >= 0; meta = head.indexOf("<meta", meta + 5)) {
        const qsizetype end = head.indexOf('>', meta);
        const qsizetype at = head.indexOf("charset=", meta);
        if (at >= 0 && (end < 0 || at < end)) {
            const QByteArray value = valueAt(head, at + 8);
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

HtmlPage HtmlReader::read(const QString &html)
{
    HtmlPage page;
    const GumboTree tree(html.toUtf8());
    if (!tree.root())
        return page;
    page.metadata = HtmlMetadata::read(tree.root());
    page.lines = HtmlMainText::extract(tree.root());

    // The title leads, once: a page repeats it in its heading and often keeps the heading
    // outside the container that holds the text.
    const QString title = HtmlMainText::normalise(page.metadata.title);
    if (!title.isEmpty()) {
        page.lines.removeIf([&title](const SourceLine &line) { return line.text == title; });
        SourceLine heading;
        heading.text = title;
        heading.lineNumber = 1;
        heading.headingLevel = 1;
        page.lines.prepend(heading);
    }
    return page;
}

} // namespace tigerscope
