#include "UserDataCommands.h"

namespace tigerscope {

namespace {

bool addRecord(UserDataStore &store, ObservationRecord *record, QString *error)
{
    return store.addObservation(record, error);
}
bool addRecord(UserDataStore &store, EventRecord *record, QString *error)
{
    return store.addEvent(record, error);
}
bool updateRecord(UserDataStore &store, ObservationRecord *record, QString *error)
{
    return store.updateObservation(record, error);
}
bool updateRecord(UserDataStore &store, EventRecord *record, QString *error)
{
    return store.updateEvent(record, error);
}
bool removeRecord(UserDataStore &store, const ObservationRecord &record, QString *error)
{
    return store.removeObservation(record.id, error);
}
bool removeRecord(UserDataStore &store, const EventRecord &record, QString *error)
{
    return store.removeEvent(record.id, error);
}

} // namespace

template<typename Record>
void UserRecordCommand<Record>::apply(const std::optional<Record> &from, std::optional<Record> *to)
{
    QString error;
    bool ok = true;
    if (!from && *to) {
        Record record = **to;
        ok = addRecord(m_store, &record, &error);
        if (ok)
            *to = record; // keeps the ids given on the first add for every later redo
    } else if (from && !*to) {
        ok = removeRecord(m_store, *from, &error);
    } else if (from && *to) {
        Record record = **to;
        ok = updateRecord(m_store, &record, &error);
        if (ok)
            *to = record;
    }
    m_error = ok ? QString() : error;
    if (!ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }
}

template class UserRecordCommand<ObservationRecord>;
template class UserRecordCommand<EventRecord>;

ImportObservationsCommand::ImportObservationsCommand(UserDataStore &store, QList<ObservationRecord> records,
                                                     const QString &text, CommandErrorHandler onError)
    : QUndoCommand(text)
    , m_store(store)
    , m_records(std::move(records))
    , m_onError(std::move(onError))
{}

void ImportObservationsCommand::fail(const QString &error)
{
    m_error = error;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

void ImportObservationsCommand::redo()
{
    QString error;
    if (!m_store.addObservations(&m_records, &error))
        fail(error);
}

void ImportObservationsCommand::undo()
{
    QList<qint64> ids;
    for (const ObservationRecord &record : std::as_const(m_records))
        ids.append(record.id);
    QString error;
    if (!m_store.removeObservations(ids, &error))
        fail(error);
}

} // namespace tigerscope
