#include "TableExport.h"

#include "AppContext.h"
#include "Database.h"
#include "EventCsvExporter.h"
#include "EventTableModel.h"
#include "ObservationCsvExporter.h"
#include "ObservationTableModel.h"
#include "OutputFile.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusNotice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The visible columns in the order the user arranged them.
QList<int> visualColumns(QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

} // namespace

void TableExport::exportObservations(AppContext &context, QTableView *view, ObservationTableModel *model,
                                     const QString &suggestedName)
{
    write(context.settings(), view,
          ObservationCsvExporter::toCsv(context.database(), model, visualColumns(view), tr("Provenance"),
                                        context.language()),
          suggestedName);
}

void TableExport::exportEvents(AppContext &context, QTableView *view, EventTableModel *model,
                               const QString &suggestedName)
{
    write(context.settings(), view,
          EventCsvExporter::toCsv(context.database(), model, visualColumns(view), tr("Provenance"), context.language()),
          suggestedName);
}

void TableExport::write(Settings &settings, QWidget *parent, const QByteArray &csv, const QString &suggestedName)
{
    const QString folder = settings.value(SettingKeys::TableExportFolder);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Table as CSV"), QDir(folder).filePath(suggestedName + u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.rememberFolderOf(SettingKeys::TableExportFolder, path);
    QString error;
    if (!OutputFile::write(path, csv, &error))
        QMessageBox::warning(parent, tr("Export Table as CSV"), error);
    else
        StatusNotice::show(parent, tr("Exported the table to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace tigerscope
