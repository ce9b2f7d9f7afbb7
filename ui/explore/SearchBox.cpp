#include "SearchBox.h"

#include "AppContext.h"
#include "Database.h"
#include "LanguageManager.h"
#include "SearchModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace tigerscope {

SearchBox::SearchBox(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_model(new SearchModel(context.database().connection(), this))
    , m_completer(new QCompleter(m_model, this))
{
    setObjectName(u"searchBox"_s);
    setClearButtonEnabled(true);
    m_model->setLanguage(context.language());
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &SearchBox::choose);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_model->setQuery(text());
        if (m_model->rowCount() > 0)
            choose(m_model->index(0));
    });
    connect(&context.languages(), &LanguageManager::languageChanged, m_model, &SearchModel::setLanguage);
    retranslate();
}

void SearchBox::retranslate()
{
    setPlaceholderText(tr("Search companies and people: 月之暗面, Moonshot, Kimi…"));
    setToolTip(tr("Find a company or a person by any name or alias, in Chinese or English (Ctrl+F)"));
}

void SearchBox::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString companyId = index.data(SearchModel::CompanyIdRole).toString();
    if (companyId.isEmpty())
        return;
    Q_EMIT companyChosen(companyId);
    Q_EMIT m_context.companyRequested(companyId);
}

} // namespace tigerscope
