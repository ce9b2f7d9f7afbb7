#include "ObservationTextFilter.h"

#include "SqlSupport.h"

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

} // namespace

ObservationTextFilter::ObservationTextFilter(const QSqlDatabase &db, const QString &text)
    : m_text(text)
{
    // A few dozen labels: read here, so that a text no label holds leaves the metric part out.
    QSqlQuery query(db);
    query.prepare(u"SELECT key FROM all_metrics WHERE label_zh%1 OR label_en%1"_s.arg(like()));
    query.addBindValue(likeContains(text));
    query.addBindValue(likeContains(text));
    if (query.exec()) {
        while (query.next())
            m_metricKeys.append(query.value(0).toString());
    }
}

ObservationTextFilter::Condition ObservationTextFilter::nameMatches(const QString &companyColumn, bool withNames) const
{
    const QString pattern = likeContains(m_text);
    Condition condition{u"%1 IN (SELECT company_id FROM all_aliases WHERE text%2)"_s.arg(companyColumn, like()),
                        {pattern}};
    if (withNames) {
        condition.sql = u"c.name_zh%1 OR c.name_en%1 OR "_s.arg(like()) + condition.sql;
        condition.values.prepend(pattern);
        condition.values.prepend(pattern);
    }
    condition.sql = u'(' + condition.sql + u')';
    return condition;
}

ObservationTextFilter::Condition ObservationTextFilter::metricMatches() const
{
    if (m_metricKeys.isEmpty())
        return {u"0"_s, {}};
    QStringList placeholders;
    Condition condition;
    for (const QString &key : m_metricKeys) {
        placeholders << u"?"_s;
        condition.values << key;
    }
    condition.sql = u"o.metric_key IN (%1)"_s.arg(placeholders.join(u", "_s));
    return condition;
}

ObservationTextFilter::Condition ObservationTextFilter::byCompany() const
{
    return nameMatches(u"c.id"_s, true);
}

std::optional<ObservationTextFilter::Condition> ObservationTextFilter::byMetric() const
{
    if (m_metricKeys.isEmpty())
        return std::nullopt;
    return andNot(metricMatches(), byCompany());
}

ObservationTextFilter::Condition ObservationTextFilter::byNotes(const QString &schema) const
{
    return andNot(andNot(ObservationNoteSearch::containing(schema, u"o"_s, m_text), byCompany()), metricMatches());
}

ObservationTextFilter::Condition ObservationTextFilter::withoutCompany() const
{
    const Condition notes = ObservationNoteSearch::containing(u"main"_s, u"o"_s, m_text);
    const Condition metric = metricMatches();
    const Condition alias = nameMatches(u"o.company_id"_s, false);
    return {u"(%1 OR %2 OR %3)"_s.arg(notes.sql, metric.sql, alias.sql), notes.values + metric.values + alias.values};
}

} // namespace tigerscope
