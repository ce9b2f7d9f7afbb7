#include "ReaderSuggestions.h"

#include "ArticleSuggestions.h"
#include "EventCard.h"
#include "FigureCard.h"
#include "ParagraphView.h"
#include "SuggestedFiguresPanel.h"
#include "SuggestionMarker.h"

namespace tigerscope {

ReaderSuggestions::ReaderSuggestions(AppContext &context, ParagraphView &view, QWidget *panelParent)
    : QObject(panelParent)
    , m_suggestions(new ArticleSuggestions(context, this))
    , m_marker(new SuggestionMarker(view, *m_suggestions, this))
    , m_card(new FigureCard(context, *m_suggestions, &view))
    , m_eventCard(new EventCard(context, *m_suggestions, &view))
    , m_panel(new SuggestedFiguresPanel(context, *m_suggestions, panelParent))
{
    connect(m_marker, &SuggestionMarker::figureActivated, m_card, &FigureCard::showFor);
    connect(m_marker, &SuggestionMarker::eventActivated, m_eventCard, &EventCard::showFor);
    connect(m_panel, &SuggestedFiguresPanel::suggestionChosen, &view, [&view](const FigureSuggestion &s) {
        view.showCitation({{s.citation.lang, s.citation.paragraph, s.citation.start, s.citation.length}});
    });
}

void ReaderSuggestions::load(qint64 importedArticleId)
{
    m_card->hide();
    m_eventCard->hide();
    m_suggestions->load(importedArticleId);
}

} // namespace tigerscope
