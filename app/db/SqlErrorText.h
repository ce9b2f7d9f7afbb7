#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace tigerscope {

/// What a database error means for the user ("No space left on device"), from SQLite's result code
/// rather than the driver's own wording ("Unable to fetch row", "Parameter count mismatch").
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)
public:
    static QString describe(const QSqlError &error);
};

} // namespace tigerscope
