#pragma once

#include "CsvReader.h"
#include "UserRecords.h"

#include <QCoreApplication>
#include <QHash>

namespace tigerscope {

class Database;

/// What a CSV file would import: the parsed figures with their line numbers and every problem
/// found, each with its line. Nothing is written to make it.
struct CsvImportPreview
{
    QList<ObservationRecord> records;
    QList<int> recordLines; ///< the line each record starts on
    QList<CsvIssue> issues; ///< sorted by line
    int dataLines = 0;      ///< records read below the header, good or bad

    /// Importing is all or nothing: only a file without problems can be imported.
    bool canImport() const { return issues.isEmpty() && !records.isEmpty(); }
};

/// Imports the user's figures from CSV (columns documented in docs/csv-import.md): previews a
/// file — companies by id or any name or alias in either script, metrics by key or label, values,
/// dates at their precision, a citation per row — and writes all its figures in one transaction
/// once confirmed.
class CsvObservationImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvObservationImporter)
public:
    explicit CsvObservationImporter(Database &database);

    /// The columns a file may have, in the documented order.
    static QStringList columnNames();

    CsvImportPreview preview(const QByteArray &data) const;
    /// Writes every record of a preview without problems, all or none.
    bool import(CsvImportPreview *preview, QString *error) const;

    /// A company id for an id, a name or an alias in either script (case-insensitive); empty when
    /// unknown; *ambiguous set when the text names several companies.
    QString resolveCompany(const QString &text, bool *ambiguous = nullptr) const;
    /// A metric key for a key or a label in either language; empty when unknown.
    QString resolveMetric(const QString &text) const;

private:
    void loadLookups() const;
    bool parseRecord(const QHash<QString, QString> &fields, ObservationRecord *record, QString *error) const;
    bool parseNumber(const QString &text, double *value, QString *error) const;
    bool parseCitation(const QString &text, CitationRecord *citation, QString *error) const;

    Database &m_database;
    mutable bool m_loaded = false;
    mutable QHash<QString, QStringList> m_companies; // folded text -> company ids
    mutable QHash<QString, QString> m_metrics;       // folded key or label -> key
    mutable QSet<QString> m_articles;
};

} // namespace tigerscope
