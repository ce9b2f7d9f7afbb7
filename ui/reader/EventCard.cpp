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
    : SuggestionCard(parent)
    , m_context(context)
    , m_suggestions(suggestions)
{
    setObjectName(u"eventCard"_s);
    m_add->setObjectName(u"addAsEvent"_s);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const EventSuggestion event = m_event;
        hide();
        m_suggestions.addEvent(parentWidget(), event);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_suggestions.dismiss(m_event);
        hide();
    });
}

void EventCard::showFor(const EventSuggestion &event, const QPoint &globalPos)
{
    m_event = event;
    fill();
    popUpAt(globalPos);
}

void EventCard::fill()
{
    const Language language = m_context.language();
    const CompanyRepository repository(m_context.database().connection());
    const std::optional<NamedEntry> company = repository.company(m_event.companyId);
    QString person = tr("not named");
    if (!m_event.personId.isEmpty()) {
        for (const NamedEntry &entry : repository.people()) {
            if (entry.id == m_event.personId)
                person = entry.bothNames(language);
        }
    }
    const QString date = m_event.date.isValid()
        ? DateFormatter::format(m_event.date.toIso(), m_event.date.precisionName(), language)
        : DateFormatter::notGiven(language);
    m_title->setText(m_event.citation.printed);
    m_body->setText(tr("Suggested event: %1\nCompany: %2\nPerson: %3\nDate: %4\nParagraph %5")
                        .arg(Labels::eventKind(m_event.kind),
                             company ? company->bothNames(language) : m_event.companyId, person, date,
                             QString::number(m_event.citation.paragraph + 1)));
    m_add->setText(tr("Add as event"));
    m_dismiss->setText(tr("Dismiss"));
}

} // namespace tigerscope
