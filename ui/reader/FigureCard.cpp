#include "FigureCard.h"

#include "AppContext.h"
#include "ArticleSuggestions.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "SuggestionListModel.h"
#include "explore/UserDataController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

FigureCard::FigureCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent)
    : SuggestionCardFor(context, suggestions, parent)
    , m_format(new SuggestionListModel(this))
    , m_company(new QPushButton(this))
{
    setObjectName(u"figureCard"_s);
    m_format->setNames(context.database().connection());
    m_add->setObjectName(u"addAsFigure"_s);
    m_company->setObjectName(u"openCompany"_s);
    m_company->setFlat(true);
    buttonRow()->insertWidget(0, m_company);

    connect(m_company, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT m_context.companyRequested(m_suggestion.companyId);
    });
}

void FigureCard::add()
{
    const FigureSuggestion suggestion = m_suggestion; // a copy: the card may show another while the dialog is open
    m_suggestions.edit(parentWidget(), suggestion);
}

void FigureCard::fill()
{
    // A recorded figure reads as the dataset has it, not as the suggester guessed it.
    FigureSuggestion shown = m_suggestion;
    if (m_suggestion.recorded()) {
        if (const auto record = m_context.userData().store().observation(m_suggestion.recordedId)) {
            shown.companyId = record->companyId;
            shown.metricKey = record->metricKey;
            shown.value = record->value;
            shown.valueHigh = record->valueHigh;
            shown.currency = record->currency;
            shown.qualifier = record->qualifier;
            shown.asOf = record->asOf;
            const std::optional<MetricEntry> metric
                = CompanyRepository(m_context.database().connection()).metric(record->metricKey);
            const QString unit = metric ? metric->unit : QString();
            shown.unit = unit == "ratio"_L1 || unit == "money"_L1 || unit == "percent"_L1 ? unit : u"number"_s;
            m_suggestion.companyId = record->companyId;
        }
    }
    m_format->setLanguage(m_context.language());
    m_format->setSuggestions({shown});
    const auto cell = [this](int column) { return m_format->index(0, column).data().toString(); };
    m_title->setText(cell(SuggestionListModel::PrintedColumn));
    const QString fields = tr("Company: %1\nMetric: %2\nValue: %3\nAs of: %4")
                               .arg(cell(SuggestionListModel::CompanyColumn), cell(SuggestionListModel::MetricColumn),
                                    cell(SuggestionListModel::ValueColumn), cell(SuggestionListModel::AsOfColumn));
    if (m_suggestion.recorded()) {
        m_body->setText(tr("Recorded in the dataset.") + u'\n' + fields);
    } else {
        m_body->setText(tr("Suggested (confidence %1).").arg(cell(SuggestionListModel::ConfidenceColumn)) + u'\n'
                        + fields);
    }
    m_add->setText(tr("Add as figure"));
    m_dismiss->setText(tr("Dismiss"));
    m_add->setVisible(!m_suggestion.recorded());
    m_dismiss->setVisible(!m_suggestion.recorded());
    m_company->setText(tr("Open company"));
    m_company->setVisible(!m_suggestion.companyId.isEmpty());
}

} // namespace tigerscope
