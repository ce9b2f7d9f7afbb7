#include "AppContext.h"

#include "Database.h"

#include "LanguageManager.h"
#include "Settings.h"
#include "explore/UserDataController.h"

namespace tigerscope {

AppContext::AppContext(Database &database, LanguageManager &languages, std::unique_ptr<Settings> settings,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_languages(languages)
    , m_settings(std::move(settings))
    , m_userData(new UserDataController(*this))
{
    Q_ASSERT(m_settings);
}

AppContext::~AppContext() = default;

CompanyRepository AppContext::companies() const
{
    return CompanyRepository(m_database.connection());
}

Language AppContext::language() const
{
    return m_languages.current();
}

} // namespace tigerscope
