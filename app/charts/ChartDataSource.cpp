#include "ChartDataSource.h"

#include "ArticleRepository.h"
#include "CitationRepository.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

double realOrNaN(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

} // namespace

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
    QList<ChartObservation> rows;
    if (metricKeys.isEmpty())
        return rows;
    // Companies and metrics are looked up one row each (the user may repeat a shipped key).
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT o.id, o.company_id, o.metric_key, o.value, o.value_high, o.currency, o.as_of, "
        "o.as_of_precision, o.qualifier, o.status, o.derivation, o.note_en, o.note_zh, "
        "(SELECT name_en FROM all_companies WHERE id = o.company_id LIMIT 1), "
        "(SELECT name_zh FROM all_companies WHERE id = o.company_id LIMIT 1), "
        "(SELECT grp FROM all_companies WHERE id = o.company_id LIMIT 1), "
        "(SELECT unit FROM all_metrics WHERE key = o.metric_key LIMIT 1), "
        "(SELECT label_en FROM all_metrics WHERE key = o.metric_key LIMIT 1), "
        "(SELECT label_zh FROM all_metrics WHERE key = o.metric_key LIMIT 1), o.origin "
        "FROM all_observations o WHERE o.metric_key IN (%1) ORDER BY o.id"_s.arg(placeholders(metricKeys.size())));
    for (const QString &key : metricKeys)
        query.addBindValue(key);
    if (!query.exec())
        return rows;
    while (query.next()) {
        ChartObservation o;
        o.id = query.value(0).toLongLong();
        o.companyId = query.value(1).toString();
        o.metricKey = query.value(2).toString();
        o.value = realOrNaN(query.value(3));
        o.valueHigh = realOrNaN(query.value(4));
        o.currency = query.value(5).toString();
        o.asOf = query.value(6).toString();
        o.asOfPrecision = query.value(7).toString();
        o.qualifier = query.value(8).toString();
        o.status = query.value(9).toString();
        o.derivation = query.value(10).toString();
        o.noteEn = query.value(11).toString();
        o.noteZh = query.value(12).toString();
        o.companyEn = query.value(13).toString();
        o.companyZh = query.value(14).toString();
        o.companyGroup = query.value(15).toString();
        o.metricUnit = query.value(16).toString();
        o.metricEn = query.value(17).toString();
        o.metricZh = query.value(18).toString();
        o.origin = query.value(19).toString();
        if (o.companyEn.isEmpty())
            o.companyEn = o.companyId;
        rows.append(o);
    }
    return rows;
}

QList<ChartEvent> ChartDataSource::events(const QString &kind) const
{
    QList<ChartEvent> rows;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT e.id, e.company_id, e.date, e.date_precision, e.kind, e.summary_en, e.summary_zh, "
                  "(SELECT name_en FROM all_companies WHERE id = e.company_id LIMIT 1), "
                  "(SELECT name_zh FROM all_companies WHERE id = e.company_id LIMIT 1), "
                  "(SELECT grp FROM all_companies WHERE id = e.company_id LIMIT 1), "
                  "EXISTS (SELECT 1 FROM all_companies WHERE parent_id = e.company_id), "
                  "(SELECT name_en FROM all_people WHERE id = e.person_id LIMIT 1), "
                  "(SELECT name_zh FROM all_people WHERE id = e.person_id LIMIT 1) "
                  "FROM all_events e WHERE e.kind = ? ORDER BY e.id"_s);
    query.addBindValue(kind);
    if (!query.exec())
        return rows;
    while (query.next()) {
        ChartEvent e;
        e.id = query.value(0).toLongLong();
        e.companyId = query.value(1).toString();
        e.date = query.value(2).toString();
        e.datePrecision = query.value(3).toString();
        e.kind = query.value(4).toString();
        e.summaryEn = query.value(5).toString();
        e.summaryZh = query.value(6).toString();
        e.companyEn = query.value(7).toString();
        e.companyZh = query.value(8).toString();
        e.companyGroup = query.value(9).toString();
        e.companyIsParent = query.value(10).toBool();
        e.personEn = query.value(11).toString();
        e.personZh = query.value(12).toString();
        if (e.companyEn.isEmpty())
            e.companyEn = e.companyId;
        rows.append(e);
    }
    return rows;
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
    QList<ChartCompany> companies;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT id, name_en, name_zh FROM all_companies WHERE grp = ?"_s);
    query.addBindValue(group);
    if (!query.exec())
        return companies;
    while (query.next())
        companies.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return companies;
}

ChartArticle ChartDataSource::article(const QString &key) const
{
    ChartArticle article = ArticleRepository(m_db).article(key);
    article.key = key; // an unknown article still shows its key
    return article;
}

} // namespace tigerscope
