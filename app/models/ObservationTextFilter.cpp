#include "ObservationTextFilter.h"

#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString like()
{
    return u" LIKE ?"_s + QString::fromUtf16(LikeEscape);
}

/// Neither of the conditions: IS NOT 1 keeps the rows where one is NULL (a name not given).
ObservationTextFilter::Condition andNot(ObservationTextFilter::Condition condition,
                                        const ObservationTextFilter::Condition &excluded)
{
    condition.sql = u"%1 AND (%2) IS NOT 1"_s.arg(condition.sql, excluded.sql);
    condition.values << excluded.values;
    return condition;
}

/// The first column of the rows sql finds, each of its placeholders bound to pattern.
QStringList readColumn(const QSqlDatabase &db, const QString &sql, const QString &pattern)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList values;
    if (runPrepared(query, sql, QVariantList(sql.count(u'?'), pattern))) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

} // namespace

ObservationTextFilter::ObservationTextFilter(const QSqlDatabase &db, const QString &text, bool shippedAttached)
    : m_text(text)
{
    const QString pattern = likeContains(text);
    // A few dozen labels: a text no label holds leaves the metric part out.
    m_metricKeys = readColumn(db, u"SELECT key FROM all_metrics WHERE label_zh%1 OR label_en%1"_s.arg(like()), pattern);
    m_aliasedIds = readColumn(db, u"SELECT DISTINCT company_id FROM all_aliases WHERE text%1"_s.arg(like()), pattern);
    QStringList files{u"main"_s};
    if (shippedAttached)
        files << u"shipped"_s;
    for (const QString &file : std::as_const(files)) {
        QStringList ids
            = readColumn(db, u"SELECT id FROM %1.companies WHERE name_zh%2 OR name_en%2"_s.arg(file, like()), pattern);
        ids << m_aliasedIds;
        m_companyIds.insert(file, ids);
    }
}

ObservationTextFilter::Condition ObservationTextFilter::among(const QString &column, const QStringList &ids)
{
    // One value however many companies match, looked up in the set SQLite builds of it once.
    const QString list
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    return {u"%1 IN (SELECT value FROM json_each(?))"_s.arg(column), {list}};
}

ObservationTextFilter::Condition ObservationTextFilter::metricMatches() const
{
    if (m_metricKeys.isEmpty())
        return {u"0"_s, {}};
    return among(u"o.metric_key"_s, m_metricKeys);
}

ObservationTextFilter::Condition ObservationTextFilter::byCompany(const QString &companies) const
{
    return among(u"c.id"_s, m_companyIds.value(companies));
}

std::optional<ObservationTextFilter::Condition> ObservationTextFilter::byMetric(const QString &companies) const
{
    if (m_metricKeys.isEmpty())
        return std::nullopt;
    return andNot(metricMatches(), byCompany(companies));
}

ObservationTextFilter::Condition ObservationTextFilter::byNotes(const QString &observations,
                                                                const QString &companies) const
{
    return andNot(andNot(ObservationNoteSearch::containing(observations, u"o"_s, m_text), byCompany(companies)),
                  metricMatches());
}

ObservationTextFilter::Condition ObservationTextFilter::withoutCompany() const
{
    const Condition notes = ObservationNoteSearch::containing(u"main"_s, u"o"_s, m_text);
    const Condition metric = metricMatches();
    const Condition alias = among(u"o.company_id"_s, m_aliasedIds);
    return {u"(%1 OR %2 OR %3)"_s.arg(notes.sql, metric.sql, alias.sql), notes.values + metric.values + alias.values};
}

} // namespace tigerscope
