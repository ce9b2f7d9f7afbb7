#pragma once

#include "ChartCatalogue.h"
#include "ChartDataSource.h"
#include "NumberFormatter.h"

#include <QSet>

/// What the catalogue's charts share: their texts (tooltips, table rows, the Sources footer) and
/// the choices every chart makes the same way (company order, the latest figure, the log scale).
/// For the catalogue's own use.
namespace tigerscope::chartcomposition {

/// The catalogue's translation of text in language.
QString t(Language language, const char *text);
QString qualifierText(Language language, ValueQualifier qualifier);
QString statusText(Language language, ValueStatus status);
QString formatted(const ChartObservation &o, Language language, NumberFormatter::Width width);
QString dateText(const QString &iso, const QString &precision, Language language);
/// Companies with a fixed palette colour first (tigers, giants, DeepSeek), the rest by name.
void sortCompanies(QList<ChartCategory> &companies, Language language);
/// The most frequent currency of money observations (ties: the first seen); empty for other units.
QString dominantCurrency(const QList<ChartObservation> &rows);
/// Keeps the latest observation (by as-of date, then id) for each company and metric.
QList<ChartObservation> latestPerCompanyAndMetric(const QList<ChartObservation> &rows);
void applyLogScale(BuiltChart &chart, const ChartOptions &options);
/// Adds a point to series (the chart's series number seriesIndex) and its row to the table.
void appendPoint(BuiltChart &chart, int seriesIndex, ChartSeries &series, ChartRow row, const ChartPoint &point);

/// Builds the texts every chart shares: tooltips, the Sources footer, the table rows.
class Composer
{
public:
    Composer(const ChartCatalogue &catalogue, const ChartDataSource &source, Language language);

    Language language() const { return m_language; }
    /// A chart of that id and kind with its title, notation, the missing and empty labels and the
    /// encoding legend.
    BuiltChart start(const QString &id, ChartKind kind) const;
    QString company(const QString &en, const QString &zh) const { return pickText(m_language, en, zh); }
    /// The point of an observation, with its tooltip, and the table row beside it.
    ChartPoint observationPoint(const ChartObservation &o, const QString &categoryId, const QString &seriesName,
                                ChartRow *row) const;
    /// "Source: New Entropy, “Title”, ¶ 13: “3 billion”" for the point's first citation.
    QString sourceLine(const QString &citationKey) const;
    /// The chart with its Sources footer: every article cited by a plotted point, once, in order of first use.
    BuiltChart finish(BuiltChart chart) const;
    /// Names of the six tigers that have none of the rows, for a "no figures for" note.
    QStringList tigersWithout(const QSet<QString> &present) const;
    QString listJoin(const QStringList &items) const;

private:
    const ChartCatalogue &m_catalogue;
    const ChartDataSource &m_source;
    Language m_language;
};

} // namespace tigerscope::chartcomposition
