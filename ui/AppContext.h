#pragma once

#include "Language.h"

#include <QObject>

namespace tigerscope {

class Database;
class LanguageManager;

/// What every page shares: the data and the interface language. Pages take it in their
/// constructor; it outlives them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Database &database, LanguageManager &languages, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    LanguageManager &languages() const { return m_languages; }
    Language language() const;

Q_SIGNALS:
    /// The user's data changed (an import, an edit): pages reload what they show.
    void dataChanged();
    /// Someone asked to show a company's page.
    void companyRequested(const QString &companyId);
    /// Someone asked to open a citation in the reader.
    void citationRequested(const QString &articleKey, const QString &lang, int paragraph, const QString &printed);

private:
    Database &m_database;
    LanguageManager &m_languages;
};

} // namespace tigerscope
