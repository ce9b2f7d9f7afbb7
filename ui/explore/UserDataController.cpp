#include "UserDataController.h"

#include "AppContext.h"
#include "CsvImportDialog.h"
#include "Database.h"
#include "EventDialog.h"
#include "ObservationDialog.h"
#include "UserDataCommands.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// A new record of companyId, the rest to fill in.
template<typename Record>
Record ofCompany(const QString &companyId)
{
    Record record;
    record.companyId = companyId;
    return record;
}

} // namespace

UserDataController::UserDataController(AppContext &context)
    : QObject(&context)
    , m_context(context)
    , m_store(context.database())
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, &context, &AppContext::dataChanged);
}

QAction *UserDataController::createUndoAction(QObject *parent) const
{
    QAction *action = m_stack->createUndoAction(parent);
    action->setShortcut(QKeySequence::Undo);
    return action;
}

QAction *UserDataController::createRedoAction(QObject *parent) const
{
    QAction *action = m_stack->createRedoAction(parent);
    action->setShortcut(QKeySequence::Redo);
    return action;
}

void UserDataController::reportError(const QString &error)
{
    QMessageBox::warning(m_errorParent ? m_errorParent.data() : QApplication::activeWindow(), tr("Your data"),
                         tr("The change could not be made: %1").arg(error));
}

bool UserDataController::checkEditable(QWidget *parent, const QString &origin, bool figure)
{
    if (m_context.database().isReadOnly()) {
        QMessageBox::information(parent, tr("Your data"),
                                 tr("Your database is open read-only: nothing can be changed."));
        return false;
    }
    if (origin == "user"_L1)
        return true;
    QMessageBox::information(parent, figure ? tr("Shipped figure") : tr("Shipped event"),
                             figure ? tr("This figure comes from the shipped dataset, which is read-only. "
                                         "You can add your own figure beside it.")
                                    : tr("This event comes from the shipped dataset, which is read-only. "
                                         "You can add your own event beside it."));
    return false;
}

template<typename Dialog, typename Record>
bool UserDataController::openDialog(QWidget *parent, const std::optional<Record> &before, const Record &shown,
                                    const QString &title)
{
    if (!checkEditable(parent, before ? before->origin : u"user"_s, isFigure<Record>))
        return false;
    Dialog dialog(m_context, shown, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    push(parent, before, std::optional(dialog.record()), title);
    return true;
}

template<typename Record>
void UserDataController::remove(QWidget *parent, const std::optional<Record> &before, const QString &text)
{
    // Undo brings it back, so no confirmation is asked.
    if (before && checkEditable(parent, before->origin, isFigure<Record>))
        push(parent, before, std::optional<Record>(), text);
}

template<typename Record>
void UserDataController::push(QWidget *parent, const std::optional<Record> &before, const std::optional<Record> &after,
                              const QString &text)
{
    m_errorParent = parent;
    m_stack->push(
        new UserRecordCommand<Record>(m_store, before, after, text, [this](const QString &e) { reportError(e); }));
}

void UserDataController::addObservation(QWidget *parent, const QString &companyId)
{
    addObservation(parent, ofCompany<ObservationRecord>(companyId));
}

bool UserDataController::addObservation(QWidget *parent, const ObservationRecord &prefill)
{
    return openDialog<ObservationDialog>(parent, std::optional<ObservationRecord>(), prefill, tr("Add Figure"));
}

bool UserDataController::saveObservation(QWidget *parent, const ObservationRecord &record)
{
    if (!checkEditable(parent, u"user"_s, true))
        return false;
    m_errorParent = parent;
    QString error;
    if (!m_store.validate(record, &error)) {
        reportError(error);
        return false;
    }
    push(parent, std::optional<ObservationRecord>(), std::optional(record), tr("Add Figure"));
    return true;
}

void UserDataController::editObservation(QWidget *parent, qint64 id)
{
    if (const auto before = m_store.observation(id))
        openDialog<ObservationDialog>(parent, before, *before, tr("Edit Figure"));
}

void UserDataController::deleteObservation(QWidget *parent, qint64 id)
{
    remove(parent, m_store.observation(id), tr("Delete Figure"));
}

void UserDataController::addEvent(QWidget *parent, const QString &companyId)
{
    addEvent(parent, ofCompany<EventRecord>(companyId));
}

bool UserDataController::addEvent(QWidget *parent, const EventRecord &prefill)
{
    return openDialog<EventDialog>(parent, std::optional<EventRecord>(), prefill, tr("Add Event"));
}

void UserDataController::editEvent(QWidget *parent, qint64 id)
{
    if (const auto before = m_store.event(id))
        openDialog<EventDialog>(parent, before, *before, tr("Edit Event"));
}

void UserDataController::deleteEvent(QWidget *parent, qint64 id)
{
    remove(parent, m_store.event(id), tr("Delete Event"));
}

void UserDataController::importCsv(QWidget *parent)
{
    if (!checkEditable(parent, u"user"_s, true))
        return;
    CsvImportDialog dialog(m_context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_errorParent = parent;
    const QList<ObservationRecord> records = dialog.records();
    m_stack->push(new ImportObservationsCommand(m_store, records,
                                                tr("Import %n Figure(s)", nullptr, int(records.size())),
                                                [this](const QString &e) { reportError(e); }));
}

} // namespace tigerscope
