#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

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

    /// "Author. (2025, March 26). Title. Outlet. URL" — English-language style, so English
    /// fields first; a Chinese title stands with its English translation in brackets.
    static QString apa(const ArticleRecord &article);

    /// "Author. Title[EB/OL]. Outlet, 2025-03-26. URL." — Chinese fields first.
    static QString gbt7714(const ArticleRecord &article);
};

} // namespace tigerscope
