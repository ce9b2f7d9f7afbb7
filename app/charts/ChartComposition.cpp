#include "ChartComposition.h"

#include "CitationFormatter.h"
#include "CompanyPalette.h"
#include "DateFormatter.h"
#include "LanguageCatalogue.h"
#include "NameCollator.h"
#include "NameList.h"
#include "UncertaintyStyle.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope::chartcomposition {

namespace {

constexpr const char *Context = "ChartCatalogue";

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

} // namespace

QString t(Language language, const char *text)
{
    return LanguageCatalogue::translate(language, Context, text);
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

void applyLogScale(BuiltChart &chart, const ChartOptions &options)
{
    chart.spec.valueAxis.logScale = chart.logScaleApplies && options.logScale.value_or(chart.logScaleDefault);
}

void appendPoint(BuiltChart &chart, int seriesIndex, ChartSeries &series, ChartRow row, const ChartPoint &point)
{
    row.series = seriesIndex;
    row.point = int(series.points.size());
    row.chartPoint = point;
    series.points.append(point);
    chart.rows.append(row);
}

Composer::Composer(const ChartCatalogue &catalogue, const ChartDataSource &source, Language language)
    : m_catalogue(catalogue)
    , m_source(source)
    , m_language(language)
{}

BuiltChart Composer::start(const QString &id, ChartKind kind) const
{
    BuiltChart chart;
    chart.spec.id = id;
    chart.spec.kind = kind;
    chart.spec.title = ChartCatalogue::title(id, m_language);
    chart.spec.valueAxis.notation = m_language == Language::Chinese ? NumberNotation::Chinese : NumberNotation::Western;
    chart.spec.missingLabel = LanguageCatalogue::translate(m_language, "tigerscope::ChartScene", "n.a.");
    chart.spec.setProvenanceMarks(m_language);
    chart.spec.emptyLabel
        = t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "The sources give no figures for this chart."));
    for (EncodingLegendItem item : {EncodingLegendItem::Reported, EncodingLegendItem::Estimated,
                                    EncodingLegendItem::Derived, EncodingLegendItem::AtLeast,
                                    EncodingLegendItem::AtMost, EncodingLegendItem::Range, EncodingLegendItem::Missing})
        chart.spec.encodingLabels.insert(int(item), encodingText(m_language, item));
    return chart;
}

ChartPoint Composer::observationPoint(const ChartObservation &o, const QString &categoryId, const QString &seriesName,
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

QString Composer::sourceLine(const QString &citationKey) const
{
    const ChartCitation c = m_catalogue.citation(citationKey, m_language);
    if (!c.isValid())
        return t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Source: not given"));
    return t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Source: %1")).arg(m_catalogue.reference(c, m_language));
}

BuiltChart Composer::finish(BuiltChart chart) const
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
        entries.append(CitationFormatter::articleLine(m_source.article(key), m_language));
    entries += free;
    if (entries.isEmpty())
        return chart;
    entries.first().prepend(t(m_language, QT_TRANSLATE_NOOP("ChartCatalogue", "Sources: ")));
    chart.spec.sources = entries;
    return chart;
}

QStringList Composer::tigersWithout(const QSet<QString> &present) const
{
    QStringList names;
    QList<ChartCategory> tigers;
    for (const ChartCompany &tiger : m_source.companiesInGroup(u"tiger"_s)) {
        if (!present.contains(tiger.id))
            tigers.append({tiger.id, company(tiger.nameEn, tiger.nameZh)});
    }
    sortCompanies(tigers, m_language);
    for (const ChartCategory &c : std::as_const(tigers))
        names.append(c.label);
    return names;
}

QString Composer::listJoin(const QStringList &items) const
{
    return NameList::join(items, m_language);
}

} // namespace tigerscope::chartcomposition
