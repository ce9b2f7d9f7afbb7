#include "DashboardPage.h"

#include "AppContext.h"
#include "ChartCatalogue.h"
#include "CitationOpener.h"
#include "DashboardRepository.h"
#include "Database.h"
#include "ElasticColumn.h"
#include "ImportBanner.h"
#include "Labels.h"
#include "LandscapeExport.h"
#include "LandscapeTableModel.h"
#include "LanguageManager.h"
#include "SmallChartWidget.h"
#include "SortKeyProxyModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int KeyFigureCount = 10;
constexpr int LatestEventCount = 10;
// The latest events' columns: what happened takes the width the others leave.
constexpr int WhatColumn = 2;
constexpr int SourceColumn = 3;
constexpr int SourceWidth = 160; ///< a source's title is cut here; its tool tip gives it whole

QTreeWidget *makeList(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setMinimumHeight(220);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QTableView *makeLandscapeView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(u"dashboardLandscape"_s);
    view->setSortingEnabled(true);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMouseTracking(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return view;
}

} // namespace

QStringList DashboardPage::chartIds()
{
    return {u"financing"_s, u"users"_s, u"executive-departures"_s};
}

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_banner(nullptr)
    , m_landscapeTitle(nullptr)
    , m_export(nullptr)
    , m_landscape(nullptr)
    , m_landscapeModel(new LandscapeTableModel(context.database().connection(), this))
    , m_landscapeSorted(new SortKeyProxyModel(this))
    , m_figuresTitle(nullptr)
    , m_eventsTitle(nullptr)
    , m_chartsTitle(nullptr)
    , m_figures(nullptr)
    , m_events(nullptr)
{
    setObjectName(u"dashboardPage"_s);
    m_landscapeModel->setObjectName(u"landscapeModel"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_banner = new ImportBanner(context, content);
    connect(m_banner, &ImportBanner::importRequested, this, &DashboardPage::importRequested);
    layout->addWidget(m_banner);

    auto *landscapeBar = new QHBoxLayout;
    m_landscapeTitle = makeTitle(content);
    m_export = new QPushButton(content);
    m_export->setObjectName(u"dashboardExport"_s);
    landscapeBar->addWidget(m_landscapeTitle, 1);
    landscapeBar->addWidget(m_export);
    layout->addLayout(landscapeBar);
    m_landscapeSorted->setSourceModel(m_landscapeModel);
    m_landscapeSorted->setSortRole(LandscapeTableModel::SortRole);
    m_landscape = makeLandscapeView(content);
    m_landscape->setModel(m_landscapeSorted);
    m_landscape->sortByColumn(-1, Qt::AscendingOrder); // the mission's order until a header is clicked
    layout->addWidget(m_landscape);
    connect(m_landscape, &QTableView::clicked, this, &DashboardPage::openLandscapeCell);
    connect(m_landscape, &QTableView::activated, this, &DashboardPage::openLandscapeCell);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportLandscape);

    m_chartsTitle = makeTitle(content);
    layout->addWidget(m_chartsTitle);
    auto *charts = new QHBoxLayout;
    for (const QString &id : chartIds()) {
        auto *chart = new SmallChartWidget(content);
        chart->setObjectName(u"dashboardChart"_s);
        chart->setMinimumHeight(240);
        connect(chart, &SmallChartWidget::clicked, this, [this, id] { Q_EMIT chartRequested(id); });
        charts->addWidget(chart, 1);
        m_charts.append(chart);
    }
    layout->addLayout(charts);

    auto *lists = new QHBoxLayout;
    auto *figuresColumn = new QVBoxLayout;
    m_figuresTitle = makeTitle(content);
    m_figures = makeList(content);
    m_figures->setObjectName(u"dashboardFigures"_s);
    figuresColumn->addWidget(m_figuresTitle);
    figuresColumn->addWidget(m_figures);
    auto *eventsColumn = new QVBoxLayout;
    m_eventsTitle = makeTitle(content);
    m_events = makeList(content);
    m_events->setObjectName(u"dashboardEvents"_s);
    m_eventsWhat = new ElasticColumn(m_events->header(), WhatColumn, 220);
    eventsColumn->addWidget(m_eventsTitle);
    eventsColumn->addWidget(m_events);
    lists->addLayout(figuresColumn, 1);
    lists->addLayout(eventsColumn, 1);
    layout->addLayout(lists, 1);

    connect(m_figures, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        CitationOpener::openObservation(m_context, item->data(0, IdRole).toLongLong(), this);
    });
    connect(m_events, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        CitationOpener::openEvent(m_context, item->data(0, IdRole).toLongLong(), this);
    });
    connect(&context, &AppContext::dataChanged, this, &DashboardPage::reload);
    connect(&context.languages(), &LanguageManager::languageChanged, this, &DashboardPage::reload);
    retranslate();
    reload();
}

void DashboardPage::retranslate()
{
    m_landscapeTitle->setText(LandscapeExport::title());
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the table as CSV, PNG or PDF"));
    m_figuresTitle->setText(tr("Latest key figures"));
    m_eventsTitle->setText(tr("Latest events"));
    m_chartsTitle->setText(tr("At a glance — click a chart to open it"));
    m_figures->setHeaderLabels({tr("Company"), tr("Figure"), tr("Value"), tr("As of"), tr("Source")});
    m_events->setHeaderLabels({tr("Date"), tr("Company"), tr("What happened"), tr("Source")});
    m_figures->setToolTip(tr("Enter or double-click: open the source"));
    m_events->setToolTip(tr("Enter or double-click: open the source"));
}

void DashboardPage::reload()
{
    m_landscapeModel->setLanguage(m_context.language());
    m_landscape->resizeColumnsToContents();
    // Long texts wrap within a readable width rather than widen the table past the window.
    for (int column = LandscapeTableModel::FirstAspectColumn; column < LandscapeTableModel::ColumnCount; ++column)
        m_landscape->setColumnWidth(column, std::min(m_landscape->columnWidth(column), 260));
    showFigures();
    showEvents();
    showCharts();
}

void DashboardPage::openLandscapeCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.column() == LandscapeTableModel::CompanyColumn) {
        Q_EMIT m_context.companyRequested(index.data(LandscapeTableModel::CompanyIdRole).toString());
        return;
    }
    const QString key = index.data(LandscapeTableModel::CitationKeyRole).toString();
    const qint64 id = key.section(u':', 1).toLongLong();
    if (key.startsWith("obs:"_L1))
        CitationOpener::openObservation(m_context, id, this);
    else if (key.startsWith("event:"_L1))
        CitationOpener::openEvent(m_context, id, this);
}

void DashboardPage::exportLandscape()
{
    const QString message
        = LandscapeExport::exportInteractively(m_context.settings(), this, *m_landscapeSorted, *m_landscapeModel);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void DashboardPage::showFigures()
{
    m_figures->clear();
    const QList<DashboardEntry> entries
        = DashboardRepository(m_context.database().connection()).latestFigures(m_context.language(), KeyFigureCount);
    for (const DashboardEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_figures, {entry.company, entry.what, entry.value, entry.date, entry.source});
        item->setData(0, IdRole, entry.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (entry.status != "reported"_L1) {
            QFont font = item->font(2);
            font.setItalic(true);
            item->setFont(2, font);
            item->setToolTip(2, Labels::status(entry.status));
        }
    }
    for (int column = 0; column < 4; ++column)
        m_figures->resizeColumnToContents(column);
}

void DashboardPage::showEvents()
{
    m_events->clear();
    const QList<DashboardEntry> entries
        = DashboardRepository(m_context.database().connection()).latestEvents(m_context.language(), LatestEventCount);
    for (const DashboardEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_events, {entry.date, entry.company, entry.what, entry.source});
        item->setData(0, IdRole, entry.id);
        item->setToolTip(WhatColumn, entry.what);
        item->setToolTip(SourceColumn, entry.source);
    }
    for (int column = 0; column < WhatColumn; ++column)
        m_events->resizeColumnToContents(column);
    m_events->resizeColumnToContents(SourceColumn);
    m_events->setColumnWidth(SourceColumn, std::min(m_events->columnWidth(SourceColumn), SourceWidth));
    m_eventsWhat->fit();
}

void DashboardPage::showCharts()
{
    const Language language = m_context.language();
    const ChartCatalogue catalogue(m_context.database().connection());
    ChartOptions options;
    options.language = language;
    const QStringList ids = chartIds();
    for (int i = 0; i < m_charts.size(); ++i) {
        const QString &id = ids.at(i);
        ChartSpec spec = catalogue.build(id, options).spec;
        spec.sources.clear(); // the full chart carries them; a small one has no room
        m_charts.at(i)->setSpec(spec);
        m_charts.at(i)->setToolTip(tr("%1 — click to open this chart").arg(ChartCatalogue::title(id, language)));
    }
}

} // namespace tigerscope
