#include "LatestFigures.h"

#include "NumberFormatter.h"
#include "SqlSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

QString LatestFigure::display(Language language, bool shortWidth) const
{
    return NumberFormatter::formatValue(value, valueHigh, Vocabulary::fromKey(qualifier, Qualifier::Exact),
                                        Vocabulary::fromKey(unit, Unit::Count), currency, language,
                                        shortWidth ? NumberFormatter::Width::Short : NumberFormatter::Width::Long);
}

QHash<QString, LatestFigure> LatestFigures::load(QSqlDatabase db, const QStringList &companyIds,
                                                 const QStringList &metricKeys)
{
    QString sql = u"SELECT o.id, o.company_id, o.metric_key, m.unit, o.value, o.value_high, o.qualifier, o.status, "
                  "o.currency, o.as_of, o.as_of_precision, o.origin FROM all_observations o "
                  "JOIN all_metrics m ON m.key = o.metric_key WHERE 1 = 1"_s;
    QVariantList values;
    if (!companyIds.isEmpty())
        sql += u" AND o.company_id IN (%1)"_s.arg(placeholders(companyIds.size()));
    if (!metricKeys.isEmpty())
        sql += u" AND o.metric_key IN (%1)"_s.arg(placeholders(metricKeys.size()));
    for (const QString &value : companyIds + metricKeys)
        values.append(value);
    // Later rows win: oldest date first, undated before dated, then by id.
    sql += u" ORDER BY o.as_of IS NOT NULL, o.as_of, o.id"_s;
    QSqlQuery query(db);
    QHash<QString, LatestFigure> result;
    if (!runPrepared(query, sql, values))
        return result;
    while (query.next()) {
        LatestFigure figure;
        figure.id = query.value(0).toLongLong();
        figure.companyId = query.value(1).toString();
        figure.metricKey = query.value(2).toString();
        figure.unit = query.value(3).toString();
        figure.value = query.value(4).toDouble();
        figure.valueHigh = query.value(5).isNull() ? qQNaN() : query.value(5).toDouble();
        figure.qualifier = query.value(6).toString();
        figure.status = query.value(7).toString();
        figure.currency = query.value(8).toString();
        figure.asOf = query.value(9).toString();
        figure.precision = query.value(10).toString();
        figure.origin = query.value(11).toString();
        result.insert(key(figure.companyId, figure.metricKey), figure);
    }
    return result;
}

} // namespace tigerscope
