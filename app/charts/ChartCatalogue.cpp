#include "ChartCatalogue.h"

#include "CitationFormatter.h"
#include "CompanyPalette.h"
#include "DateFormatter.h"
#include "LanguageCatalogue.h"
#include "NameCollator.h"
#include "NameList.h"
#include "NumberFormatter.h"
#include "UncertaintyStyle.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr const char *Context = "ChartCatalogue";

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

QString t(Language language, const char *text)
{
    return LanguageCatalogue::translate(language, Context, text);
}

/// The same source strings as UncertaintyStyle::legendText, so one translation serves both.
QString encodingText(Language language, EncodingLegendItem item)
{
    const char *text = "";
    switch (item) {
    case EncodingLegendItem::Reported: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "reported"); break;
    case EncodingLegendItem::Estimated: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "approximate or estimated"); break;
    case EncodingLegendItem::Derived: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "derived (calculated)"); break;
    case EncodingLegendItem::AtLeast: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "at least (≥)"); break;
    case EncodingLegendItem::AtMost: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "at most (≤)"); break;
    case EncodingLegendItem::Range: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "range"); break;
    case EncodingLegendItem::Missing: text = QT_TRANSLATE_NOOP("UncertaintyStyle", "not available"); break;
    }
    return LanguageCatalogue::translate(language, "UncertaintyStyle", text);
}

QString qualifierText(Language language, ValueQualifier qualifier)
{
    switch (qualifier) {
    case ValueQualifier::Exact: return t(language, QT_TRANSLATE_NOOP("ChartCatalogue", "exact"));
    case ValueQualifier::Approx: return t(language, QT_TRANSLATE_NOOP("ChartCatalogue", "≈ approximate"));
    case ValueQualifier::AtLeast: return t(language, QT_TRANSLATE_NOOP("ChartCatalogue", "≥ at least"));
    case ValueQualifier::AtMost: return t(language, QT_TRANSLATE_NOOP("ChartCatalogue", "≤ at most"));
    case ValueQualifier::Range: return t(language, QT_TRANSLATE_NOOP("ChartCatalogue", "range"));
    }
    return {};
}

QString statusText(Language language, ValueStatus status)
{
    return LanguageCatalogue::translate(language, Vocabulary::LabelContext, Vocabulary::labelSource(status));
}

QString formatted(const ChartObservation &o, Language language, NumberFormatter::Width width)
{
    return NumberFormatter::formatValue(o.value, o.qualifier == "range"_L1 ? o.valueHigh : qQNaN(),
                                        Vocabulary::fromKey(o.qualifier, Qualifier::Exact),
                                        Vocabulary::fromKey(o.metricUnit, Unit::Count), o.currency, language, width);
}

QString dateText(const QString &iso, const QString &precision, Language language)
{
    return iso.isEmpty() ? DateFormatter::notGiven(language) : DateFormatter::format(iso, precision, language);
}

/// Companies with a fixed palette colour first (tigers, giants, DeepSeek), the rest by name.
void sortCompanies(QList<ChartCategory> &companies, Language language)
{
    const QStringList fixed = CompanyPalette::fixedKeys();
    const NameCollator collator(language);
    std::stable_sort(companies.begin(), companies.end(), [&](const ChartCategory &a, const ChartCategory &b) {
        const qsizetype ia = fixed.indexOf(a.id), ib = fixed.indexOf(b.id);
        if ((ia >= 0) != (ib >= 0))
            return ia >= 0;
        if (ia >= 0)
            return ia < ib;
        return collator(a.label, b.label);
    });
}

/// The most frequent currency of money observations (ties: the first seen); empty for other units.
QString dominantCurrency(const QList<ChartObservation> &rows)
{
    QHash<QString, int> counts;
    QString best;
    for (const ChartObservation &o : rows) {
        if (o.currency.isEmpty())
            continue;
        const int n = ++counts[o.currency];
        if (best.isEmpty() || n > counts.value(best))
            best = o.currency;
    }
    return best;
}

/// Keeps the latest observation (by as-of date, then id) for each company and metric.
QList<ChartObservation> latestPerCompanyAndMetric(const QList<ChartObservation> &rows)
{
    QHash<QString, ChartObservation> latest;
    QStringList order;
    for (const ChartObservation &o : rows) {
        const QString key = o.companyId + u'\x1f' + o.metricKey;
        if (!latest.contains(key)) {
            latest.insert(key, o);
            order.append(key);
            continue;
        }
        const ChartObservation &kept = latest[key];
        if (o.asOf > kept.asOf || (o.asOf == kept.asOf && o.id > kept.id))
            latest[key] = o;
    }
    QList<ChartObservation> result;
    for (const QString &key : std::as_const(order))
        result.append(latest.value(key));
    return result;
}

/// Builds the texts every chart shares: tooltips, the Sources footer, the table rows.
class Composer
{
public:
    Composer(const ChartCatalogue &catalogue, const ChartDataSource &source, Language language)
        : m_catalogue(catalogue)
        , m_source(source)
        , m_language(language)
    {}

    Language language() const { return m_language; }

    void start(BuiltChart &chart, const QString &id) const
    {
        chart.spec.id = id;
        chart.spec.title = ChartCatalogue::title(id, m_language);
        chart.spec.valueAxis.notation
            = m_language == Language::Chinese ? NumberNotation::Chinese : NumberNotation::Western;
        chart.spec.missingLabel = LanguageCatalogue::translate(m_language, "tigerscope::ChartScene", "n.a.");
        chart.spec.setProvenanceMarks(m_language);
        chart.spec.emptyLabel
            = t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "The sources give no figures for this chart."));
        for (EncodingLegendItem item :
             {EncodingLegendItem::Reported, EncodingLegendItem::Estimated, EncodingLegendItem::Derived,
              EncodingLegendItem::AtLeast, EncodingLegendItem::AtMost, EncodingLegendItem::Range,
              EncodingLegendItem::Missing})
            chart.spec.encodingLabels.insert(int(item), encodingText(m_language, item));
    }

    QString company(const QString &en, const QString &zh) const { return pickText(m_language, en, zh); }

    /// The point of an observation, with its tooltip, and the table row beside it.
    ChartPoint observationPoint(const ChartObservation &o, const QString &categoryId, const QString &seriesName,
                                ChartRow *row) const
    {
        ChartPoint p;
        p.categoryId = categoryId;
        p.value = o.value;
        p.valueHigh = o.qualifier == "range"_L1 ? o.valueHigh : qQNaN();
        p.qualifier = Vocabulary::fromKey(o.qualifier, Qualifier::Exact);
        p.status = Vocabulary::fromKey(o.status, ValueStatus::Reported);
        p.display = formatted(o, m_language, NumberFormatter::Width::Short);
        p.citationKey = u"obs:%1"_s.arg(o.id);
        p.usersOwn = o.origin == "user"_L1;
        row->companyId = o.companyId;
        row->company = company(o.companyEn, o.companyZh);
        row->seriesName = seriesName;
        row->value = formatted(o, m_language, NumberFormatter::Width::Long);
        row->date = dateText(o.asOf, o.asOfPrecision, m_language);
        row->qualifier = qualifierText(m_language, p.qualifier);
        row->status = statusText(m_language, p.status);
        row->source = sourceLine(p.citationKey);
        row->citationKey = p.citationKey;
        QStringList lines{row->company + u" — "_s + pickText(m_language, o.metricEn, o.metricZh), row->value, row->date,
                          row->qualifier + u" · "_s + row->status};
        const QString note = pickText(m_language, o.noteEn, o.noteZh);
        if (!note.isEmpty())
            lines.append(note);
        if (p.status == ValueStatus::Derived && !o.derivation.isEmpty() && m_language == Language::English)
            lines.append(o.derivation);
        lines.append(row->source);
        p.tooltip = lines.join(u'\n');
        return p;
    }

    /// "Source: New Entropy, “Title”, ¶ 13: “3 billion”" for the point's first citation.
    QString sourceLine(const QString &citationKey) const
    {
        const ChartCitation c = m_catalogue.citation(citationKey, m_language);
        if (!c.isValid())
            return t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Source: not given"));
        return t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Source: %1"))
            .arg(m_catalogue.reference(c, m_language));
    }

    /// The Sources footer: every article cited by a plotted point, once, in order of first use.
    void finish(BuiltChart &chart) const
    {
        QStringList keys;
        QStringList free;
        for (const ChartRow &row : std::as_const(chart.rows)) {
            for (const ChartCitation &c : m_source.citations(row.citationKey, m_language)) {
                if (!c.articleKey.isEmpty() && !keys.contains(c.articleKey))
                    keys.append(c.articleKey);
                else if (c.articleKey.isEmpty() && !free.contains(c.reference))
                    free.append(c.reference);
            }
        }
        QStringList entries;
        for (const QString &key : std::as_const(keys))
            entries.append(articleLine(m_source.article(key)));
        entries += free;
        if (entries.isEmpty())
            return;
        entries.first().prepend(t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Sources: ")));
        chart.spec.sources = entries;
    }

    QString articleLine(const ChartArticle &a) const { return CitationFormatter::articleLine(a, m_language); }

    /// Names of the six tigers that have none of the rows, for a "no figures for" note.
    QStringList tigersWithout(const QSet<QString> &present) const
    {
        QStringList names;
        QList<ChartCategory> tigers;
        QSqlQuery query(m_source.database());
        if (query.exec(u"SELECT DISTINCT id, name_en, name_zh FROM all_companies WHERE grp = 'tiger'"_s)) {
            while (query.next()) {
                const QString id = query.value(0).toString();
                if (!present.contains(id))
                    tigers.append({id, company(query.value(1).toString(), query.value(2).toString())});
            }
        }
        sortCompanies(tigers, m_language);
        for (const ChartCategory &c : std::as_const(tigers))
            names.append(c.label);
        return names;
    }

    QString listJoin(const QStringList &items) const { return NameList::join(items, m_language); }

private:
    const ChartCatalogue &m_catalogue;
    const ChartDataSource &m_source;
    Language m_language;
};

void applyLogScale(BuiltChart &chart, const ChartOptions &options)
{
    chart.spec.valueAxis.logScale = chart.logScaleApplies && options.logScale.value_or(chart.logScaleDefault);
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
    BuiltChart chart;
    composer.start(chart, id);
    chart.spec.kind = ChartKind::HorizontalBar;
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
                row.series = int(chart.spec.series.size());
                row.point = int(series.points.size());
                row.chartPoint = p;
                series.points.append(p);
                chart.rows.append(row);
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
    if (otherCurrency > 0)
        notes.append(t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Left out: %1 figure(s) given in another currency."))
                         .arg(otherCurrency));
    chart.spec.caption = notes.join(u' ');
    applyLogScale(chart, options);
    composer.finish(chart);
    return chart;
}

BuiltChart ChartCatalogue::companyBars(const QString &id, const QString &metric, bool logDefault,
                                       const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart;
    composer.start(chart, id);
    chart.spec.kind = ChartKind::HorizontalBar;
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
            row.series = 0;
            row.point = int(series.points.size());
            row.chartPoint = p;
            series.points.append(p);
            chart.rows.append(row);
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
    if (otherCurrency > 0)
        notes.append(t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Left out: %1 figure(s) given in another currency."))
                         .arg(otherCurrency));
    chart.spec.caption = notes.join(u' ');
    applyLogScale(chart, options);
    composer.finish(chart);
    return chart;
}

BuiltChart ChartCatalogue::adoption(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart;
    composer.start(chart, u"deepseek-adoption"_s);
    chart.spec.kind = ChartKind::VerticalBar;
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
            row.series = 0;
            row.point = int(series.points.size());
            row.chartPoint = p;
            series.points.append(p);
            chart.rows.append(row);
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
        row.series = 0;
        row.point = int(series.points.size());
        row.chartPoint = p;
        series.points.append(p);
        chart.rows.append(row);
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);
    composer.finish(chart);
    return chart;
}

BuiltChart ChartCatalogue::departures(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart;
    composer.start(chart, u"executive-departures"_s);
    chart.spec.kind = ChartKind::Timeline;
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
            row.series = 0;
            row.point = int(series.points.size());
            row.chartPoint = p;
            series.points.append(p);
            chart.rows.append(row);
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
    composer.finish(chart);
    return chart;
}

BuiltChart ChartCatalogue::positioning(const ChartOptions &options) const
{
    const Language lang = options.language;
    const Composer composer(*this, m_source, lang);
    BuiltChart chart;
    composer.start(chart, u"positioning"_s);
    chart.spec.kind = ChartKind::Positioning;
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
        row.series = 0;
        row.point = int(series.points.size());
        row.chartPoint = p;
        series.points.append(p);
        chart.rows.append(row);
    }
    if (!series.points.isEmpty())
        chart.spec.series.append(series);
    QStringList notes{t(lang,
                        QT_TRANSLATE_NOOP("ChartCatalogue",
                                          "The positions are our reading of the cited paragraphs, not figures printed "
                                          "in the sources (hover a company for the reasons)."))};
    if (!oneAxis.isEmpty()) {
        QStringList names;
        for (const ChartCategory &c : std::as_const(oneAxis))
            names.append(c.label);
        notes.append(t(lang, QT_TRANSLATE_NOOP("ChartCatalogue", "Not placed, the sources describe one axis only: %1."))
                         .arg(composer.listJoin(names)));
    }
    chart.spec.caption = notes.join(u' ');
    composer.finish(chart);
    return chart;
}

} // namespace tigerscope
