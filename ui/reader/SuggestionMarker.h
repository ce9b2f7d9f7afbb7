#pragma once

#include <QObject>
#include <QPoint>
#include <QTimer>

namespace tigerscope {

class ArticleSuggestions;
class ParagraphView;
struct EventSuggestion;
struct FigureSuggestion;

/// Marks every figure the suggester recognises in the reader (dotted underline; solid once the
/// dataset records it) and the cue word of every suggested event (wavy underline), and reports a
/// click on one, or a text selection over a figure.
class SuggestionMarker : public QObject
{
    Q_OBJECT
public:
    SuggestionMarker(ParagraphView &view, ArticleSuggestions &suggestions, QObject *parent = nullptr);

    /// The link scheme of a marked figure: "tigerscope-figure:N", N its index in all().
    static QString scheme();
    /// The link scheme of a marked event cue: "tigerscope-event:N", N its index in events().
    static QString eventScheme();
    /// The marks applied in the document (for tests): how many figures are marked.
    int markedCount() const { return m_marked; }
    int markedEventCount() const { return m_markedEvents; }

Q_SIGNALS:
    void figureActivated(const FigureSuggestion &suggestion, const QPoint &globalPos);
    void eventActivated(const EventSuggestion &event, const QPoint &globalPos);

private:
    void mark();
    void markEvents();
    void selectionSettled();

    ParagraphView &m_view;
    ArticleSuggestions &m_suggestions;
    QTimer m_selectionTimer;
    int m_marked = 0;
    int m_markedEvents = 0;
};

} // namespace tigerscope
