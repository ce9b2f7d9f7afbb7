#pragma once

#include "Language.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tigerscope {

/// Writes a table model as it is shown — its columns, in the view's order, with every row loaded
/// — as UTF-8 CSV (RFC 4180, CRLF, with a byte order mark so spreadsheets read the Chinese) with a
/// provenance column saying where each row comes from.
class TableCsvExporter
{
public:
    /// provenance(row) gives the provenance text of a row; header names that column.
    static QByteArray toCsv(QAbstractItemModel *model, const std::function<QString(int row)> &provenance,
                            const QString &provenanceHeader, const QList<int> &columnOrder = {});
    /// The same with any columns after the table's: extraHeader names them, extraFields(row) gives
    /// a row's cells under them.
    static QByteArray toCsv(QAbstractItemModel *model, const QStringList &extraHeader,
                            const std::function<QStringList(int row)> &extraFields, const QList<int> &columnOrder = {});

    /// "user: Article title ¶10 “15亿”; https://…" — the row's origin and each citation of the
    /// figure (ownerColumn "observation_id") or event ("event_id"), as CitationFormatter's short
    /// form in language (paragraphs counted from 1) with the figure as printed.
    static QString provenance(QSqlDatabase db, const QString &ownerColumn, qint64 id, const QString &origin,
                              Language language);
};

} // namespace tigerscope
