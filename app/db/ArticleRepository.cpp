#include "ArticleRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

ArticleRepository::ArticleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

const ArticleRecord &ArticleRepository::find(const QString &key) const
{
    const auto cached = m_articles.constFind(key);
    if (cached != m_articles.constEnd())
        return *cached;
    // Read one key at a time: a page of figures cites a handful of the articles, which a large
    // library has thousands of, and a reload starts with a new repository.
    ArticleRecord article;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT key, title_en, title_zh, outlet_en, outlet_zh, author, published, url FROM all_articles "
                  "WHERE key = ? ORDER BY origin LIMIT 1"_s);
    query.addBindValue(key);
    // A key in both databases: the shipped record ("shipped" sorts before "user") wins.
    if (query.exec() && query.next()) {
        article.key = query.value(0).toString();
        article.titleEn = query.value(1).toString().trimmed();
        article.titleZh = query.value(2).toString().trimmed();
        article.outletEn = query.value(3).toString().trimmed();
        article.outletZh = query.value(4).toString().trimmed();
        article.author = query.value(5).toString().trimmed();
        article.published = query.value(6).toString().trimmed();
        article.url = query.value(7).toString().trimmed();
    }
    return *m_articles.insert(key, article);
}

ArticleRecord ArticleRepository::article(const QString &key) const
{
    return find(key);
}

QList<CitableArticle> ArticleRepository::citableArticles() const
{
    QList<CitableArticle> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT a.key, (SELECT i.id FROM main.imported_articles i WHERE i.article_key = a.key LIMIT 1), "
               "a.title_zh, a.title_en, a.languages FROM all_articles a "
               "UNION ALL SELECT NULL, i.id, coalesce(i.title_zh, i.title), coalesce(i.title_en, i.title), i.languages "
               "FROM main.imported_articles i WHERE i.article_key IS NULL OR i.article_key NOT IN "
               "(SELECT key FROM all_articles)"_s);
    while (query.next()) {
        CitableArticle article;
        article.key = query.value(0).toString();
        article.importedId = query.value(1).isNull() ? -1 : query.value(1).toLongLong();
        article.titleZh = query.value(2).toString();
        article.titleEn = query.value(3).toString();
        article.languages = query.value(4).toString().split(u',', Qt::SkipEmptyParts);
        result.append(article);
    }
    return result;
}

bool ArticleRepository::contains(const QString &key) const
{
    return find(key).isValid();
}

} // namespace tigerscope
