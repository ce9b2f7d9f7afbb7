#include "AppContext.h"

#include "Database.h"

#include "LanguageManager.h"
#include "explore/NavigationMemory.h"
#include "explore/UserDataController.h"

namespace tigerscope {

AppContext::AppContext(Database &database, LanguageManager &languages, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_languages(languages)
    , m_navigationMemory(new NavigationMemory(*this))
    , m_userData(new UserDataController(*this))
{}

CompanyRepository AppContext::companies() const
{
    return CompanyRepository(m_database.connection());
}

Language AppContext::language() const
{
    return m_languages.current();
}

} // namespace tigerscope
