#pragma once

#include <QObject>
#include <QString>

namespace tigerscope {

class AppContext;

/// Remembers the last company asked for (AppContext::companyRequested), so a page built in answer
/// to that very request — too late to receive it — can still show the company. AppContext makes
/// one before any page exists, so it hears every request.
class NavigationMemory : public QObject
{
    Q_OBJECT
public:
    explicit NavigationMemory(AppContext &context);
    QString lastCompany() const { return m_lastCompany; }

private:
    QString m_lastCompany;
};

} // namespace tigerscope
