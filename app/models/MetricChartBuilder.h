#pragma once

#include "ChartSpec.h"
#include "Language.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tigerscope {

/// Builds the bar chart of one metric across companies — the comparison chart, the dashboard's
/// small charts and the company page's charts — from the latest figure of each company, the
/// user's included. A company without a figure keeps its row and shows as missing, never as zero.
/// Amounts in two currencies become two series: they are never converted.
class MetricChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MetricChartBuilder)
public:
    /// companyIds: the companies to show, in order; empty: every company with a figure.
    static ChartSpec build(QSqlDatabase db, const QString &metricKey, const QStringList &companyIds, Language language);
    /// The metrics a company has figures for, by key.
    static QStringList metricsOf(QSqlDatabase db, const QString &companyId);
    /// The metrics with figures for the most companies (at least minCompanies), most first; those in
    /// one currency before those in two, positioning ratios left out.
    static QStringList widestMetrics(QSqlDatabase db, int minCompanies, int limit);

private:
    /// Marks the points another source contradicts and adds the other values as a series.
    static void markConflicts(QSqlDatabase db, const QString &metricKey, const QString &unit, Language language,
                              ChartSpec *spec);
};

} // namespace tigerscope
