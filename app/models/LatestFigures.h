#pragma once

#include "Language.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace tigerscope {

/// The figure shown for a company and a metric where only one fits (comparison, charts): the one
/// with the latest as-of date, the newest row among equals.
struct LatestFigure
{
    qint64 id = -1;
    QString companyId;
    QString metricKey;
    QString unit;
    double value = std::numeric_limits<double>::quiet_NaN();
    double valueHigh = std::numeric_limits<double>::quiet_NaN();
    QString qualifier;
    QString status;
    QString currency;
    QString asOf;
    QString precision;
    QString origin;

    /// The value in the language's notation, qualified ("about 1.5 billion").
    QString display(Language language, bool shortWidth = false) const;
};

/// Loads the latest figure per company and metric from the all_observations view.
class LatestFigures
{
public:
    /// Figures of the given companies (all when empty) for the given metrics (all when empty),
    /// keyed by companyId + '\n' + metricKey.
    static QHash<QString, LatestFigure> load(QSqlDatabase db, const QStringList &companyIds,
                                             const QStringList &metricKeys = {});
    static QString key(const QString &companyId, const QString &metricKey) { return companyId + u'\n' + metricKey; }
};

} // namespace tigerscope
