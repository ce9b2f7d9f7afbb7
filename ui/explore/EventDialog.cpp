#include "EventDialog.h"

#include "AppContext.h"
#include "ChoiceLists.h"
#include "CitationListEditor.h"
#include "Database.h"
#include "Labels.h"
#include "UserDataController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace tigerscope {

EventDialog::EventDialog(AppContext &context, const EventRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_record(record)
    , m_company(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_date(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_summaryZh(new QPlainTextEdit(this))
    , m_summaryEn(new QPlainTextEdit(this))
    , m_citations(new CitationListEditor(context, this))
{
    const CompanyRepository repository = context.companies();
    ChoiceLists::fillCompanies(m_company, repository, context.language());
    ChoiceLists::fillPeople(m_person, repository, context.language(), tr("(nobody in particular)"));
    for (const QString &key : Labels::eventKindKeys())
        m_kind->addItem(Labels::eventKind(key), key);
    m_date->setPlaceholderText(tr("2025, 2025-Q1, 2025-02 or 2025-02-09; empty if not given"));
    m_summaryZh->setMaximumHeight(60);
    m_summaryEn->setMaximumHeight(60);

    ChoiceLists::select(m_company, record.companyId);
    ChoiceLists::select(m_person, record.personId);
    m_date->setText(record.date.toNotation());
    ChoiceLists::select(m_kind, record.kind);
    m_summaryZh->setPlainText(record.summaryZh);
    m_summaryEn->setPlainText(record.summaryEn);
    m_citations->setCitations(record.citations);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("What happened (Chinese):"), m_summaryZh);
    form->addRow(tr("What happened (English):"), m_summaryEn);
    form->addRow(tr("Sources:"), m_citations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, sizeHint().height());
}

void EventDialog::accept()
{
    EventRecord result = m_record;
    result.companyId = m_company->currentData().toString();
    result.personId = m_person->currentData().toString();
    result.date = {};
    if (!m_date->text().trimmed().isEmpty()) {
        result.date = PartialDate::parse(m_date->text());
        if (!result.date.isValid()) {
            QMessageBox::warning(this, windowTitle(), tr("Write the date as 2025, 2025-Q1, 2025-02 or 2025-02-09."));
            m_date->setFocus();
            return;
        }
    }
    result.kind = m_kind->currentData().toString();
    result.summaryZh = m_summaryZh->toPlainText().trimmed();
    result.summaryEn = m_summaryEn->toPlainText().trimmed();
    result.citations = m_citations->citations();
    QString error;
    if (!m_context.userData().store().validate(result, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_record = result;
    QDialog::accept();
}

} // namespace tigerscope
