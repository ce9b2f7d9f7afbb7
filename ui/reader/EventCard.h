#pragma once

#include "FigureSuggestion.h"

#include "SuggestionCard.h"

namespace tigerscope {

class AppContext;
class ArticleSuggestions;

/// The small card a click on an event's cue word in the reader opens: what the suggester read
/// (kind, company, person, date) with Add as event — which opens the event dialog filled in —
/// and Dismiss.
class EventCard : public SuggestionCard
{
    Q_OBJECT
public:
    EventCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

    void showFor(const EventSuggestion &event, const QPoint &globalPos);
    const EventSuggestion &event() const { return m_event; }

private:
    void fill();

    AppContext &m_context;
    ArticleSuggestions &m_suggestions;
    EventSuggestion m_event;
};

} // namespace tigerscope
