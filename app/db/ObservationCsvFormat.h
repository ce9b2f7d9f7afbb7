#pragma once

#include "UserRecords.h"

#include <QString>
#include <QStringList>

namespace tigerscope {

/// How a figure is written in the columns CsvObservationImporter reads (docs/csv-import.md), so
/// that a file written here imports back as the same figure: ids and keys rather than labels,
/// values in base units at full precision, every citation and both notes.
class ObservationCsvFormat
{
public:
    /// The version the exports write in their format column; the importer reads up to it.
    static constexpr int Version = 3;
    /// The column that ends a table's display text in an export: the columns to its left are for
    /// reading and the importer skips them.
    static QString formatColumn();

    /// Every column the importer reads, in the documented order.
    static QStringList columnNames();
    /// What an export writes after the display text: formatColumn() and the columns of fields().
    static QStringList exportColumns();
    /// A figure's cells under exportColumns().
    static QStringList fields(const ObservationRecord &record);

    /// A number the C way, as short as reads back to the same double ("1500000000", "0.1").
    static QString number(double value);
    /// "article-key|lang|¶paragraph|printed" (paragraph counted from 1), or the free reference.
    static QString citation(const CitationRecord &citation);
    /// A figure's citations, one a line of the cell.
    static QString citations(const QList<CitationRecord> &citations);
};

} // namespace tigerscope
