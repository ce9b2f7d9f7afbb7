#pragma once

#include <QString>

#include <cmath>
#include <limits>

class QSqlQuery;

namespace tigerscope {

/// An observation of the all_observations view, shipped or the user's: the figure and the date it
/// is for. What a reader shows besides (the date's precision, names, unit, notes) it reads into a type derived from it.
struct ObservationRow
{
    qint64 id = -1;
    QString companyId;
    QString metricKey;
    double value = std::numeric_limits<double>::quiet_NaN();
    double valueHigh = std::numeric_limits<double>::quiet_NaN(); ///< NaN unless a range
    QString qualifier;
    QString status;
    QString currency;
    QString asOf;   ///< ISO date of the period's first day; empty: not given
    QString origin; ///< "shipped" or "user"

    /// The columns read() reads, of all_observations named o ("SELECT %1, … FROM all_observations o").
    static QString columns();
    /// How many columns columns() names: a SELECT's further columns start there.
    static constexpr int ColumnCount = 10;
    /// Reads columns() from the query's current row into row's fields.
    static void read(const QSqlQuery &query, ObservationRow &row);
};

} // namespace tigerscope
