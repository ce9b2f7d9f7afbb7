#pragma once

#include "Citation.h"
#include "ParsedArticle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tigerscope {

class Database;

/// What importing one article did.
struct ImportResult
{
    enum class Status {
        Imported,        ///< a new imported article was stored
        AlreadyImported, ///< an article with the same fingerprint was there: nothing was added
        Failed           ///< nothing was stored; error says why
    };
    Status status = Status::Failed;
    qint64 articleId = -1; ///< the new or the existing imported article
    QString articleKey;    ///< the shipped article it was recognised as; empty when none
    QStringList languages; ///< "en" before "zh", as stored
    int zhParagraphs = 0;
    int enParagraphs = 0;
    int alignmentBeads = 0; ///< beads stored by the aligner (bilingual articles only)
    QString title;
    QString error; ///< translated; set when status is Failed

    bool ok() const { return status != Status::Failed; }
};

/// An imported article as stored, without its paragraphs.
struct StoredArticle
{
    qint64 id = -1;
    QString articleKey; ///< empty when not recognised as a shipped article
    QString title;
    QString titleZh;
    QString titleEn;
    QString outlet;
    QString author;
    QDate published; ///< invalid when the article gives none
    QStringList languages;
    QString fingerprint;
    QString sourcePath;
    QString encoding;
    QString url;        ///< the page's canonical URL; empty when not known
    QString site;       ///< the site's name as the page gives it
    QString format;     ///< "text", "markdown", "html", "pdf"; empty for articles imported before schema 3
    QString importedAt; ///< ISO 8601, UTC
    int zhParagraphs = 0;
    int enParagraphs = 0;

    /// What a reference to it says (CitationFormatter::apa, gbt7714): what its file gave (title,
    /// site, author, date, URL), accessed on the day it was imported; keyed by its article key,
    /// or else by its id. Invalid for an article that was not found.
    ArticleRecord reference() const;
};

/// One paragraph of an imported article, read back.
struct StoredParagraph
{
    QString lang;
    int index = 0;
    ParagraphKind kind = ParagraphKind::Body;
    QString text;
    int page = 0;              ///< 1-based PDF page; 0 without pages
    bool markedChrome = false; ///< the user turned it into chrome; setChrome(false) restores its kind
};

/// A stored paragraph with the article it belongs to.
struct LocatedParagraph
{
    qint64 articleId = -1;
    StoredParagraph paragraph;
};

/// A paragraph containing a searched text.
struct SearchHit
{
    qint64 articleId = -1;
    QString lang;
    int index = 0;
    qsizetype start = 0;      ///< where the match starts within the paragraph
    qsizetype length = 0;     ///< and its length there
    QString snippet;          ///< the match with some context; "…" where the paragraph was cut
    qsizetype matchStart = 0; ///< where the match starts within snippet
    qsizetype matchLength = 0;
};

/// Stores parsed articles in the user's database (imported_articles, paragraphs and their
/// full-text index, alignments), recognises which shipped article an import is, and reads
/// imported articles back: listing, paragraphs and full-text search.
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    /// Imports an article in one transaction. Importing an article whose fingerprint is already
    /// stored adds nothing and reports AlreadyImported with the existing id.
    static ImportResult importArticle(const ParsedArticle &article, Database &database);

    /// The key of the shipped (or user) article this is: the article whose fingerprint matches,
    /// else the one whose English or Chinese title matches ignoring case, spaces and punctuation.
    /// Empty when none does.
    static QString recognise(const ParsedArticle &article, Database &database);

    /// Removes an imported article with its paragraphs, index entries and alignment. False with
    /// *error when there is no such article or the database refuses.
    static bool removeArticle(qint64 articleId, Database &database, QString *error = nullptr);

    /// Turns a paragraph into chrome (@p chrome true) or back into the kind it was imported as.
    /// False with *error when there is no such paragraph, it was chrome when imported, or the
    /// database refuses.
    static bool setChrome(qint64 articleId, const QString &lang, int index, bool chrome, Database &database,
                          QString *error = nullptr);

    /// Every imported article, oldest first.
    static QList<StoredArticle> listArticles(Database &database);

    /// One imported article; id -1 when there is none.
    static StoredArticle article(qint64 articleId, Database &database);
    /// The first imported copy of the dataset's article articleKey; -1 when none is imported.
    static qint64 importedArticleFor(const QString &articleKey, Database &database);

    /// The paragraphs of one language ("zh" or "en") of an imported article, in order.
    static QList<StoredParagraph> paragraphs(qint64 articleId, const QString &lang, Database &database);

    /// Paragraphs containing query (case-insensitive), in reading order. lang "zh" or "en"
    /// restricts the search to that language; empty searches both. Uses the trigram full-text
    /// index; queries shorter than three characters are matched with LIKE instead.
    static QList<SearchHit> search(const QString &query, const QString &lang, Database &database, int limit = 200);

    /// The paragraphs containing text (case-insensitive), through the same indexes as search(), by
    /// article id, then Chinese before English, then in reading order.
    static QList<LocatedParagraph> paragraphsContaining(const QString &text, Database &database);

    /// The hit of a match at [start, start + length) of a paragraph's text, with its snippet.
    static SearchHit hitAt(qint64 articleId, const QString &lang, int index, const QString &text, qsizetype start,
                           qsizetype length);

    /// Characters of context kept on each side of a match in SearchHit::snippet.
    static constexpr int SnippetContext = 40;

    /// A title folded for comparison: case-folded, compatibility-normalised, without spaces,
    /// punctuation or symbols.
    static QString normalisedTitle(const QString &title);
};

} // namespace tigerscope
