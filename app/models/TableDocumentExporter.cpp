#include "TableDocumentExporter.h"

#include "OutputFile.h"
#include "PngWriter.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QList<int> columnsOf(const QAbstractItemModel &model, const QList<int> &order)
{
    if (!order.isEmpty())
        return order;
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns.append(column);
    return columns;
}

void layOut(QTextDocument &document, const QAbstractItemModel &model, const TableDocumentExporter::Content &content)
{
    document.setDocumentMargin(24);
    document.setDefaultStyleSheet(u"th { background: #e8ecf2; text-align: left; } td, th { padding: 4px; }"_s);
    document.setHtml(TableDocumentExporter::toHtml(model, content));
}

} // namespace

QString TableDocumentExporter::toHtml(const QAbstractItemModel &model, const Content &content)
{
    const QList<int> columns = columnsOf(model, content.columnOrder);
    QString html = u"<html><body>"_s;
    if (!content.title.isEmpty())
        html += u"<h2>%1</h2>"_s.arg(content.title.toHtmlEscaped());
    html += u"<table width='100%' border='1' cellspacing='0' style='border-collapse: collapse; border-color: "
            "#b0b8c4'><tr>"_s;
    for (int column : columns)
        html += u"<th>%1</th>"_s.arg(model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += u"</tr>"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column : columns)
            html += u"<td>%1</td>"_s.arg(model.index(row, column).data().toString().toHtmlEscaped());
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (!content.footnote.isEmpty())
        html += u"<p style='color: #555'>%1</p>"_s.arg(content.footnote.toHtmlEscaped());
    return html + u"</body></html>"_s;
}

bool TableDocumentExporter::writePng(const QAbstractItemModel &model, const Content &content, const QString &path,
                                     int widthPx)
{
    QTextDocument document;
    layOut(document, model, content);
    document.setTextWidth(widthPx);
    const QSize size(widthPx, int(std::ceil(document.size().height())));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        document.drawContents(&painter);
    }
    OutputFile output(path);
    if (!output.open(nullptr))
        return false;
    if (!PngWriter::write(image, *output.device())) {
        output.cancel();
        return false;
    }
    return output.commit(nullptr);
}

bool TableDocumentExporter::writePdf(const QAbstractItemModel &model, const Content &content, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                          QPageLayout::Millimeter)))
        return false;
    writer.setResolution(144);
    writer.setTitle(content.title);
    QTextDocument document;
    layOut(document, model, content);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QSizeF page = document.pageSize();
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    return painter.end();
}

} // namespace tigerscope
