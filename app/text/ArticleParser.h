#pragma once

#include "ParsedArticle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tigerscope {

/// Told how far parsing has gone: @p done of @p total steps; called from the parsing thread.
using ProgressCallback = std::function<void(int done, int total)>;

/// An article, or the translated reason it could not be read.
struct ParseResult
{
    std::optional<ParsedArticle> article;
    QString error;
    QStringList warnings; ///< Translated; the article was read but something was off.

    bool ok() const { return article.has_value(); }
};

/// Reads an article file (plain text or Markdown, Chinese, English or both) into its paragraphs,
/// split by language and numbered within each language, each with its kind, plus the metadata
/// the text gives. Parsing only: storing the result is the database's job.
class ArticleParser
{
    Q_DECLARE_TR_FUNCTIONS(ArticleParser)

public:
    static ParseResult parseFile(const QString &path, const ProgressCallback &progress = {});

    /// @p sourceName is the file the bytes came from: it tells Markdown by its extension, gives a
    /// title when the text has none, and becomes ParsedArticle::sourcePath.
    static ParseResult parseBytes(const QByteArray &bytes, const QString &sourceName,
                                  const ProgressCallback &progress = {});

    /// One article from two files, typically one per language. Each language's paragraphs keep
    /// their kinds; when both files hold the same language, @p first's paragraphs come first.
    static ParsedArticle mergePair(const ParsedArticle &first, const ParsedArticle &second);

    /// SHA-256 (hex) over the UTF-8 of, for "en" then "zh" when present: the tag, "\n", then
    /// each paragraph's text followed by "\n". Independent of encoding and of the file layout.
    static QString fingerprint(const ParsedArticle &article);
};

} // namespace tigerscope
