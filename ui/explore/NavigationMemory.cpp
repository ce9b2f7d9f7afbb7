#include "NavigationMemory.h"

#include "AppContext.h"

namespace tigerscope {

NavigationMemory &NavigationMemory::of(AppContext &context)
{
    auto *existing = context.findChild<NavigationMemory *>(QString(), Qt::FindDirectChildrenOnly);
    return existing ? *existing : *new NavigationMemory(context);
}

NavigationMemory::NavigationMemory(AppContext &context)
    : QObject(&context)
{
    connect(&context, &AppContext::companyRequested, this, [this](const QString &id) { m_lastCompany = id; });
}

} // namespace tigerscope
