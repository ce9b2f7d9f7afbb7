#pragma once

#include "PartialDate.h"
#include "UserDataStore.h"

#include <QCoreApplication>

class QDialog;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace tigerscope {

/// What the dialogs for the user's figures and events share: the date field at its precision, the
/// OK and Cancel buttons, and the checks that keep such a dialog open with a message.
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)
public:
    /// A field for a date at its precision ("2025-Q1"), showing date; empty when the source gives none.
    static QLineEdit *dateEdit(const PartialDate &date, QWidget *parent);
    /// Reads the date typed into edit (none when empty); false, saying how to write one, when it is
    /// not a date.
    static bool readDate(QDialog *dialog, QLineEdit *edit, PartialDate *date);
    /// A field for a note or summary of a few lines, showing text.
    static QPlainTextEdit *noteEdit(const QString &text, int maximumHeight, QWidget *parent);
    /// Ends form with OK (QDialog::accept) and Cancel.
    static void addButtons(QFormLayout *form, QDialog *dialog);

    /// Gives record its citations and, when the store takes it, keeps it in *kept; when not, says
    /// why and returns false.
    template<typename Record>
    static bool keep(QDialog *dialog, const UserDataStore &store, const QList<CitationRecord> &citations, Record record,
                     Record *kept)
    {
        record.citations = citations;
        QString error;
        if (!store.validate(record, &error)) {
            warn(dialog, error);
            return false;
        }
        *kept = std::move(record);
        return true;
    }

private:
    static void warn(QDialog *dialog, const QString &message);
};

} // namespace tigerscope
