#include "TableCsvExporter.h"

#include "ArticleRepository.h"
#include "CitationFormatter.h"
#include "CitationRepository.h"
#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QByteArray TableCsvExporter::toCsv(QAbstractItemModel *model, const std::function<QString(int)> &provenance,
                                   const QString &provenanceHeader, const QList<int> &columnOrder)
{
    if (!provenance)
        return toCsv(model, QStringList(), nullptr, columnOrder);
    return toCsv(
        model, {provenanceHeader}, [&](int row) { return QStringList{provenance(row)}; }, columnOrder);
}

QByteArray TableCsvExporter::toCsv(QAbstractItemModel *model, const QStringList &extraHeader,
                                   const std::function<QStringList(int)> &extraFields, const QList<int> &columnOrder)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<int> columns = columnOrder;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns.append(c);
    }
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(model->headerData(c, Qt::Horizontal).toString());
    header += extraHeader;
    lines.append(CsvWriter::line(header));
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int c : std::as_const(columns))
            fields.append(model->index(row, c).data().toString());
        if (extraFields)
            fields += extraFields(row);
        lines.append(CsvWriter::line(fields));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QString TableCsvExporter::provenance(QSqlDatabase db, const QString &ownerColumn, qint64 id, const QString &origin,
                                     Language language)
{
    QStringList citations;
    const ArticleRepository articles(db);
    for (const CitationRecord &citation :
         CitationRepository(db).citationsOf(ownerColumn, id, u"lang IS NULL, lang, id"_s)) {
        QString text = CitationFormatter::shortForm(citation, articles.article(citation.articleKey), language);
        if (citation.isArticle() && !citation.printed.isEmpty())
            text += u" “%1”"_s.arg(citation.printed);
        citations.append(text);
    }
    return origin + u": "_s + citations.join(u"; "_s);
}

} // namespace tigerscope
