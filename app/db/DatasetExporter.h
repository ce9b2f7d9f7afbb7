#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// Writes the whole dataset — shipped and the user's — as JSON or CSV. The formats are stable
/// and documented in docs/export-format.md: other tools read them.
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
public:
    static constexpr int FormatVersion = 1;

    explicit DatasetExporter(QSqlDatabase db);

    /// The dataset as one JSON document.
    QJsonObject toJson() const;

    /// CSV tables by name: companies, aliases, people, roles, metrics, observations, events,
    /// citations, articles, paragraphs. Each is a complete RFC 4180 text with a header row.
    QList<std::pair<QString, QByteArray>> toCsvTables() const;

    /// Writes JSON to a file (atomically) or to stdout when path is empty or "-".
    bool writeJson(const QString &path, QString *error) const;
    /// Writes one CSV file per table into the folder path (created when missing), or the
    /// observations table to stdout when path is empty or "-".
    bool writeCsv(const QString &path, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
