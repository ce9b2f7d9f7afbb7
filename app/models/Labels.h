#pragma once

#include <QCoreApplication>
#include <QString>

namespace tigerscope {

/// Translated names of the dataset's enumerations (groups, qualifiers, statuses, event kinds),
/// in the current interface language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString group(const QString &key);
    static QString qualifier(const QString &key);
    static QString status(const QString &key);
    static QString eventKind(const QString &key);
    /// What an organisation is: company, government body, university, association, media or research firm.
    static QString organisationKind(const QString &key);
    static QString origin(const QString &key);
    static QString language(const QString &code);
    /// Every group key in display order.
    static QStringList groupKeys();
    static QStringList eventKindKeys();
    static QStringList organisationKindKeys();
};

} // namespace tigerscope
