#pragma once

#include "CompanyRepository.h"
#include "Language.h"

#include <QObject>

namespace tigerscope {

class Database;
class LanguageManager;
class NavigationMemory;
class UserDataController;

/// What every page shares: the data, the interface language and the controllers it owns (the
/// user's data, the navigation memory), made with it so none depends on who asks first. Pages
/// take it in their constructor; it outlives them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Database &database, LanguageManager &languages, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    /// The companies, metrics and people, read from the shipped and the user's data.
    CompanyRepository companies() const;
    LanguageManager &languages() const { return m_languages; }
    Language language() const;
    UserDataController &userData() const { return *m_userData; }
    NavigationMemory &navigationMemory() const { return *m_navigationMemory; }

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
    NavigationMemory *m_navigationMemory;
    UserDataController *m_userData;
};

} // namespace tigerscope
