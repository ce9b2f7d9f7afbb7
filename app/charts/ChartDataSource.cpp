#include "ChartDataSource.h"

#include "ArticleRepository.h"
#include "CitationRepository.h"
#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QString pickText(Language language, const QString &en, const QString &zh)
{
    const QString &first = language == Language::Chinese ? zh : en;
    const QString &second = language == Language::Chinese ? en : zh;
    return first.trimmed().isEmpty() ? second : first;
}

ChartDataSource::ChartDataSource(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<ChartObservation> ChartDataSource::observations(const QStringList &metricKeys) const
{
    if (metricKeys.isEmpty())
        return {};
    // Companies and metrics are looked up one row each (the user may repeat a shipped key).
    const QString sql = u"SELECT %1, o.as_of_precision, "
                        "(SELECT name_en FROM all_companies WHERE id = o.company_id LIMIT 1), "
                        "(SELECT name_zh FROM all_companies WHERE id = o.company_id LIMIT 1), "
                        "(SELECT grp FROM all_companies WHERE id = o.company_id LIMIT 1), "
                        "(SELECT unit FROM all_metrics WHERE key = o.metric_key LIMIT 1), "
                        "(SELECT label_en FROM all_metrics WHERE key = o.metric_key LIMIT 1), "
                        "(SELECT label_zh FROM all_metrics WHERE key = o.metric_key LIMIT 1), "
                        "o.derivation, o.note_en, o.note_zh "
                        "FROM all_observations o WHERE o.metric_key IN (%2) ORDER BY o.id"_s.arg(
                            ObservationRow::columns(), placeholders(metricKeys.size()));
    return readRows<ChartObservation>(
        m_db, sql, QVariantList(metricKeys.begin(), metricKeys.end()), [](const QSqlQuery &query) {
            ChartObservation o;
            ObservationRow::read(query, o);
            readColumns(query, ObservationRow::ColumnCount, o, &ChartObservation::asOfPrecision,
                        &ChartObservation::companyEn, &ChartObservation::companyZh, &ChartObservation::companyGroup,
                        &ChartObservation::metricUnit, &ChartObservation::metricEn, &ChartObservation::metricZh,
                        &ChartObservation::derivation, &ChartObservation::noteEn, &ChartObservation::noteZh);
            if (o.companyEn.isEmpty())
                o.companyEn = o.companyId;
            return o;
        });
}

QList<ChartEvent> ChartDataSource::events(const QString &kind) const
{
    const QString sql = u"SELECT e.id, e.company_id, "
                        "(SELECT name_en FROM all_companies WHERE id = e.company_id LIMIT 1), "
                        "(SELECT name_zh FROM all_companies WHERE id = e.company_id LIMIT 1), "
                        "(SELECT grp FROM all_companies WHERE id = e.company_id LIMIT 1), "
                        "EXISTS (SELECT 1 FROM all_companies WHERE parent_id = e.company_id), "
                        "(SELECT name_en FROM all_people WHERE id = e.person_id LIMIT 1), "
                        "(SELECT name_zh FROM all_people WHERE id = e.person_id LIMIT 1), "
                        "e.date, e.date_precision, e.kind, e.summary_en, e.summary_zh "
                        "FROM all_events e WHERE e.kind = ? ORDER BY e.id"_s;
    return readRows<ChartEvent>(m_db, sql, {kind}, [](const QSqlQuery &query) {
        ChartEvent e;
        readColumns(query, 0, e, &ChartEvent::id, &ChartEvent::companyId, &ChartEvent::companyEn,
                    &ChartEvent::companyZh, &ChartEvent::companyGroup, &ChartEvent::companyIsParent,
                    &ChartEvent::personEn, &ChartEvent::personZh, &ChartEvent::date, &ChartEvent::datePrecision,
                    &ChartEvent::kind, &ChartEvent::summaryEn, &ChartEvent::summaryZh);
        if (e.companyEn.isEmpty())
            e.companyEn = e.companyId;
        return e;
    });
}

QList<ChartCitation> ChartDataSource::citations(const QString &citationKey, Language language) const
{
    const QString kind = citationKey.section(u':', 0, 0);
    bool ok = false;
    const qint64 id = citationKey.section(u':', 1).toLongLong(&ok);
    if (!ok || (kind != "obs"_L1 && kind != "event"_L1))
        return {};
    const QString column = kind == "obs"_L1 ? u"observation_id"_s : u"event_id"_s;
    return CitationRepository(m_db).citationsOf(column, id,
                                                u"(lang = '%1') DESC, id"_s.arg(languageColumnSuffix(language)));
}

QList<ChartCompany> ChartDataSource::companiesInGroup(const QString &group) const
{
    const QString sql = u"SELECT DISTINCT id, name_en, name_zh FROM all_companies WHERE grp = ?"_s;
    return readRows<ChartCompany>(m_db, sql, {group}, [](const QSqlQuery &query) {
        return ChartCompany{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    });
}

ChartArticle ChartDataSource::article(const QString &key) const
{
    ChartArticle article = ArticleRepository(m_db).article(key);
    article.key = key; // an unknown article still shows its key
    return article;
}

} // namespace tigerscope
