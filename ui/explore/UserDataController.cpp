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

void UserDataController::addObservation(QWidget *parent, const QString &companyId)
{
    ObservationRecord record;
    record.companyId = companyId;
    addObservation(parent, record);
}

bool UserDataController::addObservation(QWidget *parent, const ObservationRecord &prefill)
{
    if (!checkEditable(parent, u"user"_s, true))
        return false;
    ObservationDialog dialog(m_context, prefill, parent);
    dialog.setWindowTitle(tr("Add Figure"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return saveObservation(parent, dialog.record());
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
    m_stack->push(new ObservationCommand(m_store, std::nullopt, record, tr("Add Figure"),
                                         [this](const QString &e) { reportError(e); }));
    return true;
}

void UserDataController::editObservation(QWidget *parent, qint64 id)
{
    const auto before = m_store.observation(id);
    if (!before || !checkEditable(parent, before->origin, true))
        return;
    ObservationDialog dialog(m_context, *before, parent);
    dialog.setWindowTitle(tr("Edit Figure"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_errorParent = parent;
    m_stack->push(new ObservationCommand(m_store, before, dialog.record(), tr("Edit Figure"),
                                         [this](const QString &e) { reportError(e); }));
}

void UserDataController::deleteObservation(QWidget *parent, qint64 id)
{
    const auto before = m_store.observation(id);
    if (!before || !checkEditable(parent, before->origin, true))
        return;
    m_errorParent = parent;
    // Undo brings it back, so no confirmation is asked.
    m_stack->push(new ObservationCommand(m_store, before, std::nullopt, tr("Delete Figure"),
                                         [this](const QString &e) { reportError(e); }));
}

void UserDataController::addEvent(QWidget *parent, const QString &companyId)
{
    EventRecord record;
    record.companyId = companyId;
    addEvent(parent, record);
}

bool UserDataController::addEvent(QWidget *parent, const EventRecord &prefill)
{
    if (!checkEditable(parent, u"user"_s, false))
        return false;
    EventDialog dialog(m_context, prefill, parent);
    dialog.setWindowTitle(tr("Add Event"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_errorParent = parent;
    m_stack->push(new EventCommand(m_store, std::nullopt, dialog.record(), tr("Add Event"),
                                   [this](const QString &e) { reportError(e); }));
    return true;
}

void UserDataController::editEvent(QWidget *parent, qint64 id)
{
    const auto before = m_store.event(id);
    if (!before || !checkEditable(parent, before->origin, false))
        return;
    EventDialog dialog(m_context, *before, parent);
    dialog.setWindowTitle(tr("Edit Event"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_errorParent = parent;
    m_stack->push(new EventCommand(m_store, before, dialog.record(), tr("Edit Event"),
                                   [this](const QString &e) { reportError(e); }));
}

void UserDataController::deleteEvent(QWidget *parent, qint64 id)
{
    const auto before = m_store.event(id);
    if (!before || !checkEditable(parent, before->origin, false))
        return;
    m_errorParent = parent;
    m_stack->push(new EventCommand(m_store, before, std::nullopt, tr("Delete Event"),
                                   [this](const QString &e) { reportError(e); }));
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
