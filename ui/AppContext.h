#pragma once

#include "CompanyRepository.h"
#include "Language.h"

#include <QObject>

#include <memory>

namespace tigerscope {

class Database;
class LanguageManager;
class Settings;
class UserDataController;

/// What every page shares: the data, the interface language, the user's settings and the
/// controller of the user's data, made with it so none depends on who asks first. Pages take it
/// in their constructor; it outlives them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    /// Takes the settings over: the application's, or a test's own.
    AppContext(Database &database, LanguageManager &languages, std::unique_ptr<Settings> settings,
               QObject *parent = nullptr);
    ~AppContext() override;

    Database &database() const { return m_database; }
    /// The companies, metrics and people, read from the shipped and the user's data.
    CompanyRepository companies() const;
    LanguageManager &languages() const { return m_languages; }
    Language language() const;
    Settings &settings() const { return *m_settings; }
    UserDataController &userData() const { return *m_userData; }

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
    std::unique_ptr<Settings> m_settings;
    UserDataController *m_userData;
};

} // namespace tigerscope
