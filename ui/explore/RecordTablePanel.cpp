#include "RecordTablePanel.h"

#include "AppContext.h"
#include "ButtonRow.h"
#include "CitationOpener.h"
#include "Database.h"
#include "ElasticColumn.h"
#include "EventTableModel.h"
#include "LanguageManager.h"
#include "ObservationTableModel.h"
#include "TableExport.h"
#include "UserDataController.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

RecordTablePanel::RecordTablePanel(AppContext &context, Kind kind, QWidget *parent)
    : ContextWidget(context, parent)
    , m_kind(kind)
    , m_view(new QTableView(this))
{
    PagedQueryModel *tableModel = nullptr;
    if (kind == Kind::Figures) {
        m_figures = new ObservationTableModel(context.database().connection(), this);
        // Nothing to show before setCompany(): sorting every row of a large database first would
        // only delay the page.
        m_figures->setSuspended(true);
        m_figures->setLanguage(context.language());
        m_figures->sort(ObservationTableModel::MetricColumn);
        tableModel = m_figures;
        connect(&context.languages(), &LanguageManager::languageChanged, m_figures,
                &ObservationTableModel::setLanguage);
    } else {
        m_events = new EventTableModel(context.database().connection(), this);
        m_events->setSuspended(true);
        m_events->setLanguage(context.language());
        tableModel = m_events;
        connect(&context.languages(), &LanguageManager::languageChanged, m_events, &EventTableModel::setLanguage);
    }
    // The columns fit the texts of the language now shown.
    connect(&context.languages(), &LanguageManager::languageChanged, this, [this] { setCompany(m_company); });
    m_view->setObjectName(u"recordTable"_s);
    m_view->setModel(tableModel);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(kind == Kind::Figures ? int(ObservationTableModel::MetricColumn)
                                                                       : int(EventTableModel::DateColumn),
                                                 kind == Kind::Figures ? Qt::AscendingOrder : Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);

    // Where a row comes from (yours or the dataset) stands next to the value. The longest texts —
    // a figure's source, what an event was — take the width the other columns leave.
    QHeaderView *header = m_view->horizontalHeader();
    if (kind == Kind::Figures) {
        header->moveSection(header->visualIndex(ObservationTableModel::OriginColumn),
                            ObservationTableModel::DateColumn + 1);
        header->moveSection(header->visualIndex(ObservationTableModel::SourceColumn), header->count() - 1);
        m_elastic = new ElasticColumn(header, ObservationTableModel::SourceColumn, 140);
    } else {
        header->moveSection(header->visualIndex(EventTableModel::OriginColumn), EventTableModel::KindColumn + 1);
        m_elastic = new ElasticColumn(header, EventTableModel::SummaryColumn, 240);
    }

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &RecordTablePanel::deleteRecord);
    m_view->addAction(deleteAction);
    auto *editAction = new QAction(this);
    editAction->setShortcut(Qt::Key_F2);
    editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(editAction, &QAction::triggered, this, &RecordTablePanel::editRecord);
    m_view->addAction(editAction);

    auto *buttons = new ButtonRow;
    m_add = buttons->add(this, &RecordTablePanel::addRecord);
    m_edit = buttons->add(this, &RecordTablePanel::editRecord);
    m_delete = buttons->add(this, &RecordTablePanel::deleteRecord);
    buttons->addStretch();
    m_export = buttons->add(this, &RecordTablePanel::exportTable, u"exportCsv"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::activated, this, [this] {
        if (m_kind == Kind::Figures)
            CitationOpener::openObservation(m_context, currentId(), this);
        else
            CitationOpener::openEvent(m_context, currentId(), this);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordTablePanel::updateButtons);
    connect(tableModel, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT rowCountChanged(rowCount());
    });
    connect(tableModel, &QAbstractItemModel::rowsInserted, this, [this] { Q_EMIT rowCountChanged(rowCount()); });
    connect(&context, &AppContext::dataChanged, tableModel, &PagedQueryModel::reload);
    retranslate();
    updateButtons();
}

PagedQueryModel *RecordTablePanel::model() const
{
    return m_figures ? static_cast<PagedQueryModel *>(m_figures) : m_events;
}

int RecordTablePanel::rowCount() const
{
    return model()->matchingRowCount();
}

void RecordTablePanel::setCompany(const QString &companyId)
{
    m_company = companyId;
    if (m_figures)
        m_figures->setCompanyFilter(companyId);
    else
        m_events->setCompanyFilter(companyId);
    model()->setSuspended(false);
    // On a company's page its name in every row says nothing.
    m_view->setColumnHidden(m_figures ? int(ObservationTableModel::CompanyColumn) : int(EventTableModel::CompanyColumn),
                            !companyId.isEmpty());
    m_view->resizeColumnsToContents();
    // A long metric name or summary should not push the values and sources off screen.
    for (int column = 0; column < model()->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 220));
    m_elastic->fit();
}

void RecordTablePanel::retranslate()
{
    const bool figures = m_kind == Kind::Figures;
    m_add->setText(figures ? tr("&Add Figure…") : tr("Add &Event…"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit your own figure or event (F2)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete your own figure or event (Del); Edit ▸ Undo brings it back"));
    m_export->setText(tr("Export as CSV…"));
    m_view->setToolTip(tr("Enter or double-click: open the source"));
}

qint64 RecordTablePanel::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return -1;
    return m_figures ? m_figures->observationId(index.row()) : m_events->eventId(index.row());
}

QString RecordTablePanel::currentOrigin() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    return index.data(m_figures ? int(ObservationTableModel::OriginKeyRole) : int(EventTableModel::OriginKeyRole))
        .toString();
}

void RecordTablePanel::updateButtons()
{
    const bool writable = !m_context.database().isReadOnly();
    const bool selected = m_view->currentIndex().isValid();
    m_add->setEnabled(writable);
    // Shipped rows stay selectable: pressing Edit says why they cannot change.
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected && currentOrigin() == "user"_L1);
}

void RecordTablePanel::addRecord()
{
    auto &controller = m_context.userData();
    if (m_figures)
        controller.addObservation(this, m_company);
    else
        controller.addEvent(this, m_company);
}

void RecordTablePanel::editRecord()
{
    changeCurrent(&UserDataController::editObservation, &UserDataController::editEvent);
}

void RecordTablePanel::deleteRecord()
{
    changeCurrent(&UserDataController::deleteObservation, &UserDataController::deleteEvent);
}

void RecordTablePanel::changeCurrent(RecordChange figure, RecordChange event)
{
    const qint64 id = currentId();
    if (id >= 0)
        (m_context.userData().*(m_figures ? figure : event))(this, id);
}

void RecordTablePanel::exportTable()
{
    const QString name
        = (m_figures ? u"figures"_s : u"events"_s) + (m_company.isEmpty() ? QString() : u"-"_s + m_company);
    if (m_figures)
        TableExport::exportObservations(m_context, m_view, m_figures, name);
    else
        TableExport::exportEvents(m_context, m_view, m_events, name);
}

} // namespace tigerscope
