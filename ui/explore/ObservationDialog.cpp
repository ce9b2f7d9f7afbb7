#include "ObservationDialog.h"

#include "AppContext.h"
#include "ChoiceLists.h"
#include "CitationListEditor.h"
#include "Database.h"
#include "Labels.h"
#include "PrintedValue.h"
#include "RecordFields.h"
#include "UserDataController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString numberText(double value)
{
    return std::isnan(value) ? QString() : QLocale::c().toString(value, 'g', 15);
}

} // namespace

ObservationDialog::ObservationDialog(AppContext &context, const ObservationRecord &record, QWidget *parent)
    : RecordDialog(context, record, parent)
    , m_company(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_valueHigh(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_asOf(RecordFields::dateEdit(record.asOf, this))
    , m_qualifier(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_derivation(new QLineEdit(this))
    , m_noteZh(RecordFields::noteEdit(record.noteZh, 48, this))
    , m_noteEn(RecordFields::noteEdit(record.noteEn, 48, this))
    , m_citations(new CitationListEditor(context, this))
    , m_mismatch(new QLabel(this))
{
    const CompanyRepository repository = context.companies();
    ChoiceLists::fillCompanies(m_company, repository, context.language());
    ChoiceLists::fillMetrics(m_metric, repository, context.language());
    m_company->setEditable(false);
    for (Currency currency : Vocabulary::all<Currency>())
        m_currency->addItem(Vocabulary::label(currency), Vocabulary::key(currency).toString());
    for (Qualifier qualifier : Vocabulary::all<Qualifier>())
        m_qualifier->addItem(Vocabulary::label(qualifier), Vocabulary::key(qualifier).toString());
    for (ValueStatus status : Vocabulary::all<ValueStatus>())
        m_status->addItem(Vocabulary::label(status), Vocabulary::key(status).toString());
    m_value->setPlaceholderText(tr("1500000000, 15亿 or 1.5 billion"));
    m_derivation->setPlaceholderText(tr("how the value follows from cited ones"));

    ChoiceLists::select(m_company, record.companyId);
    ChoiceLists::select(m_metric, record.metricKey);
    m_value->setText(numberText(record.value));
    m_valueHigh->setText(numberText(record.valueHigh));
    ChoiceLists::select(m_currency, record.currency);
    ChoiceLists::select(m_qualifier, record.qualifier);
    ChoiceLists::select(m_status, record.status);
    m_derivation->setText(record.derivation);
    m_citations->setCitations(record.citations);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("&Upper value:"), m_valueHigh);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Derivation:"), m_derivation);
    form->addRow(tr("Note (Chinese):"), m_noteZh);
    form->addRow(tr("Note (English):"), m_noteEn);
    form->addRow(tr("Sources:"), m_citations);
    m_mismatch->setWordWrap(true);
    m_mismatch->setStyleSheet(u"color: #b00020"_s);
    form->addRow(m_mismatch);
    RecordFields::addButtons(form, this);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ObservationDialog::updateUnit);
    connect(m_qualifier, &QComboBox::currentIndexChanged, this, &ObservationDialog::updateUnit);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ObservationDialog::updateUnit);
    connect(m_value, &QLineEdit::textChanged, this, &ObservationDialog::updateMismatch);
    connect(m_valueHigh, &QLineEdit::textChanged, this, &ObservationDialog::updateMismatch);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ObservationDialog::updateMismatch);
    connect(m_citations, &CitationListEditor::citationsChanged, this, &ObservationDialog::updateMismatch);
    updateUnit();
    updateMismatch();
    resize(620, sizeHint().height());
}

void ObservationDialog::updateUnit()
{
    m_currency->setEnabled(ChoiceLists::metricUnit(m_metric) == "money"_L1);
    m_valueHigh->setEnabled(m_qualifier->currentData().toString() == "range"_L1);
    m_derivation->setEnabled(m_status->currentData().toString() == "derived"_L1);
}

bool ObservationDialog::parseNumber(const QString &text, double *value, const QString &metricUnit)
{
    const auto read = PrintedValue::read(text, metricUnit);
    if (read)
        *value = *read;
    return read.has_value();
}

QString ObservationDialog::mismatchWarning() const
{
    ObservationRecord record;
    const QString unit = ChoiceLists::metricUnit(m_metric);
    if (!parseNumber(m_value->text(), &record.value, unit))
        return {};
    if (m_valueHigh->isEnabled())
        parseNumber(m_valueHigh->text(), &record.valueHigh, unit);
    record.citations = m_citations->citations();
    const QStringList wrong = PrintedValue::mismatches(record, unit);
    if (wrong.isEmpty())
        return {};
    return tr("The source prints %1, which is not the value entered.").arg(wrong.join(u", "_s));
}

void ObservationDialog::updateMismatch()
{
    const QString warning = mismatchWarning();
    m_mismatch->setText(warning);
    m_mismatch->setVisible(!warning.isEmpty());
}

bool ObservationDialog::take(ObservationRecord *kept)
{
    ObservationRecord result = *kept;
    result.companyId = m_company->currentData().toString();
    result.metricKey = m_metric->currentData().toString();
    const QString unit = ChoiceLists::metricUnit(m_metric);
    if (!parseNumber(m_value->text(), &result.value, unit)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Write the value as a number, e.g. 1500000000, 15亿 or 1.5 billion."));
        m_value->setFocus();
        return false;
    }
    result.qualifier = m_qualifier->currentData().toString();
    result.valueHigh = qQNaN();
    if (result.qualifier == "range"_L1 && !parseNumber(m_valueHigh->text(), &result.valueHigh, unit)) {
        QMessageBox::warning(this, windowTitle(), tr("A range needs its upper value as a number."));
        m_valueHigh->setFocus();
        return false;
    }
    result.currency = m_currency->isEnabled() ? m_currency->currentData().toString() : QString();
    if (!RecordFields::readDate(this, m_asOf, &result.asOf))
        return false;
    result.status = m_status->currentData().toString();
    result.derivation = m_derivation->isEnabled() ? m_derivation->text().trimmed() : QString();
    result.noteZh = m_noteZh->toPlainText().trimmed();
    result.noteEn = m_noteEn->toPlainText().trimmed();
    return RecordFields::keep(this, m_context.userData().store(), m_citations->citations(), result, kept);
}

} // namespace tigerscope
