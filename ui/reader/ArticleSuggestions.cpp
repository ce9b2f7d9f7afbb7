#include "ArticleSuggestions.h"

#include "AppContext.h"
#include "Database.h"
#include "DismissedSuggestions.h"
#include "FigureSuggester.h"
#include "explore/UserDataController.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

ArticleSuggestions::ArticleSuggestions(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // A figure added, undone or redone changes what is recorded.
    connect(&context, &AppContext::dataChanged, this, [this] {
        if (m_articleId >= 0)
            reload();
    });
}

void ArticleSuggestions::load(qint64 importedArticleId)
{
    m_articleId = importedArticleId;
    reload();
}

void ArticleSuggestions::reload()
{
    m_all.clear();
    m_events.clear();
    m_dismissed.clear();
    if (m_articleId >= 0) {
        const FigureSuggester suggester(m_context.database());
        m_all = suggester.suggestFigures(m_articleId);
        m_dismissed = DismissedSuggestions(m_context.database()).keys(m_articleId);
        for (const EventSuggestion &event : suggester.suggestEvents(m_articleId)) {
            if (!m_dismissed.contains(event.key()))
                m_events.append(event);
        }
    }
    Q_EMIT changed();
}

QList<FigureSuggestion> ArticleSuggestions::open() const
{
    QList<FigureSuggestion> result;
    for (const FigureSuggestion &s : m_all) {
        if (!s.recorded() && !m_dismissed.contains(s.key()))
            result.append(s);
    }
    return result;
}

const FigureSuggestion *ArticleSuggestions::at(const QString &lang, int paragraph, qsizetype start,
                                               qsizetype length) const
{
    for (const FigureSuggestion &s : m_all) {
        if (s.citation.lang == lang && s.citation.paragraph == paragraph && start < s.citation.start + s.citation.length
            && s.citation.start < start + std::max<qsizetype>(1, length))
            return &s;
    }
    return nullptr;
}

QString ArticleSuggestions::citedArticleKey(const QString &datasetKey) const
{
    if (!datasetKey.isEmpty())
        return datasetKey;
    // An article the dataset does not know yet becomes a user article so that it can be cited.
    QString error;
    return m_context.userData().store().articleKeyForImported(m_articleId, &error);
}

ObservationRecord ArticleSuggestions::recordOf(const FigureSuggestion &suggestion) const
{
    ObservationRecord record = suggestion.toRecord();
    if (suggestion.articleKey.isEmpty()) {
        const QString key = citedArticleKey(suggestion.articleKey);
        for (CitationRecord &citation : record.citations)
            citation.articleKey = key;
    }
    return record;
}

bool ArticleSuggestions::edit(QWidget *parent, const FigureSuggestion &suggestion)
{
    return m_context.userData().addObservation(parent, recordOf(suggestion));
}

bool ArticleSuggestions::accept(QWidget *parent, const FigureSuggestion &suggestion)
{
    UserDataController &controller = m_context.userData();
    const ObservationRecord record = recordOf(suggestion);
    QString error;
    if (!controller.store().validate(record, &error))
        return edit(parent, suggestion);
    return controller.saveObservation(parent, record);
}

void ArticleSuggestions::dismiss(const FigureSuggestion &suggestion)
{
    if (m_articleId < 0)
        return;
    DismissedSuggestions(m_context.database()).dismiss(m_articleId, suggestion.key());
    m_dismissed.insert(suggestion.key());
    Q_EMIT changed();
}

bool ArticleSuggestions::addEvent(QWidget *parent, const EventSuggestion &event)
{
    EventRecord record = event.toRecord();
    const QString key = citedArticleKey(event.articleKey);
    for (CitationRecord &citation : record.citations)
        citation.articleKey = key;
    // The sentence that states it, in its language, for the person to shorten or translate.
    (event.citation.lang == "zh"_L1 ? record.summaryZh : record.summaryEn) = event.sentence;
    return m_context.userData().addEvent(parent, record);
}

void ArticleSuggestions::dismiss(const EventSuggestion &event)
{
    if (m_articleId < 0)
        return;
    DismissedSuggestions(m_context.database()).dismiss(m_articleId, event.key());
    m_dismissed.insert(event.key());
    m_events.removeIf([&](const EventSuggestion &e) { return e.key() == event.key(); });
    Q_EMIT changed();
}

} // namespace tigerscope
