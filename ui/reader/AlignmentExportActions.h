#pragma once

#include "AlignmentFormats.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tigerscope {

class AlignedParagraphModel;
class Settings;

/// The reader's Export Alignment entries: the shown article's alignment as JSON, TSV or TMX,
/// written by the same writer as `tigerscope align` (writeAlignment).
class AlignmentExportActions : public QObject
{
    Q_OBJECT

public:
    /// settings remembers the folder of the last export.
    AlignmentExportActions(const AlignedParagraphModel &model, Settings &settings, QWidget &parent);

    /// "Export Alignment" with one entry per format.
    QMenu *menu() const { return m_menu; }
    /// Enables the entries for the article shown (its title names the files).
    void setAvailable(bool available, const QString &articleTitle);

    /// The shown alignment in format over the article's paragraphs.
    QByteArray bytes(AlignmentFormat format) const;
    /// Writes it to path, atomically; false with *error.
    bool exportTo(AlignmentFormat format, const QString &path, QString *error = nullptr) const;
    /// Asks where to save, then writes.
    void chooseAndExport(AlignmentFormat format);

    void retranslate();

private:
    const AlignedParagraphModel &m_model;
    Settings &m_settings;
    QWidget &m_parent;
    QMenu *m_menu;
    QString m_fileName = QStringLiteral("alignment");
    QList<QPair<AlignmentFormat, QAction *>> m_actions;
};

} // namespace tigerscope
