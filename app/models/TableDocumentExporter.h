#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace tigerscope {

/// Writes a table model as a document a person reads — a title, the table as shown (every row, the
/// columns in the given order), a footnote — to PNG or PDF, drawn by QTextDocument rather than
/// grabbed from the screen, so it carries no hover state and the resolution of the file, not the
/// screen.
class TableDocumentExporter
{
public:
    struct Content
    {
        QString title;
        QString footnote;
        QList<int> columnOrder; ///< empty: the model's order
    };

    /// The table as HTML (escaped), the form both writers draw.
    static QString toHtml(const QAbstractItemModel &model, const Content &content);
    /// PNG at the given width in pixels; the height follows the content.
    static bool writePng(const QAbstractItemModel &model, const Content &content, const QString &path,
                         int widthPx = 1800);
    /// PDF on an A4 landscape page (more pages when the table is long).
    static bool writePdf(const QAbstractItemModel &model, const Content &content, const QString &path);
};

} // namespace tigerscope
