#include "ObservationCsvExporter.h"

#include "Database.h"
#include "ObservationCsvFormat.h"
#include "ObservationTableModel.h"
#include "TableCsvExporter.h"
#include "UserDataStore.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QByteArray ObservationCsvExporter::toCsv(Database &database, ObservationTableModel *model,
                                         const QList<int> &columnOrder, const QString &provenanceHeader,
                                         Language language)
{
    const UserDataStore store(database);
    QStringList header{provenanceHeader};
    header += ObservationCsvFormat::exportColumns();
    return TableCsvExporter::toCsv(
        model, header,
        [&](int row) {
            const qint64 id = model->observationId(row);
            QStringList fields{TableCsvExporter::provenance(
                database.connection(), u"observation_id"_s, id,
                model->index(row, 0).data(ObservationTableModel::OriginKeyRole).toString(), language)};
            const std::optional<ObservationRecord> record = store.observation(id);
            fields += record ? ObservationCsvFormat::fields(*record) : QStringList();
            return fields;
        },
        columnOrder);
}

} // namespace tigerscope
