#include "SuggestedFiguresPanel.h"

#include "AppContext.h"
#include "ArticleSuggestions.h"
#include "ButtonRow.h"
#include "Database.h"
#include "LanguageManager.h"
#include "SuggestionListModel.h"
#include "TextAndToolTip.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

SuggestedFiguresPanel::SuggestedFiguresPanel(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent)
    : Retranslating(parent)
    , m_context(context)
    , m_suggestions(suggestions)
    , m_model(new SuggestionListModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"suggestedFiguresPanel"_s);
    m_view->setObjectName(u"suggestedFiguresTable"_s);
    m_model->setNames(context.database().connection());
    m_model->setLanguage(context.language());
    connect(&context.languages(), &LanguageManager::languageChanged, m_model, &SuggestionListModel::setLanguage);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *buttons = new ButtonRow;
    // Each button acts on the suggestion chosen in the table, when one is.
    const auto onChosen = [this](auto act) {
        return [this, act] {
            if (currentRow() >= 0)
                act(m_model->suggestion(currentRow()));
        };
    };
    m_accept = buttons->add(this, onChosen([this](const FigureSuggestion &s) { m_suggestions.accept(this, s); }),
                            u"acceptSuggestion"_s);
    m_edit = buttons->add(this, onChosen([this](const FigureSuggestion &s) { m_suggestions.edit(this, s); }),
                          u"editSuggestion"_s);
    m_dismiss = buttons->add(this, onChosen([this](const FigureSuggestion &s) { m_suggestions.dismiss(s); }),
                             u"dismissSuggestion"_s);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(&suggestions, &ArticleSuggestions::changed, this, &SuggestedFiguresPanel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        if (currentRow() >= 0)
            Q_EMIT suggestionChosen(m_model->suggestion(currentRow()));
    });
    retranslate();
    reload();
}

int SuggestedFiguresPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SuggestedFiguresPanel::reload()
{
    const int row = currentRow();
    m_model->setSuggestions(m_suggestions.open());
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
    m_view->resizeColumnsToContents();
    retranslate();
    updateButtons();
}

void SuggestedFiguresPanel::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    m_accept->setEnabled(chosen);
    m_edit->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
}

void SuggestedFiguresPanel::retranslate()
{
    m_title->setText(tr("Suggested figures (%1)").arg(m_model->rowCount()));
    setTextAndToolTip(m_accept, tr("&Accept"), tr("Save the suggested figure as it is, with its citation"));
    setTextAndToolTip(m_edit, tr("&Edit…"), tr("Open the figure dialog filled in with the suggestion"));
    setTextAndToolTip(m_dismiss, tr("&Dismiss"), tr("Hide this suggestion for this article"));
}

} // namespace tigerscope
