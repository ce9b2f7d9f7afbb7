#include "ObservationRow.h"

#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QString ObservationRow::columns()
{
    return u"o.id, o.company_id, o.metric_key, o.value, o.value_high, o.qualifier, o.status, o.currency, o.as_of, "
           "o.origin"_s;
}

void ObservationRow::read(const QSqlQuery &query, ObservationRow &row)
{
    readColumns(query, 0, row, &ObservationRow::id, &ObservationRow::companyId, &ObservationRow::metricKey,
                &ObservationRow::value);
    row.valueHigh = query.value(4).isNull() ? std::numeric_limits<double>::quiet_NaN() : query.value(4).toDouble();
    readColumns(query, 5, row, &ObservationRow::qualifier, &ObservationRow::status, &ObservationRow::currency,
                &ObservationRow::asOf, &ObservationRow::origin);
}

} // namespace tigerscope
