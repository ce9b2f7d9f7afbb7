#pragma once

#include "ArticleSuggestions.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tigerscope {

class AppContext;

/// The frame of the small cards a click on a mark in the reader opens: a title (what is printed),
/// a body, and a row of buttons ending in Dismiss and the add button. Each button hides the card
/// and does what the card says with the suggestion shown.
class SuggestionCard : public QFrame
{
    Q_OBJECT
public:
    SuggestionCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

    QString text() const;

protected:
    /// Fills the card for its suggestion and shows it, sized to what it holds, just below globalPos.
    void popUpAt(const QPoint &globalPos);
    /// The row of buttons, for a card to put its own before Dismiss.
    QHBoxLayout *buttonRow() const { return m_buttons; }

    /// Sets every text of the card for the suggestion it shows.
    virtual void fill() = 0;
    /// What the add button does with the suggestion shown (the card is already hidden).
    virtual void add() = 0;
    /// What Dismiss does with the suggestion shown (the card hides afterwards).
    virtual void dismiss() = 0;

    AppContext &m_context;
    ArticleSuggestions &m_suggestions;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_add;
    QPushButton *m_dismiss;

private:
    QHBoxLayout *m_buttons;
};

/// A card for one kind of suggestion (a figure, an event): keeps the one it shows, which Dismiss
/// dismisses for good.
template<typename Suggestion>
class SuggestionCardFor : public SuggestionCard
{
public:
    using SuggestionCard::SuggestionCard;

    /// Shows the card for a suggestion near globalPos.
    void showFor(const Suggestion &suggestion, const QPoint &globalPos)
    {
        m_suggestion = suggestion;
        popUpAt(globalPos);
    }
    const Suggestion &suggestion() const { return m_suggestion; }

protected:
    void dismiss() override { m_suggestions.dismiss(m_suggestion); }

    Suggestion m_suggestion;
};

} // namespace tigerscope
