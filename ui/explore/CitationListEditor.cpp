#include "CitationListEditor.h"

#include "AppContext.h"
#include "ArticleRepository.h"
#include "ButtonRow.h"
#include "CitationChooserDialog.h"
#include "CitationFormatter.h"
#include "Database.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

CitationListEditor::CitationListEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
{
    m_list->setMaximumHeight(96);
    auto *buttons = new ButtonRow(QBoxLayout::TopToBottom);
    buttons->add(this, &CitationListEditor::addCitation)->setText(tr("Add &Source…"));
    m_edit = buttons->add(this, &CitationListEditor::editCitation);
    m_edit->setText(tr("&Edit…"));
    m_remove = buttons->add(this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0) {
            m_citations.removeAt(row);
            refresh();
        }
    });
    m_remove->setText(tr("&Remove"));
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::itemActivated, this, &CitationListEditor::editCitation);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    refresh();
}

QString CitationListEditor::describe(const CitationRecord &citation, AppContext &context)
{
    if (!citation.isArticle())
        return citation.reference;
    const ArticleRepository articles(context.database().connection());
    QString text = CitationFormatter::shortForm(citation, articles.article(citation.articleKey), context.language());
    if (!citation.printed.isEmpty())
        text += u" “%1”"_s.arg(citation.printed);
    return text;
}

void CitationListEditor::setCitations(const QList<CitationRecord> &citations)
{
    m_citations = citations;
    refresh();
}

void CitationListEditor::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const CitationRecord &citation : std::as_const(m_citations))
        m_list->addItem(describe(citation, m_context));
    m_list->setCurrentRow(std::min(current, int(m_citations.size()) - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    Q_EMIT citationsChanged();
}

void CitationListEditor::addCitation()
{
    CitationChooserDialog dialog(m_context, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_citations.append(dialog.record());
    refresh();
    m_list->setCurrentRow(int(m_citations.size()) - 1);
}

void CitationListEditor::editCitation()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    CitationChooserDialog dialog(m_context, m_citations.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_citations[row] = dialog.record();
    refresh();
}

} // namespace tigerscope
