#pragma once

#include <QObject>
#include <QString>

namespace tigerscope {

class AppContext;

/// Remembers the last company asked for (AppContext::companyRequested), so a page built in answer
/// to that very request — too late to receive it — can still show the company. One per context.
class NavigationMemory : public QObject
{
    Q_OBJECT
public:
    static NavigationMemory &of(AppContext &context);
    QString lastCompany() const { return m_lastCompany; }

private:
    explicit NavigationMemory(AppContext &context);
    QString m_lastCompany;
};

} // namespace tigerscope
