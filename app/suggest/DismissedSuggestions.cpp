#include "DismissedSuggestions.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

DismissedSuggestions::DismissedSuggestions(Database &database)
    : m_database(database)
{}

bool DismissedSuggestions::ensureTable() const
{
    // Created on first use rather than by a schema migration: a dismissal is a preference of the
    // reading, not data, and an older version opening the file simply ignores the table.
    QSqlQuery query(m_database.connection());
    return query.exec(u"CREATE TABLE IF NOT EXISTS main.dismissed_suggestions ("
                      "article_id INTEGER NOT NULL REFERENCES imported_articles (id) ON DELETE CASCADE, "
                      "key TEXT NOT NULL, PRIMARY KEY (article_id, key))"_s);
}

QSet<QString> DismissedSuggestions::keys(qint64 importedArticleId) const
{
    QSet<QString> keys;
    if (!ensureTable())
        return keys;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT key FROM main.dismissed_suggestions WHERE article_id = ?"_s);
    query.addBindValue(importedArticleId);
    if (query.exec()) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

bool DismissedSuggestions::dismiss(qint64 importedArticleId, const QString &key)
{
    if (m_database.isReadOnly() || !ensureTable())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO main.dismissed_suggestions (article_id, key) VALUES (?, ?)"_s);
    query.addBindValue(importedArticleId);
    query.addBindValue(key);
    return query.exec();
}

bool DismissedSuggestions::restore(qint64 importedArticleId, const QString &key)
{
    if (m_database.isReadOnly() || !ensureTable())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM main.dismissed_suggestions WHERE article_id = ? AND key = ?"_s);
    query.addBindValue(importedArticleId);
    query.addBindValue(key);
    return query.exec();
}

} // namespace tigerscope
