#pragma once

#include "Language.h"
#include "ObservationRow.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// The figure shown for a company and a metric where only one fits (comparison, charts): the one
/// with the latest as-of date, the newest row among equals.
struct LatestFigure : ObservationRow
{
    QString unit;
    QString precision; ///< of the as-of date

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
