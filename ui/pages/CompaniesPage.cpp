#include "CompaniesPage.h"

#include "AppContext.h"
#include "CompanyTableModel.h"
#include "Database.h"
#include "Labels.h"
#include "LanguageManager.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

CompaniesPage::CompaniesPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CompanyTableModel(context.database().connection(), this))
    , m_filter(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_model->setLanguage(context.language());
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"companyFilter"_s);
    m_view->setObjectName(u"companyTable"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CompanyTableModel::GroupColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_group);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &CompanyTableModel::setTextFilter);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGroupFilter(m_group->currentData().toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CompaniesPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit m_context.companyRequested(m_model->companyId(index.row()));
    });
    connect(&context.languages(), &LanguageManager::languageChanged, m_model, &CompanyTableModel::setLanguage);
    connect(&context, &AppContext::dataChanged, m_model, &CompanyTableModel::reload);

    retranslate();
    m_view->resizeColumnsToContents();
}

void CompaniesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompaniesPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by any name or alias, 中文 or English…"));
    const QString current = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const QString &key : Labels::groupKeys())
        m_group->addItem(Labels::group(key), key);
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
    updateCount();
}

void CompaniesPage::updateCount()
{
    m_count->setText(tr("%n companies", nullptr, m_model->rowCount()));
}

} // namespace tigerscope
