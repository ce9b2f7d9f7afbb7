#include "UserDataStore.h"

#include "BigramIndex.h"
#include "CitationRepository.h"
#include "Database.h"
#include "RecordValidator.h"
#include "SqlErrorText.h"
#include "SqlSupport.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant numberOrNull(double value)
{
    return std::isnan(value) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(value);
}

/// The notes of a user observation as its bigram index holds them (empty when it has none).
QString indexedNotes(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT note_zh, note_en FROM main.observations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return BigramIndex::notesText(query.value(0).toString(), query.value(1).toString());
}

/// The date in a column and the precision in the next; no date when the column is NULL.
PartialDate dateAt(const QSqlQuery &query, int column)
{
    if (query.value(column).isNull())
        return {};
    return PartialDate::fromColumns(query.value(column).toString(), query.value(column + 1).toString());
}

} // namespace

template<>
struct UserDataStore::RecordTable<ObservationRecord>
{
    static constexpr Table kind = Table::Observations;
    static constexpr const char *table = "observations";
    static constexpr const char *ownerColumn = "observation_id";
};

template<>
struct UserDataStore::RecordTable<EventRecord>
{
    static constexpr Table kind = Table::Events;
    static constexpr const char *table = "events";
    static constexpr const char *ownerColumn = "event_id";
};

UserDataStore::UserDataStore(Database &database)
    : m_database(database)
{}

template<typename Record>
std::optional<Record> UserDataStore::readRecord(qint64 id, const QString &columns,
                                                void (*read)(const QSqlQuery &, Record &)) const
{
    QSqlQuery query(m_database.connection());
    const QString sql = u"SELECT %1, created_at, origin FROM all_%2 WHERE id = ?"_s.arg(
        columns, QLatin1StringView(RecordTable<Record>::table));
    if (!runPrepared(query, sql, {id}) || !query.next())
        return std::nullopt;
    Record record;
    record.id = id;
    read(query, record);
    record.createdAt = query.value(u"created_at"_s).toString();
    record.origin = query.value(u"origin"_s).toString();
    record.citations = CitationRepository(m_database.connection())
                           .citationsOf(QString::fromLatin1(RecordTable<Record>::ownerColumn), id);
    return record;
}

std::optional<ObservationRecord> UserDataStore::observation(qint64 id) const
{
    return readRecord<ObservationRecord>(
        id,
        u"company_id, metric_key, value, value_high, currency, as_of, as_of_precision, qualifier, status, "
        "derivation, note_zh, note_en"_s,
        [](const QSqlQuery &query, ObservationRecord &record) {
            record.companyId = query.value(0).toString();
            record.metricKey = query.value(1).toString();
            record.value = query.value(2).toDouble();
            record.valueHigh = query.value(3).isNull() ? qQNaN() : query.value(3).toDouble();
            record.currency = query.value(4).toString();
            record.asOf = dateAt(query, 5);
            record.qualifier = query.value(7).toString();
            record.status = query.value(8).toString();
            record.derivation = query.value(9).toString();
            record.noteZh = query.value(10).toString();
            record.noteEn = query.value(11).toString();
        });
}

std::optional<EventRecord> UserDataStore::event(qint64 id) const
{
    return readRecord<EventRecord>(id, u"company_id, person_id, date, date_precision, kind, summary_zh, summary_en"_s,
                                   [](const QSqlQuery &query, EventRecord &record) {
                                       record.companyId = query.value(0).toString();
                                       record.personId = query.value(1).toString();
                                       record.date = dateAt(query, 2);
                                       record.kind = query.value(4).toString();
                                       record.summaryZh = query.value(5).toString();
                                       record.summaryEn = query.value(6).toString();
                                   });
}

bool UserDataStore::validate(const ObservationRecord &record, QString *error) const
{
    QString local;
    return RecordValidator(m_database.connection(), RecordValidator::Scope::UserViews)
        .validate(record, error ? error : &local);
}

bool UserDataStore::validate(const EventRecord &record, QString *error) const
{
    QString local;
    return RecordValidator(m_database.connection(), RecordValidator::Scope::UserViews)
        .validate(record, error ? error : &local);
}

bool UserDataStore::checkWritable(Table table, qint64 id, QString *error) const
{
    if (m_database.isReadOnly()) {
        *error = tr("Your database is open read-only: nothing can be changed.");
        return false;
    }
    if (id < 0)
        return true;
    const QString view = table == Table::Observations ? u"all_observations"_s : u"all_events"_s;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT origin FROM %1 WHERE id = ?"_s.arg(view));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error
            = table == Table::Observations ? tr("There is no figure %1.").arg(id) : tr("There is no event %1.").arg(id);
        return false;
    }
    if (query.value(0).toString() != "user"_L1) {
        *error = table == Table::Observations
            ? tr("This figure belongs to the shipped dataset, which is read-only. Add your own figure instead.")
            : tr("This event belongs to the shipped dataset, which is read-only. Add your own event instead.");
        return false;
    }
    return true;
}

bool UserDataStore::begin(Transaction &transaction, QString *error) const
{
    if (transaction.isOpen())
        return true;
    *error = tr("Cannot write to your database: %1").arg(SqlErrorText::describe(m_database.connection().lastError()));
    return false;
}

bool UserDataStore::commit(Transaction &transaction, QString *error) const
{
    if (transaction.commit())
        return true;
    *error = tr("Cannot write to your database: %1").arg(SqlErrorText::describe(m_database.connection().lastError()));
    return false;
}

bool UserDataStore::writeCitations(const QString &ownerColumn, qint64 ownerId, QList<CitationRecord> *list,
                                   QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM main.citations WHERE %1 = ?"_s.arg(ownerColumn));
    query.addBindValue(ownerId);
    if (!query.exec()) {
        *error = SqlErrorText::describe(query.lastError());
        return false;
    }
    for (CitationRecord &citation : *list) {
        if (citation.id < 0)
            citation.id = m_database.nextUserId(u"citations"_s);
        query.prepare(u"INSERT INTO main.citations (id, %1, article_key, lang, paragraph, printed, reference) "
                      "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?)"_s.arg(ownerColumn));
        query.addBindValue(citation.id);
        query.addBindValue(ownerId);
        if (citation.isArticle()) {
            query.addBindValue(citation.articleKey);
            query.addBindValue(citation.lang);
            query.addBindValue(citation.paragraph);
            query.addBindValue(citation.printed);
            query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        } else {
            query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(QVariant(QMetaType(QMetaType::Int)));
            query.addBindValue(QString());
            query.addBindValue(citation.reference.trimmed());
        }
        if (!query.exec()) {
            *error = SqlErrorText::describe(query.lastError());
            return false;
        }
    }
    return true;
}

bool UserDataStore::writeRow(const ObservationRecord &record, bool update, QString *error)
{
    // Triggers keep the notes' trigram index in step; the bigram index is told here.
    QSqlDatabase db = m_database.connection();
    if (update && !BigramIndex::observationNotes().remove(db, record.id, indexedNotes(db, record.id), error))
        return false;
    QSqlQuery query(db);
    if (update) {
        query.prepare(
            u"UPDATE main.observations SET company_id = ?, metric_key = ?, value = ?, value_high = ?, "
            "currency = ?, as_of = ?, as_of_precision = ?, qualifier = ?, status = ?, derivation = coalesce(?, ''), "
            "note_zh = coalesce(?, ''), note_en = coalesce(?, ''), created_at = ? WHERE id = ?"_s);
    } else {
        query.prepare(u"INSERT INTO main.observations (company_id, metric_key, value, value_high, currency, as_of, "
                      "as_of_precision, qualifier, status, derivation, note_zh, note_en, created_at, id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?)"_s);
    }
    query.addBindValue(record.companyId);
    query.addBindValue(record.metricKey);
    query.addBindValue(record.value);
    query.addBindValue(numberOrNull(record.valueHigh));
    query.addBindValue(textOrNull(record.currency));
    query.addBindValue(textOrNull(record.asOf.toIso()));
    query.addBindValue(textOrNull(record.asOf.precisionName()));
    query.addBindValue(record.qualifier);
    query.addBindValue(record.status);
    query.addBindValue(record.derivation);
    query.addBindValue(record.noteZh);
    query.addBindValue(record.noteEn);
    query.addBindValue(record.createdAt);
    query.addBindValue(record.id);
    if (!query.exec()) {
        *error = SqlErrorText::describe(query.lastError());
        return false;
    }
    return BigramIndex::observationNotes().add(db, record.id, BigramIndex::notesText(record.noteZh, record.noteEn),
                                               error);
}

template<typename Record>
bool UserDataStore::writeRecord(Record *record, bool update, QString *error)
{
    using Traits = RecordTable<Record>;
    if (!validate(*record, error))
        return false;
    if (!update && record->id < 0)
        record->id = m_database.nextUserId(QString::fromLatin1(Traits::table));
    if (record->createdAt.isEmpty())
        record->createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    record->origin = u"user"_s;
    return writeRow(*record, update, error)
        && writeCitations(QString::fromLatin1(Traits::ownerColumn), record->id, &record->citations, error);
}

template<typename Record>
bool UserDataStore::writeRecords(QList<Record> *records, bool update, QString *error)
{
    for (const Record &record : std::as_const(*records)) {
        if (!checkWritable(RecordTable<Record>::kind, update ? record.id : -1, error))
            return false;
    }
    Transaction transaction(m_database.connection());
    if (!begin(transaction, error))
        return false;
    QList<Record> written = *records;
    for (Record &record : written) {
        if (!writeRecord(&record, update, error))
            return false;
    }
    if (!commit(transaction, error))
        return false;
    *records = written;
    return true;
}

template<typename Record>
bool UserDataStore::writeOne(Record *record, bool update, QString *error)
{
    QList<Record> records = {*record};
    if (!writeRecords(&records, update, error))
        return false;
    *record = records.first();
    return true;
}

bool UserDataStore::addObservation(ObservationRecord *record, QString *error)
{
    return writeOne(record, false, error);
}

bool UserDataStore::addObservations(QList<ObservationRecord> *records, QString *error)
{
    return writeRecords(records, false, error);
}

bool UserDataStore::updateObservation(ObservationRecord *record, QString *error)
{
    return writeOne(record, true, error);
}

bool UserDataStore::removeObservation(qint64 id, QString *error)
{
    return removeRows(Table::Observations, {id}, error);
}

bool UserDataStore::removeObservations(const QList<qint64> &ids, QString *error)
{
    return removeRows(Table::Observations, ids, error);
}

bool UserDataStore::removeRows(Table table, const QList<qint64> &ids, QString *error)
{
    for (qint64 id : ids) {
        if (!checkWritable(table, id, error))
            return false;
    }
    Transaction transaction(m_database.connection());
    if (!begin(transaction, error))
        return false;
    const bool observations = table == Table::Observations;
    const QString ownerColumn = observations ? u"observation_id"_s : u"event_id"_s;
    const QString rows = observations ? u"main.observations"_s : u"main.events"_s;
    QSqlQuery query(m_database.connection());
    for (qint64 id : ids) {
        // Citations go explicitly too: foreign keys may be off on a connection.
        query.prepare(u"DELETE FROM main.citations WHERE %1 = ?"_s.arg(ownerColumn));
        query.addBindValue(id);
        bool ok = query.exec();
        // The bigram index of the notes is told before the row and its notes go.
        if (ok && observations
            && !BigramIndex::observationNotes().remove(m_database.connection(), id,
                                                       indexedNotes(m_database.connection(), id), error))
            return false;
        if (ok) {
            query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(rows));
            query.addBindValue(id);
            ok = query.exec();
        }
        if (!ok) {
            *error = SqlErrorText::describe(query.lastError());
            return false;
        }
    }
    return commit(transaction, error);
}

bool UserDataStore::writeRow(const EventRecord &record, bool update, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (update) {
        query.prepare(u"UPDATE main.events SET company_id = ?, person_id = ?, date = ?, date_precision = ?, kind = ?, "
                      "summary_zh = coalesce(?, ''), summary_en = coalesce(?, ''), created_at = ? WHERE id = ?"_s);
    } else {
        query.prepare(u"INSERT INTO main.events (company_id, person_id, date, date_precision, kind, summary_zh, "
                      "summary_en, created_at, id) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?)"_s);
    }
    query.addBindValue(record.companyId);
    query.addBindValue(textOrNull(record.personId));
    query.addBindValue(textOrNull(record.date.toIso()));
    query.addBindValue(textOrNull(record.date.precisionName()));
    query.addBindValue(record.kind);
    query.addBindValue(record.summaryZh.trimmed());
    query.addBindValue(record.summaryEn.trimmed());
    query.addBindValue(record.createdAt);
    query.addBindValue(record.id);
    if (!query.exec()) {
        *error = SqlErrorText::describe(query.lastError());
        return false;
    }
    return true;
}

bool UserDataStore::addEvent(EventRecord *record, QString *error)
{
    return writeOne(record, false, error);
}

bool UserDataStore::updateEvent(EventRecord *record, QString *error)
{
    return writeOne(record, true, error);
}

bool UserDataStore::removeEvent(qint64 id, QString *error)
{
    return removeRows(Table::Events, {id}, error);
}

QString UserDataStore::articleKeyForImported(qint64 importedArticleId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT article_key, title, title_zh, title_en, outlet, author, published, languages, fingerprint "
                  "FROM main.imported_articles WHERE id = ?"_s);
    query.addBindValue(importedArticleId);
    if (!query.exec() || !query.next()) {
        *error = tr("The imported article is no longer there.");
        return {};
    }
    if (!query.value(0).toString().isEmpty())
        return query.value(0).toString();
    const QString key = u"imported-"_s + query.value(8).toString().left(16);
    if (!checkWritable(Table::Observations, -1, error))
        return {};
    Transaction transaction(m_database.connection());
    if (!begin(transaction, error))
        return {};
    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT OR IGNORE INTO main.articles (key, title_zh, title_en, outlet_zh, outlet_en, author, "
                   "published, languages, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString title = query.value(1).toString();
    insert.addBindValue(key);
    insert.addBindValue(query.value(2).isNull() ? QVariant(title) : query.value(2));
    insert.addBindValue(query.value(3).isNull() ? QVariant(title) : query.value(3));
    insert.addBindValue(query.value(4));
    insert.addBindValue(query.value(4));
    insert.addBindValue(query.value(5));
    insert.addBindValue(query.value(6));
    insert.addBindValue(query.value(7));
    insert.addBindValue(query.value(8));
    bool ok = insert.exec();
    if (ok) {
        insert.prepare(u"UPDATE main.imported_articles SET article_key = ? WHERE id = ?"_s);
        insert.addBindValue(key);
        insert.addBindValue(importedArticleId);
        ok = insert.exec();
    }
    if (!ok) {
        *error = SqlErrorText::describe(insert.lastError());
        return {};
    }
    return commit(transaction, error) ? key : QString();
}

} // namespace tigerscope
