#include "ParsedArticle.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Each paragraph kind with its stored name.
constexpr std::array<std::pair<ParagraphKind, QStringView>, 5> ParagraphKindNames{{
    {ParagraphKind::Title, u"title"},
    {ParagraphKind::Meta, u"meta"},
    {ParagraphKind::Heading, u"heading"},
    {ParagraphKind::Body, u"body"},
    {ParagraphKind::Chrome, u"chrome"},
}};

} // namespace

QString toString(ParagraphKind kind)
{
    for (const auto &[candidate, name] : ParagraphKindNames) {
        if (candidate == kind)
            return name.toString();
    }
    return u"body"_s;
}

QString toString(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText: return u"text"_s;
    case SourceFormat::Markdown: return u"markdown"_s;
    case SourceFormat::Html: return u"html"_s;
    case SourceFormat::Pdf: return u"pdf"_s;
    }
    return u"text"_s;
}

ParagraphKind paragraphKindFromString(QStringView name)
{
    for (const auto &[kind, candidate] : ParagraphKindNames) {
        if (candidate == name)
            return kind;
    }
    return ParagraphKind::Body;
}

QStringList ParsedArticle::languages() const
{
    QStringList result;
    if (!en.isEmpty())
        result << u"en"_s;
    if (!zh.isEmpty())
        result << u"zh"_s;
    return result;
}

const QList<ParsedParagraph> &ParsedArticle::paragraphs(QStringView lang) const
{
    return lang == u"zh" ? zh : en;
}

} // namespace tigerscope
