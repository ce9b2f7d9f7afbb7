#include "NavigationMemory.h"

#include "AppContext.h"

namespace tigerscope {

NavigationMemory::NavigationMemory(AppContext &context)
    : QObject(&context)
{
    connect(&context, &AppContext::companyRequested, this, [this](const QString &id) { m_lastCompany = id; });
}

} // namespace tigerscope
