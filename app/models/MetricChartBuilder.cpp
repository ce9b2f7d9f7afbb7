#include "MetricChartBuilder.h"

#include "ArticleRepository.h"
#include "CitationFormatter.h"
#include "ConflictReport.h"
#include "LatestFigures.h"
#include "NumberFormatter.h"
#include "Vocabulary.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// CitationFormatter's article line for each article cited by the figures, and each free reference.
QStringList sourcesOf(QSqlDatabase db, const QList<qint64> &observationIds, Language language)
{
    QStringList sources;
    if (observationIds.isEmpty())
        return sources;
    QStringList ids;
    for (qint64 id : observationIds)
        ids.append(QString::number(id));
    QSqlQuery query(db);
    query.exec(u"SELECT DISTINCT article_key, reference FROM all_citations WHERE observation_id IN (%1) "
               "ORDER BY article_key IS NULL, article_key, reference"_s.arg(ids.join(u',')));
    const ArticleRepository articles(db);
    while (query.next()) {
        const QString key = query.value(0).toString();
        ArticleRecord article = articles.article(key);
        article.key = key;
        const QString line
            = key.isEmpty() ? query.value(1).toString() : CitationFormatter::articleLine(article, language);
        if (!sources.contains(line))
            sources.append(line);
    }
    return sources;
}

} // namespace

QStringList MetricChartBuilder::metricsOf(QSqlDatabase db, const QString &companyId)
{
    QStringList keys;
    QSqlQuery query(db);
    query.prepare(u"SELECT DISTINCT metric_key FROM all_observations WHERE company_id = ? ORDER BY metric_key"_s);
    query.addBindValue(companyId);
    query.exec();
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

QStringList MetricChartBuilder::widestMetrics(QSqlDatabase db, int minCompanies, int limit)
{
    QStringList keys;
    QSqlQuery query(db);
    // Positions on a map (ratios) make no bar chart; one currency reads better than two.
    query.prepare(
        u"SELECT o.metric_key, count(DISTINCT o.company_id) AS n FROM all_observations o "
        "JOIN all_metrics m ON m.key = o.metric_key WHERE m.unit <> 'ratio' GROUP BY o.metric_key "
        "HAVING n >= ? ORDER BY count(DISTINCT coalesce(o.currency, '')) ASC, n DESC, o.metric_key LIMIT ?"_s);
    query.addBindValue(minCompanies);
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

void MetricChartBuilder::markConflicts(QSqlDatabase db, const QString &metricKey, const QString &unit,
                                       Language language, ChartSpec *spec)
{
    // A shown figure another source contradicts is marked, and the other value is drawn beside it
    // in a series of its own: neither is silently the chart's.
    ChartSeries others;
    others.key = u"conflicting"_s;
    others.name = tr("Another source");
    others.color = QColor(0x99, 0x99, 0x99);
    for (const ChartCategory &category : std::as_const(spec->categories))
        others.points.append(ChartPoint{category.id});
    bool any = false;
    const ConflictReport report(db, language);
    for (const FigureConflict &conflict : report.conflicts()) {
        if (conflict.metricKey != metricKey)
            continue;
        for (ChartSeries &series : spec->series) {
            for (ChartPoint &point : series.points) {
                const auto shown
                    = std::find_if(conflict.figures.cbegin(), conflict.figures.cend(), [&](const ConflictingFigure &f) {
                          return point.citationKey == u"obs:"_s + QString::number(f.id);
                      });
                if (shown == conflict.figures.cend())
                    continue;
                point.conflicting = true;
                point.tooltip += u'\n' + report.noteFor(shown->id);
                const int index = spec->categoryIndex(point.categoryId);
                for (const ConflictingFigure &other : conflict.figures) {
                    if (other.id == shown->id || index < 0)
                        continue;
                    LatestFigure figure;
                    figure.unit = unit;
                    figure.value = other.value;
                    figure.valueHigh = other.valueHigh;
                    figure.qualifier = other.qualifier;
                    figure.currency = other.currency;
                    ChartPoint &alternative = others.points[index];
                    alternative.value = other.value;
                    alternative.valueHigh = other.valueHigh;
                    alternative.qualifier = Vocabulary::fromKey(other.qualifier, Qualifier::Exact);
                    alternative.display = figure.display(language, true);
                    alternative.tooltip
                        = figure.display(language) + u'\n' + other.sources + u'\n' + report.noteFor(other.id);
                    alternative.citationKey = u"obs:"_s + QString::number(other.id);
                    alternative.conflicting = true;
                    alternative.usersOwn = other.origin == "user"_L1;
                    any = true;
                }
            }
        }
    }
    if (any) {
        spec->series.append(others);
        spec->seriesLegend = true;
    }
}

ChartSpec MetricChartBuilder::build(QSqlDatabase db, const QString &metricKey, const QStringList &companyIds,
                                    Language language)
{
    const bool chinese = language == Language::Chinese;
    ChartSpec spec;
    spec.id = u"metric:"_s + metricKey;
    spec.kind = ChartKind::HorizontalBar;
    spec.missingLabel = tr("no figure");
    spec.setProvenanceMarks(language);

    QString unit;
    QSqlQuery query(db);
    query.prepare(u"SELECT label_zh, label_en, unit FROM all_metrics WHERE key = ?"_s);
    query.addBindValue(metricKey);
    if (query.exec() && query.next()) {
        spec.title = query.value(chinese ? 0 : 1).toString();
        unit = query.value(2).toString();
    }

    const QHash<QString, LatestFigure> figures = LatestFigures::load(db, companyIds, {metricKey});
    QStringList companies = companyIds;
    if (companies.isEmpty()) {
        for (const LatestFigure &figure : figures)
            companies.append(figure.companyId);
        // Largest first; stable across runs.
        std::sort(companies.begin(), companies.end(), [&](const QString &a, const QString &b) {
            const double va = figures.value(LatestFigures::key(a, metricKey)).value;
            const double vb = figures.value(LatestFigures::key(b, metricKey)).value;
            return va != vb ? va > vb : a < b;
        });
    }

    QHash<QString, QString> names;
    query.exec(u"SELECT id, name_zh, name_en FROM all_companies"_s);
    while (query.next())
        names.insert(query.value(0).toString(), query.value(chinese ? 1 : 2).toString());
    for (const QString &id : std::as_const(companies))
        spec.categories.append({id, names.value(id, id)});

    // One series per currency; a company's point goes in the series of its figure's currency.
    QStringList currencies;
    for (const LatestFigure &figure : figures) {
        if (!currencies.contains(figure.currency))
            currencies.append(figure.currency);
    }
    std::sort(currencies.begin(), currencies.end());
    if (currencies.isEmpty())
        currencies.append(QString());

    const NumberFormatter::Unit numberUnit = Vocabulary::fromKey(unit, Unit::Count);
    QList<qint64> shown;
    for (const QString &currency : std::as_const(currencies)) {
        ChartSeries series;
        series.key = currency.isEmpty() ? metricKey : currency;
        series.name = currency.isEmpty() ? spec.title : NumberFormatter::unitLabel(numberUnit, language, currency);
        // A single series is coloured by company; currencies get colours of their own.
        if (currencies.size() > 1)
            series.color = spec.series.isEmpty() ? QColor(0x00, 0x72, 0xB2) : QColor(0xE6, 0x9F, 0x00);
        for (const QString &id : std::as_const(companies)) {
            ChartPoint point;
            point.categoryId = id;
            const auto found = figures.constFind(LatestFigures::key(id, metricKey));
            if (found != figures.constEnd() && found->currency == currency) {
                point.value = found->value;
                point.valueHigh = found->valueHigh;
                point.qualifier = Vocabulary::fromKey(found->qualifier, Qualifier::Exact);
                point.status = Vocabulary::fromKey(found->status, ValueStatus::Reported);
                point.display = found->display(language, true);
                point.tooltip = found->display(language);
                point.citationKey = u"obs:"_s + QString::number(found->id);
                point.usersOwn = found->origin == "user"_L1;
                shown.append(found->id);
            }
            series.points.append(point);
        }
        spec.series.append(series);
    }
    markConflicts(db, metricKey, unit, language, &spec);
    if (currencies.size() > 1)
        spec.subtitle = tr("Amounts in different currencies are shown separately, not converted.");
    const QString unitLabel
        = NumberFormatter::unitLabel(numberUnit, language, currencies.size() == 1 ? currencies.first() : QString());
    spec.valueAxis.title = unitLabel;
    spec.valueAxis.notation = chinese ? NumberNotation::Chinese : NumberNotation::Western;
    const QStringList sources = sourcesOf(db, shown, language);
    if (!sources.isEmpty())
        spec.sources = {tr("Sources: %1").arg(sources.join(u"; "_s))};
    return spec;
}

} // namespace tigerscope
