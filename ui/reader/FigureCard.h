#pragma once

#include "FigureSuggestion.h"

#include "SuggestionCard.h"

namespace tigerscope {

class AppContext;
class ArticleSuggestions;
class SuggestionListModel;

/// The small card a click on a figure in the reader opens: what the figure is when the dataset
/// records it (metric, value, date, a link to its company), else the suggestion with Add as
/// figure — which opens the figure dialog filled in — and Dismiss.
class FigureCard : public SuggestionCard
{
    Q_OBJECT
public:
    FigureCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

    /// Shows the card for a suggestion near globalPos.
    void showFor(const FigureSuggestion &suggestion, const QPoint &globalPos);
    const FigureSuggestion &suggestion() const { return m_suggestion; }

    QPushButton *companyButton() const { return m_company; }

private:
    void fill();

    AppContext &m_context;
    ArticleSuggestions &m_suggestions;
    SuggestionListModel *m_format; ///< one row: how a figure reads, as in the panel
    FigureSuggestion m_suggestion;
    QPushButton *m_company;
};

} // namespace tigerscope
