#pragma once

#include "Retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tigerscope {

class AppContext;
class ArticleSuggestions;
class SuggestionListModel;
struct FigureSuggestion;

/// "Suggested figures": every figure of the open article the dataset does not record and the
/// person has not dismissed, with Accept (saved at once when complete, else the dialog), Edit
/// (the dialog filled in) and Dismiss (for good, per article).
class SuggestedFiguresPanel : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    SuggestedFiguresPanel(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent = nullptr);

    SuggestionListModel *model() const { return m_model; }

Q_SIGNALS:
    /// The person chose a suggestion: the reader shows where it is printed.
    void suggestionChosen(const FigureSuggestion &suggestion);

private:
    void reload();
    void retranslate() override;
    void updateButtons();
    int currentRow() const;

    AppContext &m_context;
    ArticleSuggestions &m_suggestions;
    SuggestionListModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    QPushButton *m_accept = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace tigerscope
