#include "EventCard.h"

#include "AppContext.h"
#include "ArticleSuggestions.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateFormatter.h"
#include "Labels.h"

#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

EventCard::EventCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent)
    : SuggestionCardFor(context, suggestions, parent)
{
    setObjectName(u"eventCard"_s);
    m_add->setObjectName(u"addAsEvent"_s);
}

void EventCard::add()
{
    const EventSuggestion event = m_suggestion; // a copy: the card may show another while the dialog is open
    m_suggestions.addEvent(parentWidget(), event);
}

void EventCard::fill()
{
    const Language language = m_context.language();
    const CompanyRepository repository(m_context.database().connection());
    const std::optional<NamedEntry> company = repository.company(m_suggestion.companyId);
    QString person = tr("not named");
    if (!m_suggestion.personId.isEmpty()) {
        for (const NamedEntry &entry : repository.people()) {
            if (entry.id == m_suggestion.personId)
                person = entry.bothNames(language);
        }
    }
    const QString date = m_suggestion.date.isValid()
        ? DateFormatter::format(m_suggestion.date.toIso(), m_suggestion.date.precisionName(), language)
        : DateFormatter::notGiven(language);
    m_title->setText(m_suggestion.citation.printed);
    m_body->setText(tr("Suggested event: %1\nCompany: %2\nPerson: %3\nDate: %4\nParagraph %5")
                        .arg(Labels::eventKind(m_suggestion.kind),
                             company ? company->bothNames(language) : m_suggestion.companyId, person, date,
                             QString::number(m_suggestion.citation.paragraph + 1)));
    m_add->setText(tr("Add as event"));
    m_dismiss->setText(tr("Dismiss"));
}

} // namespace tigerscope
