#pragma once

#include "ArticleStore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace tigerscope {

class AppContext;

/// File ▸ Import Article…: asks for article files (text, Markdown, saved web pages, PDFs), reads
/// each on a worker thread while a progress dialog with Cancel stays responsive, stores what was
/// read, reports the files that failed, and tells the pages the data changed.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(AppContext &context, QWidget *dialogParent);

    /// The file dialog's filter: every format import-article accepts, then all files.
    static QString fileFilter();

    /// Opens the file dialog and imports what the user picks.
    void chooseAndImport();
    /// Imports files, one article each; failures are reported in one message box. Cancel stops
    /// at the file being read, which leaves nothing behind; files already stored stay.
    QList<ImportResult> importFiles(const QStringList &paths);

Q_SIGNALS:
    /// The progress dialog of an import is showing (for tests and for a caller that wants it).
    void progressShown(QWidget *dialog);
    /// At least one file was stored (or found already stored); firstArticleId is the first of them.
    void articlesImported(qint64 firstArticleId, int count);

private:
    AppContext &m_context;
    QPointer<QWidget> m_dialogParent;
};

} // namespace tigerscope
