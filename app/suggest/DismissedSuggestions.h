#pragma once

#include <QSet>
#include <QString>

namespace tigerscope {

class Database;

/// The suggestions a person dismissed, per imported article, kept in the user database so that
/// they stay dismissed (the table of schema 6). Keys are FigureSuggestion::key() / EventSuggestion::key().
class DismissedSuggestions
{
public:
    explicit DismissedSuggestions(Database &database);

    QSet<QString> keys(qint64 importedArticleId) const;
    bool dismiss(qint64 importedArticleId, const QString &key);
    bool restore(qint64 importedArticleId, const QString &key);

private:
    /// Runs a change of one article's dismissed keys; false on a read-only database.
    bool change(const QString &sql, qint64 importedArticleId, const QString &key);

    Database &m_database;
};

} // namespace tigerscope
