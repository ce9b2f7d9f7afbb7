#include "SqlErrorText.h"

namespace tigerscope {

QString SqlErrorText::describe(const QSqlError &error)
{
    // SQLite's primary result code is the low byte of the extended code the driver reports.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 5:
        case 6: return tr("the database is locked by another program");
        case 8: return tr("the database is read-only");
        case 10: return tr("input/output error while reading or writing the disk");
        case 11: return tr("the database file is damaged");
        case 13: return tr("No space left on device");
        case 14: return tr("the database file cannot be opened");
        case 22: return tr("the file is too large for this system");
        case 23: return tr("permission denied");
        case 26: return tr("the file is not a database");
        default: break;
        }
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed().isEmpty() ? tr("unknown database error") : text.trimmed();
}

} // namespace tigerscope
