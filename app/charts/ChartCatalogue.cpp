#include "ChartCatalogue.h"

#include "ChartComposition.h"
#include "CitationFormatter.h"
#include "CompanyPalette.h"
#include "DateFormatter.h"
#include "LanguageCatalogue.h"
#include "UncertaintyStyle.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct Definition
{
    const char *id;
    const char *title;
};

constexpr std::array<Definition, 7> definitions{{
    {"financing", QT_TRANSLATE_NOOP("ChartCatalogue", "Financing and valuation")},
    {"users", QT_TRANSLATE_NOOP("ChartCatalogue", "Users and daily active users")},
    {"time-to-15m-dau", QT_TRANSLATE_NOOP("ChartCatalogue", "Days to 15 million daily active users")},
    {"training-cost", QT_TRANSLATE_NOOP("ChartCatalogue", "Cost of training a model")},
    {"deepseek-adoption", QT_TRANSLATE_NOOP("ChartCatalogue", "DeepSeek adoption")},
    {"executive-departures", QT_TRANSLATE_NOOP("ChartCatalogue", "Executive departures")},
    {"positioning", QT_TRANSLATE_NOOP("ChartCatalogue", "Strategic positioning")},
}};

} // namespace

using namespace chartcomposition;

namespace {

/// A chart of metric values ends the same way: its notes (and how many figures in another currency
/// it left out) as the caption, the log scale as asked, the Sources footer.
BuiltChart finishMetricChart(const Composer &composer, BuiltChart chart, QStringList notes, int otherCurrency,
                             const ChartOptions &options)
{
    if (otherCurrency > 0)
        notes.append(t(composer.language(),
                       QT_TRANSLATE_NOOP("ChartCatalogue", "Left out: %1 figure(s) given in another currency."))
                         .arg(otherCurrency));
    chart.spec.caption = notes.join(u' ');
    applyLogScale(chart, options);
    return composer.finish(std::move(chart));
}

} // namespace

ChartCatalogue::ChartCatalogue(QSqlDatabase db)
    : m_source(std::move(db))
{}

QStringList ChartCatalogue::ids()
{
    QStringList list;
    for (const Definition &d : definitions)
        list.append(QString::fromLatin1(d.id));
    return list;
}

bool ChartCatalogue::contains(const QString &id)
{
    return ids().contains(id);
}

QString ChartCatalogue::title(const QString &id, Language language)
{
    for (const Definition &d : definitions) {
        if (id == QLatin1StringView(d.id))
            return t(language, d.title);
    }
    return {};
}

BuiltChart ChartCatalogue::build(const QString &id, const ChartOptions &options) const
{
    if (id == "financing"_L1)
        return metricGroups(id, {u"financing_round"_s, u"funding_within_period"_s, u"valuation"_s}, options);
    if (id == "users"_L1)
        return metricGroups(id, {u"enterprise_developer_users"_s, u"daily_active_users"_s}, options);
    if (id == "time-to-15m-dau"_L1)
        return companyBars(id, u"days_to_15m_dau"_s, false, options);
    if (id == "training-cost"_L1)
        return companyBars(id, u"training_cost"_s, true, options);
    if (id == "deepseek-adoption"_L1)
        return adoption(options);
    if (id == "executive-departures"_L1)
        return departures(options);
    if (id == "positioning"_L1)
        return positioning(options);
    return {};
}

ChartCitation ChartCatalogue::citation(const QString &citationKey, Language language) const
{
    const QList<ChartCitation> all = m_source.citations(citationKey, language);
    return all.isEmpty() ? ChartCitation{} : all.first();
}

QString ChartCatalogue::reference(const ChartCitation &citation, Language language) const
{
    return CitationFormatter::longForm(citation, m_source.article(citation.articleKey), language);
}

BuiltChart ChartCatalogue::metricGroups(const QString &id, const QStringList &metrics,
                                        const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart = composer.start(id, ChartKind::HorizontalBar);
    chart.spec.seriesLegend = true; // the legend names the companies, even a single one
    chart.logScaleApplies = true;

    // One currency per chart: the most frequent; the latest figure per company and metric.
    const QList<ChartObservation> all = m_source.observations(metrics);
    const QString currency = dominantCurrency(all);
    int otherCurrency = 0;
    QSet<QString> present;
    QList<ChartObservation> rows;
    for (const ChartObservation &o : all) {
        if (!o.currency.isEmpty() && o.currency != currency) {
            ++otherCurrency;
            continue;
        }
        present.insert(o.companyId);
        rows.append(o);
    }
    rows = latestPerCompanyAndMetric(rows);

    // Companies are the series (each in its own colour), the metrics the categories.
    QList<ChartCategory> companies;
    for (const ChartObservation &o : std::as_const(rows)) {
        if (std::none_of(companies.cbegin(), companies.cend(),
                         [&](const ChartCategory &c) { return c.id == o.companyId; }))
            companies.append({o.companyId, composer.company(o.companyEn, o.companyZh)});
    }
    sortCompanies(companies, lang);
    chart.companies = companies;

    QString unitName;
    for (const QString &metric : metrics) {
        for (const ChartObservation &o : std::as_const(rows)) {
            if (o.metricKey == metric && !options.hiddenCompanies.contains(o.companyId)) {
                chart.spec.categories.append({metric, pickText(lang, o.metricEn, o.metricZh)});
                unitName = NumberFormatter::unitLabel(Vocabulary::fromKey(o.metricUnit, Unit::Count), lang, currency);
                break;
            }
        }
    }
    for (const ChartCategory &company : std::as_const(companies)) {
        if (options.hiddenCompanies.contains(company.id))
            continue;
        ChartSeries series{company.id, company.label, CompanyPalette::color(company.id), {}};
        for (const ChartCategory &category : std::as_const(chart.spec.categories)) {
            for (const ChartObservation &o : std::as_const(rows)) {
                if (o.companyId != company.id || o.metricKey != category.id)
                    continue;
                ChartRow row;
                row.category = category.label;
                ChartPoint p = composer.observationPoint(o, category.id, company.label, &row);
                appendPoint(chart, int(chart.spec.series.size()), series, row, p);
            }
        }
        if (!series.points.isEmpty())
            chart.spec.series.append(series);
    }
    chart.spec.valueAxis.title = unitName;

    if (id == "financing"_L1) {
        chart.spec.subtitle = t(lang,
                                QT_TRANSLATE_NOOP("ChartCatalogue",
                                                  "The latest financing round, funds raised within a period and "
                                                  "valuation, by company, as the sources report them"));
    } else {
        chart.spec.subtitle = t(lang,
                                QT_TRANSLATE_NOOP("ChartCatalogue",
                                                  "Users as the sources count them: enterprise and developer users of "
                                                  "a platform, daily active users of an assistant"));
    }
    QStringList notes;
    const QStringList missing = composer.tigersWithout(present);
    if (!missing.isEmpty())
        notes.append(t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "The sources give no such figures for %1."))
                         .arg(composer.listJoin(missing)));
    return finishMetricChart(composer, std::move(chart), notes, otherCurrency, options);
}

BuiltChart ChartCatalogue::companyBars(const QString &id, const QString &metric, bool logDefault,
                                       const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart = composer.start(id, ChartKind::HorizontalBar);
    chart.logScaleApplies = true;
    chart.logScaleDefault = logDefault;

    const QList<ChartObservation> all = m_source.observations({metric});
    const QString currency = dominantCurrency(all);
    int otherCurrency = 0;
    QList<ChartObservation> rows;
    for (const ChartObservation &o : all) {
        if (!o.currency.isEmpty() && o.currency != currency)
            ++otherCurrency;
        else
            rows.append(o);
    }
    rows = latestPerCompanyAndMetric(rows);
    QList<ChartCategory> companies;
    for (const ChartObservation &o : std::as_const(rows))
        companies.append({o.companyId, composer.company(o.companyEn, o.companyZh)});
    sortCompanies(companies, lang);
    chart.companies = companies;

    QString seriesName = ChartCatalogue::title(id, lang);
    if (!rows.isEmpty()) {
        seriesName = pickText(lang, rows.first().metricEn, rows.first().metricZh);
        chart.spec.valueAxis.title
            = NumberFormatter::unitLabel(Vocabulary::fromKey(rows.first().metricUnit, Unit::Count), lang, currency);
    }
    // One series without a colour: each bar takes its company's colour.
    ChartSeries series{metric, seriesName, QColor(), {}};
    for (const ChartCategory &company : std::as_const(companies)) {
        if (options.hiddenCompanies.contains(company.id))
            continue;
        chart.spec.categories.append(company);
        for (const ChartObservation &o : std::as_const(rows)) {
            if (o.companyId != company.id)
                continue;
            ChartRow row;
            row.category = company.label;
            ChartPoint p = composer.observationPoint(o, company.id, seriesName, &row);
            appendPoint(chart, 0, series, row, p);
        }
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);

    QStringList notes;
    if (id == "time-to-15m-dau"_L1) {
        chart.spec.subtitle
            = t(lang,
                QT_TRANSLATE_NOOP(
                    "ChartCatalogue",
                    "How many days after launch each company's assistant took to reach 15 million daily active users"));
    } else {
        chart.spec.subtitle
            = t(lang,
                QT_TRANSLATE_NOOP(
                    "ChartCatalogue",
                    "Reported training cost of one model per company; a derived figure follows from a reported ratio"));
    }
    return finishMetricChart(composer, std::move(chart), notes, otherCurrency, options);
}

BuiltChart ChartCatalogue::adoption(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart = composer.start(u"deepseek-adoption"_s, ChartKind::VerticalBar);
    const QString subject = u"deepseek"_s;
    chart.spec.subtitle = t(lang,
                            QT_TRANSLATE_NOOP("ChartCatalogue",
                                              "Central state-owned enterprises that deployed DeepSeek, companies "
                                              "connected to it, and the giants' cloud platforms that launched it"));
    chart.spec.valueAxis.title = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "number"));

    QList<ChartObservation> rows;
    const ChartObservation *share = nullptr;
    const QList<ChartObservation> all = latestPerCompanyAndMetric(m_source.observations(
        {u"central_soes"_s, u"soes_deployed"_s, u"companies_connected"_s, u"soe_deployment_share"_s}));
    for (const ChartObservation &o : all) {
        if (o.companyId != subject)
            continue;
        if (o.metricKey == "soe_deployment_share"_L1)
            share = &o;
        else
            rows.append(o);
    }
    ChartSeries series{u"adoption"_s, ChartCatalogue::title(chart.spec.id, lang), CompanyPalette::color(subject), {}};
    for (const QString &metric : {u"central_soes"_s, u"soes_deployed"_s, u"companies_connected"_s}) {
        for (const ChartObservation &o : std::as_const(rows)) {
            if (o.metricKey != metric)
                continue;
            const QString label = pickText(lang, o.metricEn, o.metricZh);
            chart.spec.categories.append({metric, label});
            ChartRow row;
            row.category = label;
            ChartPoint p = composer.observationPoint(o, metric, series.name, &row);
            if (metric == "soes_deployed"_L1 && share) {
                const QString shareText = formatted(*share, lang, NumberFormatter::Width::Short);
                p.display += u" ("_s + shareText + u')';
                p.tooltip += u"\n"_s + pickText(lang, share->metricEn, share->metricZh) + u": "_s + shareText + u"\n"_s
                    + composer.sourceLine(u"obs:%1"_s.arg(share->id));
                row.value += u" ("_s + shareText + u')';
            }
            appendPoint(chart, 0, series, row, p);
        }
    }

    // The giants' platforms (giant-group companies that are nobody's parent, e.g. their clouds)
    // that launched a DeepSeek integration: a count we make from the integration events.
    QList<ChartEvent> launches;
    for (const ChartEvent &e : m_source.events(u"integration"_s)) {
        if (e.companyGroup == "giant"_L1 && !e.companyIsParent)
            launches.append(e);
    }
    if (!launches.isEmpty()) {
        const QString label = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Cloud platforms that launched DeepSeek"));
        chart.spec.categories.append({u"cloud_launches"_s, label});
        ChartPoint p;
        p.categoryId = u"cloud_launches"_s;
        p.value = double(launches.size());
        p.status = ValueStatus::Derived;
        p.display = NumberFormatter::plain(p.value, lang);
        p.citationKey = u"event:%1"_s.arg(launches.first().id);
        ChartRow row;
        row.companyId = launches.first().companyId;
        row.category = label;
        row.seriesName = series.name;
        row.value = p.display;
        row.qualifier = qualifierText(lang, p.qualifier);
        row.status = statusText(lang, p.status);
        row.citationKey = p.citationKey;
        row.source = composer.sourceLine(p.citationKey);
        QStringList names;
        QStringList lines{label, p.display};
        for (const ChartEvent &e : std::as_const(launches)) {
            names.append(composer.company(e.companyEn, e.companyZh));
            lines.append(u"• "_s + names.last() + u" — "_s + dateText(e.date, e.datePrecision, lang));
        }
        row.company = composer.listJoin(names);
        row.date = dateText(launches.first().date, launches.first().datePrecision, lang);
        lines.append(row.status + u": "_s
                     + t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "counted from the integration events")));
        lines.append(row.source);
        p.tooltip = lines.join(u'\n');
        appendPoint(chart, 0, series, row, p);
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);
    return composer.finish(std::move(chart));
}

BuiltChart ChartCatalogue::departures(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart = composer.start(u"executive-departures"_s, ChartKind::Timeline);
    chart.spec.subtitle
        = t(lang,
            QT_TRANSLATE_NOOP("ChartCatalogue",
                              "Departures of executives and co-founders reported by the sources, by company"));
    chart.spec.valueAxis.title = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "date"));
    chart.spec.encodingLabels.insert(int(EncodingLegendItem::Reported),
                                     t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "date as the source gives it")));
    chart.spec.encodingLabels.insert(
        int(EncodingLegendItem::Estimated),
        t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "no date given: on or before the article's date")));

    const QList<ChartEvent> events = m_source.events(u"departure"_s);
    QList<ChartCategory> companies;
    for (const ChartEvent &e : events) {
        if (std::none_of(companies.cbegin(), companies.cend(),
                         [&](const ChartCategory &c) { return c.id == e.companyId; }))
            companies.append({e.companyId, composer.company(e.companyEn, e.companyZh)});
    }
    sortCompanies(companies, lang);
    chart.companies = companies;

    const QString seriesName = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Departure"));
    ChartSeries series{u"departure"_s, seriesName, QColor(), {}};
    int undated = 0;
    for (const ChartCategory &company : std::as_const(companies)) {
        if (options.hiddenCompanies.contains(company.id))
            continue;
        chart.spec.categories.append(company);
        for (const ChartEvent &e : events) {
            if (e.companyId != company.id)
                continue;
            ChartPoint p;
            p.categoryId = e.companyId;
            p.citationKey = u"event:%1"_s.arg(e.id);
            p.display = pickText(lang, e.personEn, e.personZh);
            ChartRow row;
            row.companyId = e.companyId;
            row.company = company.label;
            row.category = company.label;
            row.seriesName = seriesName;
            row.value = p.display;
            row.citationKey = p.citationKey;
            row.source = composer.sourceLine(p.citationKey);
            if (!e.date.isEmpty()) {
                p.date = QDate::fromString(e.date.left(10), Qt::ISODate);
                row.date = dateText(e.date, e.datePrecision, lang);
            } else {
                // An undated event happened on or before the day the article citing it appeared.
                const ChartCitation c = citation(p.citationKey, lang);
                const ChartArticle a = m_source.article(c.articleKey);
                p.date = QDate::fromString(a.published, Qt::ISODate);
                p.qualifier = ValueQualifier::Approx;
                ++undated;
                row.date = p.date.isValid() ? t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "on or before %1"))
                                                  .arg(dateText(a.published, u"day"_s, lang))
                                            : DateFormatter::notGiven(lang);
            }
            row.qualifier = qualifierText(lang, p.qualifier);
            row.status = statusText(lang, p.status);
            QStringList lines{row.company + u" — "_s + p.display, row.date, pickText(lang, e.summaryEn, e.summaryZh),
                              row.source};
            p.tooltip = lines.join(u'\n');
            appendPoint(chart, 0, series, row, p);
        }
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);
    if (undated > 0)
        chart.spec.caption = t(
            lang,
            QT_TRANSLATE_NOOP(
                "ChartCatalogue",
                "Light markers: the source gives no date; they stand at the date of the article that reports them."));
    return composer.finish(std::move(chart));
}

BuiltChart ChartCatalogue::positioning(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart = composer.start(u"positioning"_s, ChartKind::Positioning);
    chart.spec.subtitle = t(
        lang,
        QT_TRANSLATE_NOOP(
            "ChartCatalogue",
            "Where the articles place each company: business or consumer customers, open-source or own closed models"));
    PositioningSpec &pos = chart.spec.positioning;
    pos.xTitle = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Customers"));
    pos.yTitle = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Models"));
    pos.xLowLabel = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Consumers (C-end)"));
    pos.xHighLabel = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Business and government (B-end)"));
    pos.yLowLabel = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Own closed models"));
    pos.yHighLabel = t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Open source"));
    pos.quadrantLabels = {t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Open models for business")),
                          t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Open models for consumers")),
                          t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Own models for consumers")),
                          t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Own models for business"))};

    const QString xMetric = u"positioning_customers"_s;
    const QString yMetric = u"positioning_open_source"_s;
    const QList<ChartObservation> all = latestPerCompanyAndMetric(m_source.observations({xMetric, yMetric}));
    QHash<QString, const ChartObservation *> xs, ys;
    QList<ChartCategory> placed, oneAxis;
    for (const ChartObservation &o : all)
        (o.metricKey == xMetric ? xs : ys).insert(o.companyId, &o);
    for (const ChartObservation &o : all) {
        const ChartCategory c{o.companyId, composer.company(o.companyEn, o.companyZh)};
        QList<ChartCategory> &list = xs.contains(o.companyId) && ys.contains(o.companyId) ? placed : oneAxis;
        if (std::none_of(list.cbegin(), list.cend(), [&](const ChartCategory &k) { return k.id == c.id; }))
            list.append(c);
    }
    sortCompanies(placed, lang);
    sortCompanies(oneAxis, lang);
    chart.companies = placed;

    const QString seriesName = ChartCatalogue::title(chart.spec.id, lang);
    ChartSeries series{u"positioning"_s, seriesName, QColor(), {}};
    for (const ChartCategory &company : std::as_const(placed)) {
        if (options.hiddenCompanies.contains(company.id))
            continue;
        chart.spec.categories.append(company);
        const ChartObservation &x = *xs.value(company.id);
        const ChartObservation &y = *ys.value(company.id);
        ChartRow row;
        row.category = company.label;
        ChartPoint p = composer.observationPoint(x, company.id, seriesName, &row);
        ChartRow yRow;
        composer.observationPoint(y, company.id, seriesName, &yRow);
        p.position = QPointF(x.value, y.value);
        p.value = qQNaN();
        p.display.clear();
        const QString xy
            = u"x = %1, y = %2"_s.arg(NumberFormatter::plain(x.value, lang), NumberFormatter::plain(y.value, lang));
        QStringList lines{company.label, xy, row.qualifier + u" · "_s + row.status};
        for (const auto &[o, source] : {std::pair{&x, row.source}, std::pair{&y, yRow.source}}) {
            lines.append(QString());
            lines.append(pickText(lang, o->metricEn, o->metricZh) + u": "_s + NumberFormatter::plain(o->value, lang));
            lines.append(pickText(lang, o->noteEn, o->noteZh));
            lines.append(source);
        }
        p.tooltip = lines.join(u'\n');
        row.value = xy;
        appendPoint(chart, 0, series, row, p);
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);
    QStringList notes{t(lang,
                        QT_TRANSLATE_NOOP("ChartCatalogue",
                                          "The positions are our reading of the cited paragraphs, not figures printed "
                                          "in the sources."))};
    if (!oneAxis.isEmpty()) {
        QStringList names;
        for (const ChartCategory &c : std::as_const(oneAxis))
            names.append(c.label);
        notes.append(t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Not placed, the sources describe one axis only: %1."))
                         .arg(composer.listJoin(names)));
    }
    chart.spec.caption = notes.join(u' ');
    return composer.finish(std::move(chart));
}

} // namespace tigerscope
