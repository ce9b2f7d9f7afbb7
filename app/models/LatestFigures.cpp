#include "LatestFigures.h"

#include "NumberFormatter.h"
#include "SqlSupport.h"

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
    QString sql
        = u"SELECT %1, m.unit, o.as_of_precision FROM all_observations o JOIN all_metrics m ON m.key = o.metric_key WHERE 1 = 1"_s
              .arg(ObservationRow::columns());
    QVariantList values;
    if (!companyIds.isEmpty())
        sql += u" AND o.company_id IN (%1)"_s.arg(placeholders(companyIds.size()));
    if (!metricKeys.isEmpty())
        sql += u" AND o.metric_key IN (%1)"_s.arg(placeholders(metricKeys.size()));
    for (const QString &value : companyIds + metricKeys)
        values.append(value);
    // Later rows win: oldest date first, undated before dated, then by id.
    sql += u" ORDER BY o.as_of IS NOT NULL, o.as_of, o.id"_s;
    QHash<QString, LatestFigure> result;
    forEachRow(db, sql, values, [&result](const QSqlQuery &query) {
        LatestFigure figure;
        ObservationRow::read(query, figure);
        readColumns(query, ObservationRow::ColumnCount, figure, &LatestFigure::unit, &LatestFigure::precision);
        result.insert(key(figure.companyId, figure.metricKey), figure);
    });
    return result;
}

} // namespace tigerscope
