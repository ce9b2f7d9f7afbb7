#pragma once

#include "PartialDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
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
    /// The id of an observation or event, said to be wrong unless unique and below the user's ids;
    /// *where names the record in messages ("observations.json id 7").
    qint64 recordId(const QJsonObject &object, const QString &file, QSet<qint64> &seen, QString *where);
    /// Calls insert(object, id, where) for each record of file in turn, its id checked by recordId.
    template<typename Insert>
    void forEachRecord(const QJsonArray &records, const QString &file, Insert insert);
    /// Runs a record's bound insert and, once the record is in, inserts the citations it lists.
    void insertCited(QSqlDatabase &db, QSqlQuery &insert, const QString &ownerColumn, qint64 id,
                     const QJsonObject &object, const QString &where);
    /// A date field, said to be wrong when it is a string that is no date.
    PartialDate date(const QJsonValue &value, const QString &where);
    void fail(const QString &where, const QString &message);

    QStringList m_errors;
};

} // namespace tigerscope
