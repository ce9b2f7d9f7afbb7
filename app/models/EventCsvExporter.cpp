#include "EventCsvExporter.h"

#include "Database.h"
#include "EventTableModel.h"
#include "TableCsvExporter.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QByteArray EventCsvExporter::toCsv(Database &database, EventTableModel *model, const QList<int> &columnOrder,
                                   const QString &provenanceHeader, Language language)
{
    return TableCsvExporter::toCsv(
        model,
        [&](int row) {
            return TableCsvExporter::provenance(database.connection(), u"event_id"_s, model->eventId(row),
                                                model->index(row, 0).data(EventTableModel::OriginKeyRole).toString(),
                                                language);
        },
        provenanceHeader, columnOrder);
}

} // namespace tigerscope
