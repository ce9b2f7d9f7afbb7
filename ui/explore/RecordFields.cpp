#include "RecordFields.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace tigerscope {

QLineEdit *RecordFields::dateEdit(const PartialDate &date, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("2025, 2025-Q1, 2025-02 or 2025-02-09; empty if not given"));
    edit->setText(date.toNotation());
    return edit;
}

bool RecordFields::readDate(QDialog *dialog, QLineEdit *edit, PartialDate *date)
{
    *date = {};
    if (edit->text().trimmed().isEmpty())
        return true;
    *date = PartialDate::parse(edit->text());
    if (date->isValid())
        return true;
    warn(dialog, tr("Write the date as 2025, 2025-Q1, 2025-02 or 2025-02-09."));
    edit->setFocus();
    return false;
}

QPlainTextEdit *RecordFields::noteEdit(const QString &text, int maximumHeight, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setMaximumHeight(maximumHeight);
    edit->setPlainText(text);
    return edit;
}

void RecordFields::addButtons(QFormLayout *form, QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

void RecordFields::warn(QDialog *dialog, const QString &message)
{
    QMessageBox::warning(dialog, dialog->windowTitle(), message);
}

} // namespace tigerscope
