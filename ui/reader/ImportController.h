#pragma once

#include "ArticleStore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace tigerscope {

class AppContext;

/// File ▸ Import Article…: asks for article files, imports them with a progress dialog, reports
/// the files that failed, and tells the pages the data changed.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(AppContext &context, QWidget *dialogParent);

    /// Opens the file dialog and imports what the user picks.
    void chooseAndImport();
    /// Imports files, one article each; failures are reported in one message box.
    QList<ImportResult> importFiles(const QStringList &paths);

private:
    AppContext &m_context;
    QPointer<QWidget> m_dialogParent;
};

} // namespace tigerscope
