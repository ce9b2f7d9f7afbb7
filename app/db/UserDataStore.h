#pragma once

#include "UserRecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace tigerscope {

class Database;
class Transaction;

/// Adds, changes and removes the user's own figures and events with their citations in the
/// user database, each change in one transaction. Shipped rows are read-only: every change to a
/// row whose origin is "shipped" is refused with a message saying so. Records are validated by
/// RecordValidator before writing.
class UserDataStore
{
    Q_DECLARE_TR_FUNCTIONS(UserDataStore)
public:
    explicit UserDataStore(Database &database);

    /// A figure (shipped or the user's) with its citations, or nothing when there is none.
    std::optional<ObservationRecord> observation(qint64 id) const;
    std::optional<EventRecord> event(qint64 id) const;

    /// Checks a record without writing (RecordValidator's rules); false with *error (translated)
    /// when it cannot be stored.
    bool validate(const ObservationRecord &record, QString *error) const;
    bool validate(const EventRecord &record, QString *error) const;

    /// Stores a new user figure. A record with id < 0 gets the next user id (and its citations
    /// theirs), written back into *record; a record with ids keeps them (undo restores a row so).
    bool addObservation(ObservationRecord *record, QString *error);
    /// Stores several new figures in one transaction: all of them or none.
    bool addObservations(QList<ObservationRecord> *records, QString *error);
    /// Replaces a user figure and its citations.
    bool updateObservation(ObservationRecord *record, QString *error);
    /// Removes a user figure with its citations.
    bool removeObservation(qint64 id, QString *error);
    bool removeObservations(const QList<qint64> &ids, QString *error);

    bool addEvent(EventRecord *record, QString *error);
    bool updateEvent(EventRecord *record, QString *error);
    bool removeEvent(qint64 id, QString *error);

    /// The article key of an imported article, registering it as a user article (in main.articles)
    /// when the importer did not recognise it as a known one, so that it can be cited.
    QString articleKeyForImported(qint64 importedArticleId, QString *error);

private:
    enum class Table { Observations, Events };
    /// Where a kind of record lives: its Table, its table's name and its citations' owner column.
    template<typename Record>
    struct RecordTable;
    bool checkWritable(Table table, qint64 id, QString *error) const;
    /// The record id with its citations: columns (of the record's all_ view) are read by read.
    template<typename Record>
    std::optional<Record> readRecord(qint64 id, const QString &columns,
                                     void (*read)(const QSqlQuery &, Record &)) const;
    template<typename Record>
    bool writeOne(Record *record, bool update, QString *error);
    template<typename Record>
    bool writeRecords(QList<Record> *records, bool update, QString *error);
    template<typename Record>
    bool writeRecord(Record *record, bool update, QString *error);
    bool writeRow(const ObservationRecord &record, bool update, QString *error);
    bool writeRow(const EventRecord &record, bool update, QString *error);
    bool writeCitations(const QString &ownerColumn, qint64 ownerId, QList<CitationRecord> *citations, QString *error);
    bool removeRows(Table table, const QList<qint64> &ids, QString *error);
    bool begin(Transaction &transaction, QString *error) const;
    bool commit(Transaction &transaction, QString *error) const;

    Database &m_database;
};

} // namespace tigerscope
