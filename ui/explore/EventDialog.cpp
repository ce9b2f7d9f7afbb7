#include "EventDialog.h"

#include "AppContext.h"
#include "ChoiceLists.h"
#include "CitationListEditor.h"
#include "Database.h"
#include "Labels.h"
#include "RecordFields.h"
#include "UserDataController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace tigerscope {

EventDialog::EventDialog(AppContext &context, const EventRecord &record, QWidget *parent)
    : RecordDialog(context, record, parent)
    , m_company(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_date(RecordFields::dateEdit(record.date, this))
    , m_kind(new QComboBox(this))
    , m_summaryZh(RecordFields::noteEdit(record.summaryZh, 60, this))
    , m_summaryEn(RecordFields::noteEdit(record.summaryEn, 60, this))
    , m_citations(new CitationListEditor(context, this))
{
    const CompanyRepository repository = context.companies();
    ChoiceLists::fillCompanies(m_company, repository, context.language());
    ChoiceLists::fillPeople(m_person, repository, context.language(), tr("(nobody in particular)"));
    for (const QString &key : Labels::eventKindKeys())
        m_kind->addItem(Labels::eventKind(key), key);

    ChoiceLists::select(m_company, record.companyId);
    ChoiceLists::select(m_person, record.personId);
    ChoiceLists::select(m_kind, record.kind);
    m_citations->setCitations(record.citations);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("What happened (Chinese):"), m_summaryZh);
    form->addRow(tr("What happened (English):"), m_summaryEn);
    form->addRow(tr("Sources:"), m_citations);
    RecordFields::addButtons(form, this);
    resize(600, sizeHint().height());
}

bool EventDialog::take(EventRecord *kept)
{
    EventRecord result = *kept;
    result.companyId = m_company->currentData().toString();
    result.personId = m_person->currentData().toString();
    if (!RecordFields::readDate(this, m_date, &result.date))
        return false;
    result.kind = m_kind->currentData().toString();
    result.summaryZh = m_summaryZh->toPlainText().trimmed();
    result.summaryEn = m_summaryEn->toPlainText().trimmed();
    return RecordFields::keep(this, m_context.userData().store(), m_citations->citations(), result, kept);
}

} // namespace tigerscope
