#pragma once

#include "UserDataStore.h"
#include "UserRecords.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace tigerscope {

/// Reports a change the database refused while undoing or redoing.
using CommandErrorHandler = std::function<void(const QString &error)>;

/// An undoable change of one user figure or event: adding (no record before), deleting (no record
/// after) or editing (both). Undo writes the record back as it was, with its ids and citations, so
/// that undo and redo round-trip exactly. A change the database refuses makes the command obsolete
/// (QUndoStack then drops it) and is reported to the error handler.
template<typename Record>
class UserRecordCommand : public QUndoCommand
{
public:
    UserRecordCommand(UserDataStore &store, std::optional<Record> before, std::optional<Record> after,
                      const QString &text, CommandErrorHandler onError = {})
        : QUndoCommand(text)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_onError(std::move(onError))
    {}

    void redo() override { apply(m_before, &m_after); }
    void undo() override { apply(m_after, &m_before); }

    /// The record as the last redo or undo left it (an added record carries its new id).
    const std::optional<Record> &after() const { return m_after; }
    const std::optional<Record> &before() const { return m_before; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void apply(const std::optional<Record> &from, std::optional<Record> *to);

    UserDataStore &m_store;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    CommandErrorHandler m_onError;
    QString m_error;
};

using ObservationCommand = UserRecordCommand<ObservationRecord>;
using EventCommand = UserRecordCommand<EventRecord>;

/// Adds the figures of a CSV import in one transaction; undo removes them all.
class ImportObservationsCommand : public QUndoCommand
{
public:
    ImportObservationsCommand(UserDataStore &store, QList<ObservationRecord> records, const QString &text,
                              CommandErrorHandler onError = {});
    void redo() override;
    void undo() override;

    const QList<ObservationRecord> &records() const { return m_records; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QString &error);

    UserDataStore &m_store;
    QList<ObservationRecord> m_records;
    CommandErrorHandler m_onError;
    QString m_error;
};

extern template class UserRecordCommand<ObservationRecord>;
extern template class UserRecordCommand<EventRecord>;

} // namespace tigerscope
