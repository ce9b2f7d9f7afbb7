#include "CompanyPage.h"

#include "ConflictList.h"

#include "AppContext.h"
#include "CitationOpener.h"
#include "CompanyRepository.h"
#include "ConflictReport.h"
#include "Database.h"
#include "DateFormatter.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "MetricChartBuilder.h"
#include "RecordTablePanel.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SmallChartWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

enum Tab { FiguresTab, EventsTab, PeopleTab, MentionsTab, ChartsTab };
constexpr int CitationIndexRole = Qt::UserRole + 1;

QString period(const PartialDate &start, const PartialDate &end, Language language)
{
    auto format = [language](const PartialDate &date) {
        return DateFormatter::format(date.toIso(), date.precisionName(), language);
    };
    if (!start.isValid() && !end.isValid())
        return {};
    if (!end.isValid())
        return format(start) + u" –"_s;
    if (!start.isValid())
        return u"– "_s + format(end);
    return format(start) + u" – "_s + format(end);
}

} // namespace

CompanyPage::CompanyPage(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_figures(new RecordTablePanel(context, RecordTablePanel::Kind::Figures, this))
    , m_events(new RecordTablePanel(context, RecordTablePanel::Kind::Events, this))
    , m_people(new QTreeWidget(this))
    , m_mentions(new QListWidget(this))
    , m_chartList(new QListWidget(this))
    , m_chart(new SmallChartWidget(this))
    , m_conflicts(new ConflictList(this))
{
    setObjectName(u"companyPage"_s);
    m_figures->setObjectName(u"companyFigures"_s);
    m_events->setObjectName(u"companyEvents"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_people->setColumnCount(4);
    m_people->setRootIsDecorated(false);
    m_people->setAlternatingRowColors(true);
    m_mentions->setWordWrap(true);
    m_mentions->setAlternatingRowColors(true);
    m_mentions->setObjectName(u"mentions"_s);
    m_chartList->setObjectName(u"companyCharts"_s);
    m_chartList->setWordWrap(true);
    m_chart->setObjectName(u"companyChart"_s);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_chartList);
    charts->addWidget(m_chart);
    charts->setStretchFactor(1, 1);
    charts->setSizes({200, 500});

    m_tabs->addTab(m_figures, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_people, QString());
    m_tabs->addTab(m_mentions, QString());
    m_tabs->addTab(charts, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_tabs, 1);

    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"company:"_s))
            Q_EMIT m_context.companyRequested(link.mid(8));
        else if (link == "compare"_L1)
            Q_EMIT compareRequested(m_companyId);
    });
    connect(m_people, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, CitationIndexRole).toInt();
        if (m_profile && index >= 0 && index < m_profile->people.size())
            CitationOpener::openFirst(m_context, m_profile->people.at(index).citations, this);
    });
    connect(m_mentions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_mentions->row(item);
        if (index < 0 || index >= m_mentionList.size())
            return;
        const CompanyMention &mention = m_mentionList.at(index);
        Q_EMIT m_context.citationRequested(mention.articleKey, mention.lang, mention.paragraph, mention.term);
    });
    connect(m_chartList, &QListWidget::currentRowChanged, this, &CompanyPage::showChart);
    connect(m_chart, &SmallChartWidget::clicked, this, [this](const QString &key) {
        if (key.startsWith(u"obs:"_s))
            CitationOpener::openObservation(m_context, key.mid(4).toLongLong(), this);
    });
    const Settings &settings = context.settings();
    m_tabs->setCurrentIndex(settings.value(SettingKeys::CompanyTab));
    charts->restoreState(settings.value(SettingKeys::CompanyChartSplitter));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int tab) { m_context.settings().setValue(SettingKeys::CompanyTab, tab); });
    connect(charts, &QSplitter::splitterMoved, this,
            [this, charts] { m_context.settings().setValue(SettingKeys::CompanyChartSplitter, charts->saveState()); });
    connect(m_figures, &RecordTablePanel::rowCountChanged, this, &CompanyPage::updateTabTitles);
    connect(m_events, &RecordTablePanel::rowCountChanged, this, &CompanyPage::updateTabTitles);
    connect(&context, &AppContext::dataChanged, this, &CompanyPage::reload);
    connect(&context.languages(), &LanguageManager::languageChanged, this, &CompanyPage::reload);
    retranslate();
}

void CompanyPage::setCompany(const QString &companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    m_figures->setCompany(companyId);
    m_events->setCompany(companyId);
    reload();
}

void CompanyPage::retranslate()
{
    m_people->setHeaderLabels({tr("Person"), tr("Role"), tr("Status"), tr("Period")});
    m_chartList->setToolTip(tr("The charts this company appears in: one per metric it has a figure for"));
    m_chart->setToolTip(tr("Click a bar to open its source"));
    updateTabTitles();
    if (m_profile)
        showHeader();
}

void CompanyPage::updateTabTitles()
{
    m_tabs->setTabText(FiguresTab, tr("&Figures (%1)").arg(m_figures->rowCount()));
    m_tabs->setTabText(EventsTab, tr("E&vents (%1)").arg(m_events->rowCount()));
    m_tabs->setTabText(PeopleTab, tr("&People (%1)").arg(m_profile ? m_profile->people.size() : 0));
    m_tabs->setTabText(MentionsTab, tr("&Mentions (%1)").arg(m_mentionList.size()));
    m_tabs->setTabText(ChartsTab, tr("C&harts (%1)").arg(m_chartList->count()));
}

void CompanyPage::reload()
{
    m_profile
        = m_companyId.isEmpty() ? std::nullopt : CompanyProfile::load(m_context.database().connection(), m_companyId);
    showHeader();
    showPeople();
    showMentions();
    showCharts();
    m_conflicts->setReport(m_companyId.isEmpty()
                               ? ConflictReport()
                               : ConflictReport(m_context.database().connection(), m_context.language(), m_companyId));
    updateTabTitles();
}

void CompanyPage::showHeader()
{
    if (!m_profile) {
        m_header->setText(m_companyId.isEmpty() ? tr("<p>Choose a company on the left.</p>") : QString());
        return;
    }
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    const CompanyProfile &p = *m_profile;
    const QString first = (chinese ? p.nameZh : p.nameEn).toHtmlEscaped();
    const QString second = (chinese ? p.nameEn : p.nameZh).toHtmlEscaped();
    QString html = u"<h2 style='margin:0'>%1"_s.arg(first);
    if (!second.isEmpty() && second != first)
        html += u" <span style='font-weight:normal'>· %1</span>"_s.arg(second);
    html += u"</h2><p style='margin:2px 0'>%1"_s.arg(Labels::group(p.group).toHtmlEscaped());
    if (!p.parentId.isEmpty()) {
        if (const auto parent = CompanyRepository(m_context.database().connection()).company(p.parentId))
            html += u" · "_s
                + tr("part of %1")
                      .arg(u"<a href='company:%1'>%2</a>"_s.arg(
                          p.parentId, (chinese ? parent->nameZh : parent->nameEn).toHtmlEscaped()));
    }
    if (p.origin == "user"_L1)
        html += u" · "_s + Labels::origin(p.origin).toHtmlEscaped();
    html += u" · <a href='compare'>%1</a></p>"_s.arg(tr("Compare with others…").toHtmlEscaped());
    QStringList aliases;
    for (const CompanyProfile::Alias &alias : p.aliases) {
        if (!aliases.contains(alias.text) && alias.text != p.nameZh && alias.text != p.nameEn)
            aliases.append(alias.text.toHtmlEscaped());
    }
    if (!aliases.isEmpty())
        html += u"<p style='margin:2px 0'>%1 %2</p>"_s.arg(tr("Also called:").toHtmlEscaped(), aliases.join(u", "_s));
    const QString description = p.description(language);
    if (!description.isEmpty())
        html += u"<p style='margin:2px 0'>%1</p>"_s.arg(description.toHtmlEscaped());
    m_header->setText(html);
}

void CompanyPage::showPeople()
{
    m_people->clear();
    if (!m_profile)
        return;
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    for (int i = 0; i < m_profile->people.size(); ++i) {
        const CompanyProfile::Role &role = m_profile->people.at(i);
        const QString first = chinese && !role.nameZh.isEmpty() ? role.nameZh : role.nameEn;
        const QString second = chinese ? role.nameEn : role.nameZh;
        const QString name = second.isEmpty() || second == first ? first : first + u" · "_s + second;
        const QString title = chinese && !role.titleZh.isEmpty() ? role.titleZh : role.titleEn;
        QString status;
        if (role.status == "current"_L1)
            status = tr("current");
        else if (role.status == "former"_L1)
            status = tr("left");
        else if (role.status == "leaving"_L1)
            status = tr("leaving");
        auto *item = new QTreeWidgetItem(m_people, {name, title, status, period(role.start, role.end, language)});
        item->setData(0, CitationIndexRole, i);
        item->setToolTip(0, tr("Enter or double-click: open the source"));
    }
    m_people->resizeColumnToContents(0);
    m_people->resizeColumnToContents(1);
}

void CompanyPage::showMentions()
{
    m_mentions->clear();
    m_mentionList = m_profile ? CompanyMentions::find(m_context.database().connection(), m_profile->searchTerms())
                              : QList<CompanyMention>();
    for (const CompanyMention &mention : std::as_const(m_mentionList)) {
        auto *item = new QListWidgetItem(u"%1 · %2 ¶%3\n%4"_s.arg(mention.title, Labels::language(mention.lang))
                                             .arg(mention.paragraph)
                                             .arg(mention.snippet),
                                         m_mentions);
        item->setToolTip(tr("Open this passage in the reader"));
    }
    if (m_mentionList.isEmpty() && m_profile) {
        auto *item = new QListWidgetItem(tr("No imported article names this company. Import articles with "
                                            "File ▸ Import Article to find its mentions."),
                                         m_mentions);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CompanyPage::showCharts()
{
    const QString current
        = m_chartList->currentItem() ? m_chartList->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_chartList);
    m_chartList->clear();
    if (!m_profile) {
        m_chart->setSpec({});
        return;
    }
    const CompanyRepository repository = m_context.companies();
    for (const QString &key : MetricChartBuilder::metricsOf(m_context.database().connection(), m_companyId)) {
        if (const auto metric = repository.metric(key)) {
            auto *item = new QListWidgetItem(metric->label(m_context.language()), m_chartList);
            item->setData(Qt::UserRole, key);
        }
    }
    m_chartList->sortItems();
    int row = 0;
    for (int i = 0; i < m_chartList->count(); ++i) {
        if (m_chartList->item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    }
    m_chartList->setCurrentRow(m_chartList->count() > 0 ? row : -1);
    showChart();
}

void CompanyPage::showChart()
{
    QListWidgetItem *item = m_chartList->currentItem();
    if (!item) {
        m_chart->setSpec({});
        return;
    }
    ChartSpec spec = MetricChartBuilder::build(m_context.database().connection(), item->data(Qt::UserRole).toString(),
                                               {}, m_context.language());
    m_chart->setSpec(spec);
}

} // namespace tigerscope
