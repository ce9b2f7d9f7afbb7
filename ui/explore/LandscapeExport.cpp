#include "LandscapeExport.h"

#include "LandscapeTableModel.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "TableCsvExporter.h"
#include "TableDocumentExporter.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The landscape row behind a row of the view's model (sorted through a proxy, or the model itself).
int sourceRow(const QAbstractItemModel &shown, int row)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(&shown))
        return proxy->mapToSource(proxy->index(row, 0)).row();
    return row;
}

} // namespace

QString LandscapeExport::title()
{
    return tr("The landscape: six little tigers and the giants");
}

bool LandscapeExport::write(const QString &path, QAbstractItemModel &shown, const LandscapeTableModel &landscape,
                            QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString footnote = tr("Every cell is cited; “not given”: the sources say nothing on it. Exported from "
                                "Tigerscope.");
    bool ok = false;
    if (suffix == "csv"_L1) {
        const QByteArray csv = TableCsvExporter::toCsv(
            &shown, [&](int row) { return landscape.rowSources(sourceRow(shown, row)); }, tr("Sources"));
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
        if (!ok && error)
            *error = file.errorString();
        return ok;
    }
    const TableDocumentExporter::Content content{title(), footnote, {}};
    if (suffix == "png"_L1)
        ok = TableDocumentExporter::writePng(shown, content, path);
    else if (suffix == "pdf"_L1)
        ok = TableDocumentExporter::writePdf(shown, content, path);
    else if (error)
        *error = tr("Unknown format “%1”: use .csv, .png or .pdf").arg(suffix);
    if (!ok && error && error->isEmpty())
        *error = tr("The file could not be written.");
    return ok;
}

QString LandscapeExport::exportInteractively(Settings &settings, QWidget *parent, QAbstractItemModel &shown,
                                             const LandscapeTableModel &landscape)
{
    const QString folder = settings.value(SettingKeys::LandscapeExportFolder);
    const QString format = settings.value(SettingKeys::LandscapeExportFormat);
    const QStringList filters = {tr("CSV files (*.csv)"), tr("PNG images (*.png)"), tr("PDF documents (*.pdf)")};
    const QStringList suffixes = {u"csv"_s, u"png"_s, u"pdf"_s};
    QString selected = filters.value(std::max<qsizetype>(0, suffixes.indexOf(format)));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the Landscape"),
                                                QDir(folder).filePath(u"landscape."_s + format), filters.join(u";;"_s),
                                                &selected);
    if (path.isEmpty())
        return {};
    const QString chosen = suffixes.value(std::max<qsizetype>(0, filters.indexOf(selected)));
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        path += u'.' + chosen;
    settings.rememberFolderOf(SettingKeys::LandscapeExportFolder, path);
    settings.setValue(SettingKeys::LandscapeExportFormat, QFileInfo(path).suffix().toLower());
    QString error;
    if (!write(path, shown, landscape, &error)) {
        QMessageBox::warning(parent, tr("Export the Landscape"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return tr("Exported the landscape to %1").arg(QDir::toNativeSeparators(path));
}

} // namespace tigerscope
