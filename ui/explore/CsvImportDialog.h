#pragma once

#include "CsvObservationImporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace tigerscope {

class AppContext;

/// Imports figures from a CSV file: shows what each line would become and every problem with its
/// line number; nothing is written until the user confirms, and only a file without problems can
/// be confirmed. The caller writes records() (as one undoable step).
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CsvImportDialog(AppContext &context, QWidget *parent = nullptr);

    /// Previews a file; also used by tests.
    void loadFile(const QString &path);
    void loadData(const QByteArray &content, const QString &name);
    QList<ObservationRecord> records() const { return m_preview.records; }
    const CsvImportPreview &preview() const { return m_preview; }

private:
    void chooseFile();
    void showPreview();

    AppContext &m_context;
    CsvObservationImporter m_importer;
    CsvImportPreview m_preview;
    QLabel *m_file;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_issues;
    QDialogButtonBox *m_buttons;
};

} // namespace tigerscope
