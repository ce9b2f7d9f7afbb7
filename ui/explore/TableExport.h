#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
class QTableView;

namespace tigerscope {

class AppContext;
class EventTableModel;
class ObservationTableModel;
class Settings;

/// "Export as CSV…" for the figure and event tables: asks for a file and writes the table as the
/// view shows it (its filter, sort and column order) with a provenance column; a figure table also
/// gets the columns the CSV importer reads (ObservationCsvExporter).
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    static void exportObservations(AppContext &context, QTableView *view, ObservationTableModel *model,
                                   const QString &suggestedName);
    static void exportEvents(AppContext &context, QTableView *view, EventTableModel *model,
                             const QString &suggestedName);

private:
    static void write(Settings &settings, QWidget *parent, const QByteArray &csv, const QString &suggestedName);
};

} // namespace tigerscope
