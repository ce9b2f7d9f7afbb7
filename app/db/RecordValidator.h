#pragma once

#include "UserRecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tigerscope {

/// The one set of rules a figure or an event must meet to be stored, whoever writes it: the
/// figure dialog and the event dialog (through UserDataStore), the CSV importer and the dataset
/// compiler. Companies, people, metrics and articles are looked up in a database, in the user
/// database's views over both databases (all_companies, …) or, while the dataset is compiled, in
/// its own tables. Messages are translated and name the offending value.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)
public:
    /// Where the referenced rows are: the user database's all_* views, or the dataset's tables.
    enum class Scope { UserViews, DatasetTables };

    RecordValidator(QSqlDatabase db, Scope scope);

    /// True when record can be stored; otherwise false with *error.
    bool validate(const ObservationRecord &record, QString *error) const;
    bool validate(const EventRecord &record, QString *error) const;
    bool validate(const QList<CitationRecord> &citations, QString *error) const;

    /// The unit key of a metric ("money", "people", …); empty for an unknown metric.
    QString metricUnit(const QString &metricKey) const;
    /// Whether values of a unit count things, so cannot be negative.
    static bool unitCountsThings(const QString &unit);

private:
    bool exists(const char *table, const char *column, const QString &value) const;

    QSqlDatabase m_db;
    Scope m_scope;
};

} // namespace tigerscope
