#include "ArticleRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

ArticleRepository::ArticleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void ArticleRepository::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QSqlQuery query(m_db);
    // A key in both databases: the shipped record ("shipped" sorts before "user") wins.
    if (!query.exec(u"SELECT key, title_en, title_zh, outlet_en, outlet_zh, author, published, url FROM all_articles "
                    "ORDER BY origin"_s))
        return;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (m_articles.contains(key))
            continue;
        ArticleRecord article;
        article.key = key;
        article.titleEn = query.value(1).toString().trimmed();
        article.titleZh = query.value(2).toString().trimmed();
        article.outletEn = query.value(3).toString().trimmed();
        article.outletZh = query.value(4).toString().trimmed();
        article.author = query.value(5).toString().trimmed();
        article.published = query.value(6).toString().trimmed();
        article.url = query.value(7).toString().trimmed();
        m_articles.insert(key, article);
    }
}

ArticleRecord ArticleRepository::article(const QString &key) const
{
    load();
    const auto found = m_articles.constFind(key);
    return found != m_articles.constEnd() ? *found : ArticleRecord{};
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
    load();
    return m_articles.contains(key);
}

} // namespace tigerscope
