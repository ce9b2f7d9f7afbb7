#include "CompaniesPage.h"

#include "AppContext.h"
#include "CompanyTableModel.h"
#include "Database.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "explore/ChoiceLists.h"
#include "explore/CompanyPage.h"
#include "explore/CompareDialog.h"
#include "explore/SearchBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

CompaniesPage::CompaniesPage(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_model(new CompanyTableModel(context.database().connection(), this))
    , m_search(new SearchBox(context, this))
    , m_compare(new QPushButton(this))
    , m_filter(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_page(new CompanyPage(context, this))
{
    m_model->setObjectName(u"companyTableModel"_s);
    m_model->setLanguage(context.language());
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"companyFilter"_s);
    m_kind->setObjectName(u"companiesKind"_s);
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
    // The counts stand beside the names, so the list shows them without scrolling.
    m_view->horizontalHeader()->moveSection(CompanyTableModel::FiguresColumn, CompanyTableModel::GroupColumn);
    m_view->horizontalHeader()->moveSection(CompanyTableModel::EventsColumn, CompanyTableModel::GroupColumn + 1);
    m_splitter->setObjectName(u"companiesSplitter"_s);

    auto *left = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_group);
    filters->addWidget(m_kind);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 800});

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_filter, &QLineEdit::textChanged, m_model, &CompanyTableModel::setTextFilter);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGroupFilter(m_group->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKindFilter(m_kind->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::updateCount);
    // Queued: the view and its selection model finish their own reset first.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::keepSelectionVisible, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CompaniesPage::updateCount);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT m_context.companyRequested(m_model->companyId(index.row())); });
    // Moving through the list with the keyboard shows each company as it goes.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_page->setCompany(m_model->companyId(current.row()));
                    saveState();
                }
            });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        CompareDialog::showFor(m_context, this,
                               m_page->companyId().isEmpty() ? QStringList() : QStringList{m_page->companyId()});
    });
    connect(m_page, &CompanyPage::compareRequested, this,
            [this](const QString &id) { CompareDialog::showFor(m_context, this, {id}); });
    // Its own search answers at once; requests from elsewhere come through MainWindow.
    connect(m_search, &SearchBox::companyChosen, this, &CompaniesPage::showCompany);
    connect(&context.languages(), &LanguageManager::languageChanged, m_model, &CompanyTableModel::setLanguage);
    connect(&context.languages(), &LanguageManager::languageChanged, this, &CompaniesPage::fitColumns);
    connect(&context, &AppContext::dataChanged, m_model, &CompanyTableModel::reload);

    retranslate();
    const Settings &settings = context.settings();
    ChoiceLists::select(m_group, settings.value(SettingKeys::CompaniesGroup));
    ChoiceLists::select(m_kind, settings.value(SettingKeys::CompaniesKind));
    m_filter->setText(settings.value(SettingKeys::CompaniesFilter));
    fitColumns();
    // Wide enough for the names and counts, unless the user has set the divider.
    m_splitter->setSizes({listWidth(), 1000});
    m_splitter->restoreState(settings.value(SettingKeys::CompaniesSplitter));
    const QString company = settings.value(SettingKeys::CompaniesCurrent);
    showCompany(company.isEmpty() && m_model->rowCount() > 0 ? m_model->companyId(0) : company);
}

CompaniesPage::~CompaniesPage()
{
    saveState();
}

void CompaniesPage::saveState() const
{
    Settings &settings = m_context.settings();
    settings.setValue(SettingKeys::CompaniesSplitter, m_splitter->saveState());
    settings.setValue(SettingKeys::CompaniesGroup, m_group->currentData().toString());
    settings.setValue(SettingKeys::CompaniesKind, m_kind->currentData().toString());
    settings.setValue(SettingKeys::CompaniesFilter, m_filter->text());
    settings.setValue(SettingKeys::CompaniesCurrent, m_page->companyId());
}

void CompaniesPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // A long official name must not push the counts out of sight: it shows elided.
    for (int column : {int(CompanyTableModel::NameColumn), int(CompanyTableModel::OtherNameColumn)})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 200));
}

int CompaniesPage::listWidth() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int column : {CompanyTableModel::NameColumn, CompanyTableModel::OtherNameColumn,
                       CompanyTableModel::FiguresColumn, CompanyTableModel::EventsColumn})
        width += header->sectionSize(column);
    return width;
}

QString CompaniesPage::currentCompanyId() const
{
    return m_page->companyId();
}

void CompaniesPage::showCompany(const QString &companyId)
{
    if (companyId.isEmpty())
        return;
    int row = m_model->rowOfCompany(companyId);
    if (row < 0) {
        m_filter->clear();
        m_group->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        row = m_model->rowOfCompany(companyId);
    }
    m_page->setCompany(companyId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    saveState();
}

void CompaniesPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by any name or alias, 中文 or English…"));
    m_compare->setText(tr("&Compare…"));
    m_compare->setToolTip(tr("Compare companies side by side (Ctrl+Shift+M)"));
    ChoiceLists::fillKeys(m_group, Labels::groupKeys(), &Labels::group, tr("All groups"));
    ChoiceLists::fillKeys(m_kind, Labels::organisationKindKeys(), &Labels::organisationKind, tr("All kinds"));
    updateCount();
}

void CompaniesPage::keepSelectionVisible()
{
    // A filter that hides the company shown moves to the first one it still lists.
    if (m_page->companyId().isEmpty())
        return; // still being built: the remembered company comes next
    if (m_model->rowCount() == 0) {
        m_view->clearSelection();
        return;
    }
    const int row = m_model->rowOfCompany(m_page->companyId());
    if (row >= 0) {
        m_view->selectRow(row);
        return;
    }
    m_view->selectRow(0);
    m_page->setCompany(m_model->companyId(0));
}

void CompaniesPage::updateCount()
{
    m_count->setText(tr("%n organisation(s)", nullptr, m_model->rowCount()));
}

} // namespace tigerscope
