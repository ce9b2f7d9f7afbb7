#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// What a paragraph is within its article; stored in paragraphs.kind.
enum class ParagraphKind { Title, Meta, Heading, Body, Chrome };

/// "title", "meta", "heading", "body" or "chrome", as the schema spells them.
QString toString(ParagraphKind kind);

/// The kind named by toString(); Body for an unknown name.
ParagraphKind paragraphKindFromString(QStringView name);

/// The kind of file an article was read from; stored in imported_articles.format.
enum class SourceFormat { PlainText, Markdown, Html, Pdf };

/// "text", "markdown", "html" or "pdf".
QString toString(SourceFormat format);

/// One non-empty line of an imported article, in one language.
struct ParsedParagraph
{
    QString text;       ///< Normalised (NFC), trimmed, Markdown syntax removed.
    QString lang;       ///< "zh" or "en".
    int index = 0;      ///< 0-based among the paragraphs of the same language: what citations use.
    int sourceLine = 0; ///< 1-based line in the source file it came from.
    ParagraphKind kind = ParagraphKind::Body;
    int page = 0; ///< 1-based page of a PDF it was printed on; 0 when the source has no pages.

    bool operator==(const ParsedParagraph &other) const = default;
};

/// An article file split into its Chinese and English paragraphs, with what could be read about it.
struct ParsedArticle
{
    QString title; ///< Best single title (English first, then Chinese, then the file name).
    QString titleZh;
    QString titleEn;
    QString outlet;
    QString author;
    QStringList editors;
    QDate published;
    QString url;  ///< Where the page was published (its canonical URL); empty when not known.
    QString site; ///< The site's name as the page gives it (og:site_name); empty when not known.
    SourceFormat format = SourceFormat::PlainText;
    QString
        encoding; ///< "UTF-8", "UTF-8-BOM", "UTF-16LE/BE", "UTF-32LE/BE", "GB18030", "Big5", a declared one, or "PDF".
    bool markdown = false;
    QList<ParsedParagraph> zh;
    QList<ParsedParagraph> en;
    QString fingerprint; ///< SHA-256 (hex) of the language-split text; see ArticleParser::fingerprint().
    QString sourcePath;  ///< The file, or for a merged pair both files separated by a newline.

    /// The languages present, in the fingerprint's order: "en" before "zh".
    QStringList languages() const;

    /// The paragraphs of one language ("zh" or "en").
    const QList<ParsedParagraph> &paragraphs(QStringView lang) const;
};

} // namespace tigerscope
