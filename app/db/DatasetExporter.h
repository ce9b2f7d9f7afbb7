#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace tigerscope {

/// Writes the whole dataset — shipped and the user's — as JSON or CSV. The formats are stable
/// and documented in docs/export-format.md: other tools read them.
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
public:
    static constexpr int FormatVersion = 2;

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

    /// Writes the JSON document to out as it is made; false when a write failed.
    bool streamJson(QIODevice *out) const;

private:
    /// Every member of the JSON document but the imported articles.
    QJsonObject catalogueJson() const;
    static bool replaceSet(QTemporaryDir &staging, const QString &path,
                           const QList<std::pair<QString, QByteArray>> &tables, QString *error);
    void forEachImportedArticle(const std::function<void(const QJsonObject &)> &write) const;

    QSqlDatabase m_db;
};

} // namespace tigerscope
