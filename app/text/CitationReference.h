#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

struct StoredArticle;

/// What the dataset knows of an article (all_articles); empty fields are not known.
struct ArticleRecord
{
    QString key;
    QString titleEn;
    QString titleZh;
    QString outletEn;
    QString outletZh;
    QString author;
    QString published; ///< ISO date
    QString url;
    QString accessed; ///< ISO date the page was read (for an imported page, the day it was imported)

    bool isValid() const { return !key.isEmpty(); }
};

/// Bibliographic references to an article in APA (7th edition) and GB/T 7714-2015 form, built from
/// what the dataset records. Fields it does not record are left out rather than guessed; APA's
/// "n.d." stands for a missing date as the style requires.
class CitationReference
{
    Q_DECLARE_TR_FUNCTIONS(CitationReference)

public:
    /// The article with that key; invalid when there is none.
    static ArticleRecord load(const QString &articleKey, QSqlDatabase db);

    /// The record of an imported article: what its file said (title, site, author, date, URL),
    /// accessed on the day it was imported. Keyed by its article key, or else by its id.
    static ArticleRecord fromImported(const StoredArticle &article);

    /// Where a paragraph is in its article: "p. 3, ¶12" for a paragraph printed on page 3 of a
    /// PDF, "¶12" otherwise. @p paragraphNumber counts from 1 within the paragraph's language.
    static QString location(int paragraphNumber, int page);

    /// "Author. (2025, March 26). Title. Outlet. Retrieved May 1, 2026, from URL" — English-language
    /// style, so English fields first; a Chinese title stands with its English translation in
    /// brackets. Without an access date the URL stands alone.
    static QString apa(const ArticleRecord &article);

    /// "Author. Title[EB/OL]. Outlet, 2025-03-26[2026-05-01]. URL." — Chinese fields first; the
    /// access date in brackets as the standard asks.
    static QString gbt7714(const ArticleRecord &article);
};

} // namespace tigerscope
