#include "ReaderExport.h"

#include "ExportFileName.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tigerscope::ReaderExport {

QString baseName(const QString &title)
{
    return ExportFileName::fromTitle(title.section(u" · "_s, 0, 0));
}

QString choosePath(Settings &settings, QWidget *parent, const QString &caption, const QString &fileName,
                   const QString &filter)
{
    const QString suggested = settings.value(SettingKeys::ReaderExportFolder) + u'/' + fileName;
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    if (!path.isEmpty())
        settings.rememberFolderOf(SettingKeys::ReaderExportFolder, path);
    return path;
}

bool writePdf(QTextDocument &document, const QString &title, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tigerscope::ReaderExport
