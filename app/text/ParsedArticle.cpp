#include "ParsedArticle.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QString toString(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Title: return u"title"_s;
    case ParagraphKind::Meta: return u"meta"_s;
    case ParagraphKind::Heading: return u"heading"_s;
    case ParagraphKind::Body: return u"body"_s;
    case ParagraphKind::Chrome: return u"chrome"_s;
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
    for (ParagraphKind kind : {ParagraphKind::Title, ParagraphKind::Meta, ParagraphKind::Heading, ParagraphKind::Body,
                               ParagraphKind::Chrome}) {
        if (name == toString(kind))
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
