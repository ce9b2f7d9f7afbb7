#pragma once

#include <QObject>

namespace tigerscope {

class AppContext;
class ArticleSuggestions;
class EventCard;
class FigureCard;
class ParagraphView;
class SuggestedFiguresPanel;
class SuggestionMarker;

/// The reader's suggested figures and events, put together: the marks on figures and event cues
/// in the text, the cards a click or a selection opens, and the Suggested figures panel. The reader loads an article
/// into it and places the panel.
class ReaderSuggestions : public QObject
{
    Q_OBJECT
public:
    ReaderSuggestions(AppContext &context, ParagraphView &view, QWidget *panelParent);

    void load(qint64 importedArticleId);

    ArticleSuggestions *suggestions() const { return m_suggestions; }
    SuggestionMarker *marker() const { return m_marker; }
    SuggestedFiguresPanel *panel() const { return m_panel; }

private:
    ArticleSuggestions *m_suggestions;
    SuggestionMarker *m_marker;
    FigureCard *m_card;
    EventCard *m_eventCard;
    SuggestedFiguresPanel *m_panel;
};

} // namespace tigerscope
