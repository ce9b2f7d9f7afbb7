#pragma once

#include "SuggestionCard.h"

namespace tigerscope {

/// The small card a click on an event's cue word in the reader opens: what the suggester read
/// (kind, company, person, date) with Add as event — which opens the event dialog filled in —
/// and Dismiss.
class EventCard : public SuggestionCardFor<EventSuggestion>
{
    Q_OBJECT
public:
    EventCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

private:
    void fill() override;
    void add() override;
};

} // namespace tigerscope
