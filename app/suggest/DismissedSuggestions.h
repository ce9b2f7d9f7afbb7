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
    Database &m_database;
};

} // namespace tigerscope
