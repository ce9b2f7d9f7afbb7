#include "MetadataExtractor.h"

#include "LinePatterns.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// How sure a source of the outlet's name is, most sure first.
enum OutletSource { UnderTitle, FromByline, FromNotice, OutletSourceCount };

struct LanguageMetadata
{
    QString title;
    std::array<QString, OutletSourceCount> outlets;
    Byline byline;
    QDate published;
};

LanguageMetadata read(const QList<ParsedParagraph> &paragraphs)
{
    LanguageMetadata meta;
    bool haveByline = false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const ParsedParagraph &p = paragraphs[i];
        switch (p.kind) {
        case ParagraphKind::Title:
            if (meta.title.isEmpty())
                meta.title = p.text;
            break;
        case ParagraphKind::Meta: {
            const bool byline = LinePatterns::isByline(p.text);
            const bool dateLine = LinePatterns::isDateLine(p.text);
            if (!meta.published.isValid())
                meta.published = LinePatterns::findDate(p.text);
            if (byline && !haveByline) {
                meta.byline = LinePatterns::parseByline(p.text);
                haveByline = true;
                if (meta.outlets[FromByline].isEmpty())
                    meta.outlets[FromByline] = meta.byline.outlet;
            }
            if (!byline && !dateLine && !LinePatterns::isReadingTime(p.text) && i > 0
                && paragraphs[i - 1].kind == ParagraphKind::Title && meta.outlets[UnderTitle].isEmpty()) {
                meta.outlets[UnderTitle] = p.text;
            }
            break;
        }
        case ParagraphKind::Chrome:
            if (meta.outlets[FromNotice].isEmpty() && LinePatterns::isNotice(p.text))
                meta.outlets[FromNotice] = LinePatterns::bracketedName(p.text);
            break;
        case ParagraphKind::Heading:
        case ParagraphKind::Body: break;
        }
    }
    return meta;
}

} // namespace

void MetadataExtractor::fill(ParsedArticle &article, const QString &fallbackTitle)
{
    const LanguageMetadata en = read(article.en);
    const LanguageMetadata zh = read(article.zh);
    const std::array<const LanguageMetadata *, 2> inOrder = {&en, &zh};

    article.titleEn = en.title;
    article.titleZh = zh.title;
    article.title = !en.title.isEmpty() ? en.title : !zh.title.isEmpty() ? zh.title : fallbackTitle;

    article.outlet.clear();
    for (int source = 0; source < OutletSourceCount && article.outlet.isEmpty(); ++source) {
        for (const LanguageMetadata *meta : inOrder) {
            if (!meta->outlets[size_t(source)].isEmpty()) {
                article.outlet = meta->outlets[size_t(source)];
                break;
            }
        }
    }

    article.author.clear();
    article.editors.clear();
    for (const LanguageMetadata *meta : inOrder) {
        if (!meta->byline.author.isEmpty() || !meta->byline.editors.isEmpty()) {
            article.author = meta->byline.author;
            article.editors = meta->byline.editors;
            break;
        }
    }

    article.published = en.published.isValid() ? en.published : zh.published;
}

} // namespace tigerscope
