#include "DismissedSuggestions.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

DismissedSuggestions::DismissedSuggestions(Database &database)
    : m_database(database)
{}

QSet<QString> DismissedSuggestions::keys(qint64 importedArticleId) const
{
    QSet<QString> keys;
    QSqlQuery query(m_database.connection());
    if (runPrepared(query, u"SELECT key FROM main.dismissed_suggestions WHERE article_id = ?"_s, {importedArticleId})) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

bool DismissedSuggestions::dismiss(qint64 importedArticleId, const QString &key)
{
    return change(u"INSERT OR IGNORE INTO main.dismissed_suggestions (article_id, key) VALUES (?, ?)"_s,
                  importedArticleId, key);
}

bool DismissedSuggestions::restore(qint64 importedArticleId, const QString &key)
{
    return change(u"DELETE FROM main.dismissed_suggestions WHERE article_id = ? AND key = ?"_s, importedArticleId, key);
}

bool DismissedSuggestions::change(const QString &sql, qint64 importedArticleId, const QString &key)
{
    if (m_database.isReadOnly())
        return false;
    QSqlQuery query(m_database.connection());
    return runPrepared(query, sql, {importedArticleId, key});
}

} // namespace tigerscope
