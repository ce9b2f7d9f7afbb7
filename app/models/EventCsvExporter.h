#pragma once

#include "Language.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tigerscope {

class Database;
class EventTableModel;

/// "Export as CSV…" of an event table: the table as shown with its provenance column (the project
/// has no CSV importer for events, so no importer columns beside it).
class EventCsvExporter
{
public:
    static QByteArray toCsv(Database &database, EventTableModel *model, const QList<int> &columnOrder,
                            const QString &provenanceHeader, Language language);
};

} // namespace tigerscope
