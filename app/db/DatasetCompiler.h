#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace tigerscope {

/// Compiles the reviewable dataset (resources/data/*.json, see docs/dataset-format.md) into a
/// database at the current schema. Checks what a reviewer would: known keys, enum values, dates,
/// a citation on every fact. Used by the build tool tigerscope-datac.
class DatasetCompiler
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCompiler)
public:
    /// Reads every file of dataDir and writes them into db, which must be empty. On failure the
    /// database is left without the dataset and errors() says what was wrong, file by file.
    bool compile(const QString &dataDir, QSqlDatabase &db);

    const QStringList &errors() const { return m_errors; }

private:
    QJsonArray readArray(const QString &dataDir, const QString &fileName);
    bool insertArticles(QSqlDatabase &db, const QJsonArray &articles);
    bool insertMetrics(QSqlDatabase &db, const QJsonArray &metrics);
    bool insertCompanies(QSqlDatabase &db, const QJsonArray &companies);
    bool insertPeople(QSqlDatabase &db, const QJsonArray &people);
    /// The aliases of a company or person through the prepared alias insert.
    void insertAliases(QSqlQuery &alias, const QString &ownerId, const QJsonArray &aliases, const QString &where);
    bool insertObservations(QSqlDatabase &db, const QJsonArray &observations);
    bool insertEvents(QSqlDatabase &db, const QJsonArray &events);
    bool insertCitations(QSqlDatabase &db, const QString &ownerColumn, qint64 ownerId, const QJsonArray &citations,
                         const QString &where);
    void fail(const QString &where, const QString &message);

    QStringList m_errors;
};

} // namespace tigerscope
