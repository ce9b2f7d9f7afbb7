#include "TimelinePage.h"

#include "AppContext.h"
#include "ChoiceLists.h"
#include "CitationListEditor.h"
#include "CitationOpener.h"
#include "Database.h"
#include "DateFormatter.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "TimelineRepository.h"
#include "TimelineView.h"
#include "UserDataController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

TimelinePage::TimelinePage(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_company(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_fit(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_help(new QLabel(this))
    , m_view(new TimelineView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"timelinePage"_s);
    m_company->setObjectName(u"timelineCompany"_s);
    m_kind->setObjectName(u"timelineKind"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(220);
    m_help->setWordWrap(true);
    m_splitter->setObjectName(u"timelineSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({800, 300});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_company, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_fit);
    filters->addWidget(m_add);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_help);

    retranslate();
    const Settings &settings = context.settings();
    m_splitter->restoreState(settings.value(SettingKeys::TimelineSplitter));
    ChoiceLists::select(m_company, settings.value(SettingKeys::TimelineCompany));
    ChoiceLists::select(m_kind, settings.value(SettingKeys::TimelineKind));

    connect(m_company, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings().setValue(SettingKeys::TimelineCompany, m_company->currentData().toString());
        reload();
        m_view->fitAll();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings().setValue(SettingKeys::TimelineKind, m_kind->currentData().toString());
        reload();
        m_view->fitAll();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_context.settings().setValue(SettingKeys::TimelineSplitter, m_splitter->saveState()); });
    connect(m_fit, &QPushButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_add, &QPushButton::clicked, this,
            [this] { m_context.userData().addEvent(this, m_company->currentData().toString()); });
    connect(m_view, &TimelineView::eventSelected, this, &TimelinePage::showDetails);
    connect(m_view, &TimelineView::eventActivated, this,
            [this](qint64 id) { CitationOpener::openEvent(m_context, id, this); });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link.startsWith(u"cite:"_s) && m_shown) {
            const int index = link.mid(5).toInt();
            if (index >= 0 && index < m_shown->citations.size())
                CitationOpener::open(m_context, m_shown->citations.at(index), this);
        } else if (link.startsWith(u"company:"_s)) {
            Q_EMIT m_context.companyRequested(link.mid(8));
        } else if (link == "edit"_L1 && m_shown) {
            m_context.userData().editEvent(this, m_shown->id);
        } else if (link == "delete"_L1 && m_shown) {
            m_context.userData().deleteEvent(this, m_shown->id);
        }
    });
    connect(&context, &AppContext::dataChanged, this, &TimelinePage::reload);
    connect(&context.languages(), &LanguageManager::languageChanged, this, [this] {
        fillFilters();
        reload();
    });
    reload();
    m_view->setFocus();
}

TimelinePage::~TimelinePage()
{
    m_context.settings().setValue(SettingKeys::TimelineSplitter, m_splitter->saveState());
}

void TimelinePage::retranslate()
{
    m_fit->setText(tr("&Fit All"));
    m_fit->setToolTip(tr("Show every event (Home)"));
    m_add->setText(tr("Add &Event…"));
    m_help->setText(tr("Wheel or +/− to zoom, drag or Shift+←/→ to pan, ←/→ to step through events, Enter to open "
                       "the source. Dots are events known to the day; bars cover the month, quarter or year given."));
    fillFilters();
    if (m_shown)
        showDetails(m_shown->id);
    else
        m_details->setHtml(
            u"<p>%1</p>"_s.arg(tr("Click an event to see what happened and its sources.").toHtmlEscaped()));
}

void TimelinePage::fillFilters()
{
    ChoiceLists::fillCompanies(m_company, m_context.companies(), m_context.language(), tr("All companies"));
    ChoiceLists::fillKeys(m_kind, Labels::eventKindKeys(), &Labels::eventKind, tr("All kinds"));
}

void TimelinePage::reload()
{
    const Language language = m_context.language();
    const QList<TimelineEvent> events
        = TimelineRepository(m_context.database().connection())
              .events(m_company->currentData().toString(), m_kind->currentData().toString(), language);
    m_undated = int(std::count_if(events.begin(), events.end(), [](const TimelineEvent &e) { return !e.isDated(); }));
    m_view->setEvents(events, language);
    m_count->setText(m_undated > 0 ? tr("%n event(s)", nullptr, int(events.size())) + u" · "_s
                             + tr("%n without a date (in a lane of their own)", nullptr, m_undated)
                                   : tr("%n event(s)", nullptr, int(events.size())));
    if (m_shown) {
        if (m_context.userData().store().event(m_shown->id))
            showDetails(m_shown->id);
        else
            m_shown.reset();
    }
}

void TimelinePage::showDetails(qint64 eventId)
{
    m_shown = m_context.userData().store().event(eventId);
    if (!m_shown) {
        m_details->clear();
        return;
    }
    const Language language = m_context.language();
    const bool chinese = language == Language::Chinese;
    const EventRecord &e = *m_shown;
    const TimelineRepository repository(m_context.database().connection());
    const QString companyName = repository.companyName(e.companyId, language);
    const QString personName = e.personId.isEmpty() ? QString() : repository.personName(e.personId, language);
    const QString summary = chinese ? (e.summaryZh.isEmpty() ? e.summaryEn : e.summaryZh)
                                    : (e.summaryEn.isEmpty() ? e.summaryZh : e.summaryEn);
    const QString date = e.date.isValid() ? DateFormatter::format(e.date.toIso(), e.date.precisionName(), language)
                                          : DateFormatter::notGiven(language);
    QString html = u"<h3>%1</h3><p><b>%2</b> · <a href='company:%3'>%4</a>"_s.arg(
        date.toHtmlEscaped(), Labels::eventKind(e.kind).toHtmlEscaped(), e.companyId, companyName.toHtmlEscaped());
    if (!personName.isEmpty())
        html += u" · "_s + personName.toHtmlEscaped();
    html += u" · "_s + Labels::origin(e.origin).toHtmlEscaped()
        + u"</p><p>%1</p><p><b>%2</b></p><ul>"_s.arg(summary.toHtmlEscaped(), tr("Sources").toHtmlEscaped());
    for (int i = 0; i < e.citations.size(); ++i)
        html += u"<li><a href='cite:%1'>%2</a></li>"_s.arg(i).arg(
            CitationListEditor::describe(e.citations.at(i), m_context).toHtmlEscaped());
    html += u"</ul>"_s;
    if (e.origin == "user"_L1)
        html += u"<p><a href='edit'>%1</a> · <a href='delete'>%2</a></p>"_s.arg(tr("Edit…").toHtmlEscaped(),
                                                                                tr("Delete").toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace tigerscope
