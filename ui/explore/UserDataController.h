#pragma once

#include "UserDataStore.h"

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace tigerscope {

class AppContext;

/// The one place the user's own figures and events change: opens the add/edit dialogs, asks
/// before deleting, runs each change as an undoable command on the shared QUndoStack and tells
/// the pages (AppContext::dataChanged) after every change, undo and redo. AppContext owns one
/// (AppContext::userData()).
class UserDataController : public QObject
{
    Q_OBJECT
public:
    explicit UserDataController(AppContext &context);

    QUndoStack *undoStack() const { return m_stack; }
    UserDataStore &store() { return m_store; }
    /// Undo and redo actions with the standard shortcuts; texts follow the stack.
    QAction *createUndoAction(QObject *parent) const;
    QAction *createRedoAction(QObject *parent) const;

    void addObservation(QWidget *parent, const QString &companyId = {});
    /// Opens the figure dialog filled in with prefill (a suggestion read from an article); true
    /// when the person saved it.
    bool addObservation(QWidget *parent, const ObservationRecord &prefill);
    /// Stores a new figure without asking (an accepted suggestion), undoably; false when invalid.
    bool saveObservation(QWidget *parent, const ObservationRecord &record);
    void editObservation(QWidget *parent, qint64 id);
    void deleteObservation(QWidget *parent, qint64 id);
    void addEvent(QWidget *parent, const QString &companyId = {});
    /// Opens the event dialog filled in with prefill (an event read from an article); true when
    /// the person saved it.
    bool addEvent(QWidget *parent, const EventRecord &prefill);
    void editEvent(QWidget *parent, qint64 id);
    void deleteEvent(QWidget *parent, qint64 id);
    void importCsv(QWidget *parent);

private:
    /// False (after saying why) for rows the user may not change.
    bool checkEditable(QWidget *parent, const QString &origin, bool figure);
    void reportError(const QString &error);
    /// Opens Dialog on shown, titled title, and records the change from before (none when adding) to
    /// what the person saved; true when saved.
    template<typename Dialog, typename Record>
    bool openDialog(QWidget *parent, const std::optional<Record> &before, const Record &shown, const QString &title);
    template<typename Record>
    void remove(QWidget *parent, const std::optional<Record> &before, const QString &text);
    template<typename Record>
    void push(QWidget *parent, const std::optional<Record> &before, const std::optional<Record> &after,
              const QString &text);
    template<typename Record>
    static constexpr bool isFigure = std::is_same_v<Record, ObservationRecord>;

    AppContext &m_context;
    UserDataStore m_store;
    QUndoStack *m_stack;
    QPointer<QWidget> m_errorParent;
};

} // namespace tigerscope
