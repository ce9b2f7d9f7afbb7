#pragma once

#include "Citation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace tigerscope {

/// An article a citation can point at: a known one (key), an imported one (importedId), or both.
struct CitableArticle
{
    QString key;            ///< empty for an imported article no known one matches
    qint64 importedId = -1; ///< -1 when its text is not imported
    QString titleZh;
    QString titleEn;
    QStringList languages; ///< "zh", "en"
};

/// Reads the articles that figures and events cite (all_articles, shipped and the user's), for
/// citations and references. Each article is read when first asked for and kept; a repository is
/// meant to live as long as one view of the data, so make a new one after articles change.
class ArticleRepository
{
public:
    explicit ArticleRepository(QSqlDatabase db);

    /// The article with that key; an invalid record when there is none.
    ArticleRecord article(const QString &key) const;
    /// Whether an article has that key.
    bool contains(const QString &key) const;
    /// Known articles (shipped and the user's), then imported ones no known article matches.
    QList<CitableArticle> citableArticles() const;

private:
    /// The article with that key, read on first use; an invalid record when there is none.
    const ArticleRecord &find(const QString &key) const;

    QSqlDatabase m_db;
    mutable QHash<QString, ArticleRecord> m_articles; ///< by key, with the keys no article has
};

} // namespace tigerscope
