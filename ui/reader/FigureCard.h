#pragma once

#include "SuggestionCard.h"

namespace tigerscope {

class SuggestionListModel;

/// The small card a click on a figure in the reader opens: what the figure is when the dataset
/// records it (metric, value, date, a link to its company), else the suggestion with Add as
/// figure — which opens the figure dialog filled in — and Dismiss.
class FigureCard : public SuggestionCardFor<FigureSuggestion>
{
    Q_OBJECT
public:
    FigureCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

private:
    void fill() override;
    void add() override;

    SuggestionListModel *m_format; ///< one row: how a figure reads, as in the panel
    QPushButton *m_company;
};

} // namespace tigerscope
