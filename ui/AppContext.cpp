#include "AppContext.h"

#include "LanguageManager.h"

namespace tigerscope {

AppContext::AppContext(Database &database, LanguageManager &languages, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_languages(languages)
{}

Language AppContext::language() const
{
    return m_languages.current();
}

} // namespace tigerscope
