#include "AppContext.h"

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

Language AppContext::language() const
{
    return m_languages.current();
}

} // namespace tigerscope
