#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// The names a byline ("Author | …", "作者丨…", "Wen| …, author| …", "By …") gives.
struct Byline
{
    QString author;
    QStringList editors;
    QString outlet;
};

/// Recognisers for single lines of an article: page furniture, datelines, bylines, and the shapes
/// of titles and headings. Each looks at one line only; ParagraphClassifier adds the context.
class LinePatterns
{
public:
    // Chrome: page furniture kept apart from the article's text.
    static bool isFurniture(const QString &line);    ///< "follow", "0 comments", "Popular Articles", breadcrumbs…
    static bool isReadMore(const QString &line);     ///< "View details>", "阅读全文": closes a teaser.
    static bool isImageCaption(const QString &line); ///< "…插图1", "图1：…", "Figure 2: …".
    static bool isImageCredit(const QString &line);  ///< "The image is from …", "题图来自 …".
    static bool isNotice(const QString &line);       ///< Copyright and reprint notices, "本文来自…".
    static bool isChrome(const QString &line);       ///< Any of the above.

    // Meta: about the article rather than of it.
    static QDate findDate(const QString &text);  ///< The first date written in @p text.
    static bool isDateLine(const QString &line); ///< A line that is a date, perhaps labelled and timed.
    static bool isByline(const QString &line);
    static Byline parseByline(const QString &line);
    static bool isReadingTime(const QString &line); ///< "Reading time: 5 minutes", "阅读需要8分钟".
    static bool isMeta(const QString &line);        ///< Date, byline or reading time.

    /// A publication's name in brackets, as reprint notices give it: "[New Entropy]", "【新熵】".
    static QString bracketedName(const QString &line);

    // Shapes.
    /// Ends with sentence punctuation (. 。 ! ？ … ; : ,), looking through closing quotes.
    static bool endsSentence(QStringView line, bool questionEnds = true);
    static bool isTitleLike(const QString &line);   ///< Short, and no final punctuation but "?".
    static bool isHeadingLike(const QString &line); ///< Short, no final punctuation, one phrase.
    static bool isOutletLike(const QString &line);  ///< A name: very short, no digits or punctuation.
    static bool isTruncated(QStringView line);      ///< Cut short: no final punctuation, or "…".
    static int latinWordCount(QStringView line);
};

} // namespace tigerscope
