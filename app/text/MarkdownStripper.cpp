#include "MarkdownStripper.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The block and span patterns of the Markdown it reads, compiled once on first use.
struct Patterns
{
    const QRegularExpression fence{u"^(```|~~~)"_s};
    const QRegularExpression atx{u"^(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"_s};
    const QRegularExpression setext{u"^(=+|-+)$"_s};
    const QRegularExpression thematicBreak{u"^([-*_])(\\s*\\1){2,}$"_s};
    const QRegularExpression referenceDefinition{u"^\\[[^\\]]+\\]:\\s*\\S+"_s};
    // Block quotes, then a bullet.
    const QRegularExpression blockPrefix{u"^(?:>\\s?)*(?:[-*+]\\s+(?:\\[[ xX]\\]\\s+)?)?"_s};
    const QRegularExpression loneImage{u"^!\\[([^\\]]*)\\](?:\\((?:[^()]++|\\([^()]*+\\))*+\\)|\\[[^\\]]*\\])$"_s};
    // Spans are bounded so that a long line full of unmatched brackets or stars stays linear.
    const QRegularExpression linkOrImage{u"\\[[^\\]\\n]{1,500}\\]\\([^)\\s]{1,2000}[^)]{0,200}\\)"_s};
    const QRegularExpression strong{u"\\*\\*[^*\\n]{1,500}\\*\\*"_s};
};

const Patterns &patterns()
{
    static const Patterns compiled;
    return compiled;
}

struct Replacement
{
    QRegularExpression re;
    QString with;
};

const QList<Replacement> &inlineReplacements()
{
    static const QList<Replacement> replacements = {
        {QRegularExpression(u"!\\[[^\\]]{0,500}\\](?:\\((?:[^()]++|\\([^()]{0,200}+\\))*+\\)|\\[[^\\]]{0,500}\\])"_s),
         QString()},
        {QRegularExpression(u"\\[([^\\]]{1,500})\\](?:\\((?:[^()]++|\\([^()]{0,200}+\\))*+\\)|\\[[^\\]]{0,500}\\])"_s),
         u"\\1"_s},
        {QRegularExpression(u"<((?:https?|ftp|mailto):[^>\\s]{1,2000})>"_s), u"\\1"_s},
        {QRegularExpression(u"`{1,3}([^`]{1,500}?)`{1,3}"_s), u"\\1"_s},
        {QRegularExpression(u"(\\*\\*|__)(?=\\S)(.{1,500}?)(?<=\\S)\\1"_s), u"\\2"_s},
        {QRegularExpression(u"(?<![*\\w])\\*(?=\\S)([^*]{1,500}?)(?<=\\S)\\*(?![*\\w])"_s), u"\\1"_s},
        {QRegularExpression(u"(?<![_\\w])_(?=\\S)([^_]{1,500}?)(?<=\\S)_(?![_\\w])"_s), u"\\1"_s},
        {QRegularExpression(u"~~(?=\\S)(.{1,500}?)(?<=\\S)~~"_s), u"\\1"_s},
        {QRegularExpression(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])"_s), u"\\1"_s},
    };
    return replacements;
}

} // namespace

bool MarkdownStripper::looksLikeMarkdown(const QList<SourceLine> &lines, const QString &sourceName)
{
    static const QStringList extensions = {u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s};
    if (extensions.contains(QFileInfo(sourceName).suffix(), Qt::CaseInsensitive))
        return true;
    int spans = 0;
    for (const SourceLine &line : lines) {
        const QString &text = line.text;
        if (text.startsWith(u'#')) {
            const QRegularExpressionMatch m = patterns().atx.match(text);
            if (m.hasMatch() && !m.capturedView(2).isEmpty())
                return true;
        }
        if (patterns().fence.match(text).hasMatch())
            return true;
        if (text.contains(u"](")) {
            for (QRegularExpressionMatchIterator it = patterns().linkOrImage.globalMatch(text); it.hasNext(); it.next())
                ++spans;
        }
        if (text.contains(u"**")) {
            for (QRegularExpressionMatchIterator it = patterns().strong.globalMatch(text); it.hasNext(); it.next())
                ++spans;
        }
        if (text.startsWith(u"===") && patterns().setext.match(text).hasMatch())
            ++spans;
        if (spans >= 2)
            return true;
    }
    return false;
}

QString MarkdownStripper::stripInline(const QString &text)
{
    static const QString specials = u"[]`*_~<\\"_s;
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return specials.contains(c); }))
        return text;
    QString result = text;
    for (const Replacement &r : inlineReplacements())
        result.replace(r.re, r.with);
    return result.trimmed();
}

QList<SourceLine> MarkdownStripper::strip(const QList<SourceLine> &lines)
{
    QList<SourceLine> result;
    result.reserve(lines.size());
    bool inFence = false;
    for (const SourceLine &source : lines) {
        if (patterns().fence.match(source.text).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            SourceLine line = source;
            line.code = true;
            result.append(line);
            continue;
        }
        const QRegularExpressionMatch setext = patterns().setext.match(source.text);
        // "Title" over "====" (adjacent lines) is a heading.
        if (setext.hasMatch() && !result.isEmpty() && result.last().headingLevel == 0 && !result.last().code
            && result.last().lineNumber == source.lineNumber - 1) {
            result.last().headingLevel = source.text.startsWith(u'=') ? 1 : 2;
            continue;
        }
        if (patterns().thematicBreak.match(source.text).hasMatch()
            || patterns().referenceDefinition.match(source.text).hasMatch())
            continue;

        SourceLine line = source;
        if (line.text.startsWith(u'#')) {
            const QRegularExpressionMatch atx = patterns().atx.match(line.text);
            if (atx.hasMatch()) {
                line.headingLevel = int(atx.capturedLength(1));
                line.text = atx.captured(2);
            }
        }
        line.text.remove(patterns().blockPrefix);
        const QRegularExpressionMatch image = patterns().loneImage.match(line.text);
        if (image.hasMatch()) {
            line.image = true;
            line.text = image.captured(1);
        }
        line.text = stripInline(line.text);
        if (!line.text.isEmpty())
            result.append(line);
    }
    return result;
}

} // namespace tigerscope
