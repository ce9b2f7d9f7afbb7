#pragma once

#include "Language.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tigerscope {

class Database;
class ObservationTableModel;

/// "Export as CSV…" of a figure table: the table as shown with its provenance column and, beside
/// that display text, every figure in the columns the CSV importer reads (ObservationCsvFormat),
/// so that importing the file gives back the same figures.
class ObservationCsvExporter
{
public:
    static QByteArray toCsv(Database &database, ObservationTableModel *model, const QList<int> &columnOrder,
                            const QString &provenanceHeader, Language language);
};

} // namespace tigerscope
