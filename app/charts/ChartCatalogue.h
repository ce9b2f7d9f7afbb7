#pragma once

#include "ChartDataSource.h"
#include "ChartSpec.h"
#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace tigerscope {

/// What the reader asked of a chart: its language, the companies left out, log or linear.
struct ChartOptions
{
    Language language = Language::English;
    QStringList hiddenCompanies;
    std::optional<bool> logScale; ///< empty: the chart's default
};

/// One plotted figure or event as the Table tab and the tooltips show it, in the chart's language.
struct ChartRow
{
    int series = -1;
    int point = -1;
    QString companyId;
    QString company;
    QString category;
    QString seriesName;
    QString value;
    QString date;
    QString qualifier;
    QString status;
    QString source;
    QString citationKey;   ///< "obs:<id>" or "event:<id>"
    ChartPoint chartPoint; ///< for the certainty encoding of the table's swatch
};

/// A chart built from the database: the spec the painter draws and the rows behind it.
struct BuiltChart
{
    ChartSpec spec;
    QList<ChartRow> rows;
    QList<ChartCategory> companies; ///< the companies the reader may hide (all with data)
    bool logScaleApplies = false;
    bool logScaleDefault = false;

    bool isValid() const { return !spec.id.isEmpty(); }
    bool hasData() const { return !rows.isEmpty(); }
};

/// The charts Tigerscope offers, each with a stable id, built from the database views
/// (all_observations, all_events, all_citations, all_articles) in any language, whatever the
/// interface shows: titles, axes, legends, values and dates all follow ChartOptions::language.
/// No figure is written here; a chart whose data is missing says so.
class ChartCatalogue
{
public:
    explicit ChartCatalogue(QSqlDatabase db);

    /// Stable ids, in menu order.
    static QStringList ids();
    static bool contains(const QString &id);
    /// The chart's title in a language; empty for an unknown id.
    static QString title(const QString &id, Language language);

    /// The chart, or an invalid BuiltChart for an unknown id.
    BuiltChart build(const QString &id, const ChartOptions &options = {}) const;

    /// The first citation of a point ("obs:<id>" / "event:<id>") in the language, else in the other.
    ChartCitation citation(const QString &citationKey, Language language) const;
    /// A citation as a reference line: outlet, “title”, date, paragraph and the figure as printed.
    QString reference(const ChartCitation &citation, Language language) const;

private:
    BuiltChart metricGroups(const QString &id, const QStringList &metrics, const ChartOptions &options) const;
    BuiltChart companyBars(const QString &id, const QString &metric, bool logDefault,
                           const ChartOptions &options) const;
    BuiltChart adoption(const ChartOptions &options) const;
    BuiltChart departures(const ChartOptions &options) const;
    BuiltChart positioning(const ChartOptions &options) const;

    ChartDataSource m_source;
};

} // namespace tigerscope
