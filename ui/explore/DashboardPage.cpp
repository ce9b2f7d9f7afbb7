#include "DashboardPage.h"

#include "AppContext.h"
#include "CitationOpener.h"
#include "Database.h"
#include "DateFormatter.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "LatestFigures.h"
#include "MetricChartBuilder.h"
#include "NameCollator.h"
#include "NumberFormatter.h"
#include "PackedCitation.h"
#include "SmallChartWidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

const QStringList &dashboardGroups()
{
    static const QStringList groups = {u"tiger"_s, u"giant"_s, u"other"_s};
    return groups;
}

constexpr int IdRole = Qt::UserRole;
constexpr int KeyFigureCount = 10;
constexpr int LatestEventCount = 10;
constexpr int ChartCount = 3;

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

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_figuresTitle(nullptr)
    , m_eventsTitle(nullptr)
    , m_chartsTitle(nullptr)
    , m_figures(nullptr)
    , m_events(nullptr)
{
    setObjectName(u"dashboardPage"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *layout = new QVBoxLayout(content);
    auto *groups = new QHBoxLayout;
    for (int i = 0; i < dashboardGroups().size(); ++i) {
        auto *column = new QVBoxLayout;
        QLabel *title = makeTitle(content);
        auto *list = new QLabel(content);
        list->setWordWrap(true);
        list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        list->setTextFormat(Qt::RichText);
        list->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(list, &QLabel::linkActivated, this,
                [this](const QString &id) { Q_EMIT m_context.companyRequested(id); });
        column->addWidget(title);
        column->addWidget(list, 1);
        groups->addLayout(column, 1);
        m_groupTitles.append(title);
        m_groupLists.append(list);
    }
    layout->addLayout(groups);

    m_chartsTitle = makeTitle(content);
    layout->addWidget(m_chartsTitle);
    auto *charts = new QHBoxLayout;
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new SmallChartWidget(content);
        chart->setMinimumHeight(240);
        connect(chart, &SmallChartWidget::clicked, this,
                [this, i] { Q_EMIT chartsRequested(m_chartMetrics.value(i)); });
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

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    for (int i = 0; i < dashboardGroups().size(); ++i)
        m_groupTitles.at(i)->setText(Labels::group(dashboardGroups().at(i)));
    m_figuresTitle->setText(tr("Latest key figures"));
    m_eventsTitle->setText(tr("Latest events"));
    m_chartsTitle->setText(tr("At a glance — click a chart to open the charts"));
    m_figures->setHeaderLabels({tr("Company"), tr("Figure"), tr("Value"), tr("As of"), tr("Source")});
    m_events->setHeaderLabels({tr("Date"), tr("Company"), tr("What happened"), tr("Source")});
    m_figures->setToolTip(tr("Enter or double-click: open the source"));
    m_events->setToolTip(tr("Enter or double-click: open the source"));
}

void DashboardPage::reload()
{
    showGroups();
    showFigures();
    showEvents();
    showCharts();
}

void DashboardPage::showGroups()
{
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    QHash<QString, QList<std::pair<QString, QString>>> byGroup; // group -> (label, id)
    QSqlQuery query(m_context.database().connection());
    query.exec(u"SELECT id, name_zh, name_en, grp, (SELECT count(*) FROM all_observations o WHERE o.company_id = c.id) "
               "+ (SELECT count(*) FROM all_events e WHERE e.company_id = c.id) FROM all_companies c"_s);
    while (query.next()) {
        const QString first = query.value(chinese ? 1 : 2).toString();
        const QString second = query.value(chinese ? 2 : 1).toString();
        QString label = first.toHtmlEscaped();
        if (!second.isEmpty() && second != first)
            label += u" <span style='color:gray'>%1</span>"_s.arg(second.toHtmlEscaped());
        byGroup[query.value(3).toString()].append({label, query.value(0).toString()});
    }
    const NameCollator collator(language);
    for (int i = 0; i < dashboardGroups().size(); ++i) {
        auto entries = byGroup.value(dashboardGroups().at(i));
        std::sort(entries.begin(), entries.end(),
                  [&](const auto &a, const auto &b) { return collator(a.first, b.first); });
        QStringList links;
        for (const auto &[label, id] : std::as_const(entries))
            links.append(u"<a href='%1' style='text-decoration:none'>%2</a>"_s.arg(id, label));
        // The long list of other players flows as a paragraph; the two short ones stay a list.
        m_groupLists.at(i)->setText(links.join(dashboardGroups().at(i) == "other"_L1 ? u" · "_s : u"<br>"_s));
    }
}

void DashboardPage::showFigures()
{
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    m_figures->clear();
    // The newest figures of the tigers and giants, the user's included.
    QSqlQuery query(m_context.database().connection());
    query.prepare(
        u"SELECT o.id, c.name_zh, c.name_en, m.label_zh, m.label_en, m.unit, o.value, o.value_high, "
        "o.qualifier, o.currency, o.as_of, o.as_of_precision, o.status, "
        "(SELECT "_s
        + PackedCitation::sql()
        + u" FROM all_citations ci "
          " WHERE ci.observation_id = o.id ORDER BY ci.lang = ? DESC, ci.id LIMIT 1) "
          "FROM all_observations o JOIN all_companies c ON c.id = o.company_id "
          "JOIN all_metrics m ON m.key = o.metric_key WHERE c.grp IN ('tiger', 'giant') AND o.as_of IS NOT NULL "
          "ORDER BY o.as_of DESC, o.id DESC LIMIT ?"_s);
    query.addBindValue(chinese ? u"zh"_s : u"en"_s);
    query.addBindValue(KeyFigureCount);
    query.exec();
    const ArticleRepository articles(m_context.database().connection());
    while (query.next()) {
        const QString value = NumberFormatter::formatValue(
            query.value(6).toDouble(), query.value(7).isNull() ? qQNaN() : query.value(7).toDouble(),
            Vocabulary::fromKey(query.value(8).toString(), Qualifier::Exact),
            Vocabulary::fromKey(query.value(5).toString(), Unit::Count), query.value(9).toString(), language);
        auto *item = new QTreeWidgetItem(
            m_figures,
            {query.value(chinese ? 1 : 2).toString(), query.value(chinese ? 3 : 4).toString(), value,
             DateFormatter::format(query.value(10).toString(), query.value(11).toString(), language),
             PackedCitation::text(query.value(13), articles, language)});
        item->setData(0, IdRole, query.value(0));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (query.value(12).toString() != "reported"_L1) {
            QFont font = item->font(2);
            font.setItalic(true);
            item->setFont(2, font);
            item->setToolTip(2, Labels::status(query.value(12).toString()));
        }
    }
    for (int column = 0; column < 4; ++column)
        m_figures->resizeColumnToContents(column);
}

void DashboardPage::showEvents()
{
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    m_events->clear();
    QSqlQuery query(m_context.database().connection());
    query.prepare(u"SELECT e.id, e.date, e.date_precision, c.name_zh, c.name_en, e.summary_zh, e.summary_en, "
                  "(SELECT "_s
                  + PackedCitation::sql()
                  + u" FROM all_citations ci "
                    " WHERE ci.event_id = e.id ORDER BY ci.lang = ? DESC, ci.id LIMIT 1) "
                    "FROM all_events e LEFT JOIN all_companies c ON c.id = e.company_id WHERE e.date IS NOT NULL "
                    "ORDER BY e.date DESC, e.id DESC LIMIT ?"_s);
    query.addBindValue(chinese ? u"zh"_s : u"en"_s);
    query.addBindValue(LatestEventCount);
    query.exec();
    const ArticleRepository articles(m_context.database().connection());
    while (query.next()) {
        QString summary = query.value(chinese ? 5 : 6).toString();
        if (summary.isEmpty())
            summary = query.value(chinese ? 6 : 5).toString();
        auto *item = new QTreeWidgetItem(
            m_events,
            {DateFormatter::format(query.value(1).toString(), query.value(2).toString(), language),
             query.value(chinese ? 3 : 4).toString(), summary,
             PackedCitation::text(query.value(7), articles, language)});
        item->setData(0, IdRole, query.value(0));
        item->setToolTip(2, summary);
    }
    for (int column = 0; column < 2; ++column)
        m_events->resizeColumnToContents(column);
    m_events->setColumnWidth(2, std::max(220, m_events->width() / 2));
}

void DashboardPage::showCharts()
{
    QSqlDatabase db = m_context.database().connection();
    m_chartMetrics = MetricChartBuilder::widestMetrics(db, 2, ChartCount);
    for (int i = 0; i < m_charts.size(); ++i) {
        if (i < m_chartMetrics.size()) {
            ChartSpec spec = MetricChartBuilder::build(db, m_chartMetrics.at(i), {}, m_context.language());
            spec.sources.clear(); // the full chart carries them; a small one has no room
            m_charts.at(i)->setSpec(spec);
            m_charts.at(i)->setToolTip(tr("Open the charts"));
            m_charts.at(i)->show();
        } else {
            m_charts.at(i)->hide();
        }
    }
}

} // namespace tigerscope
