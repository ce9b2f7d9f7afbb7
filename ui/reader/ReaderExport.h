#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace tigerscope {

class Settings;

/// What the reader's exports (PDF, alignment) share: where they go and how a PDF is written.
namespace ReaderExport {

/// A file name for an article's export: the title's first part, without slashes.
QString baseName(const QString &title);
/// Asks where to save, starting in the folder of the last export (remembered); empty when cancelled.
QString choosePath(Settings &settings, QWidget *parent, const QString &caption, const QString &fileName,
                   const QString &filter);
/// Writes document as an A4 PDF, atomically; false with *error.
bool writePdf(QTextDocument &document, const QString &title, const QString &path, QString *error);

} // namespace ReaderExport

} // namespace tigerscope
