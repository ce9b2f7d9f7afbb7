#include "ObservationTableModel.h"

#include "DateFormatter.h"
#include "Labels.h"
#include "NumberFormatter.h"
#include "ObservationTextFilter.h"
#include "SqlSupport.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
// Columns of selectStatement().
enum QueryColumn {
    QId,
    QCompanyId,
    QCompanyZh,
    QCompanyEn,
    QMetricKey,
    QMetricZh,
    QMetricEn,
    QUnit,
    QValue,
    QValueHigh,
    QCurrency,
    QAsOf,
    QPrecision,
    QQualifier,
    QStatus,
    QOrigin,
    QDateMissing,
    QSource
};
} // namespace

ObservationTableModel::ObservationTableModel(QSqlDatabase db, QObject *parent)
    : PagedQueryModel(std::move(db),
                      {QT_TR_NOOP("Company"), QT_TR_NOOP("Metric"), QT_TR_NOOP("Value"), QT_TR_NOOP("As of"),
                       QT_TR_NOOP("Qualifier"), QT_TR_NOOP("Status"), QT_TR_NOOP("Source"), QT_TR_NOOP("Origin")},
                      {CompanyColumn, MetricColumn}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    // The user's figures change through reloads: what conflicts, and which companies and metrics
    // the text filter finds, are read again after each.
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_conflicts.reset();
        m_textFilter.reset();
    });
    sort(CompanyColumn, Qt::AscendingOrder);
}

const ConflictReport &ObservationTableModel::conflicts() const
{
    if (!m_conflicts || m_conflictsLanguage != language()) {
        m_conflicts.emplace(database(), language());
        m_conflictsLanguage = language();
    }
    return *m_conflicts;
}

QList<ObservationTableModel::Arm> ObservationTableModel::arms() const
{
    // One arm per pair of files: observations of the user's file or the shipped one, joined to
    // the companies of a file, table to table. Through the all_<table> views SQLite would
    // materialise the union and scan it for every row. Shipped observations never name a user
    // company, and always have their company: the dataset compiler refuses them otherwise.
    struct Pair
    {
        QString observations;
        QString companies;
    };
    QList<Pair> pairs;
    if (shippedAttached())
        pairs << Pair{u"shipped"_s, u"shipped"_s} << Pair{u"main"_s, u"shipped"_s};
    pairs << Pair{u"main"_s, u"main"_s};
    // The user's observations of a company in neither file (one the dataset no longer has) keep
    // their place: first in ascending company order, as a LEFT JOIN would put them.
    if (m_group.isEmpty())
        pairs << Pair{u"main"_s, QString()};

    // With a text, each pair is read in the parts of ObservationTextFilter, each through its index.
    struct Part
    {
        std::optional<ObservationTextFilter::Condition> condition;
        bool companiesFirst = true;
    };
    if (!m_text.isEmpty() && !m_textFilter)
        m_textFilter.emplace(database(), m_text, shippedAttached());
    const std::optional<ObservationTextFilter> &text = m_textFilter;

    QList<Arm> result;
    for (const Pair &pair : std::as_const(pairs)) {
        const bool orphans = pair.companies.isEmpty();
        QList<Part> parts;
        if (!text)
            parts << Part{};
        else if (orphans)
            parts << Part{text->withoutCompany()};
        else {
            parts << Part{text->byCompany(pair.companies)};
            if (const auto byMetric = text->byMetric(pair.companies))
                parts << Part{byMetric};
            // Driven by the rows the notes' index finds, not by the companies.
            parts << Part{text->byNotes(pair.observations, pair.companies), false};
        }
        const QString origin = pair.observations == "shipped"_L1 ? u"'shipped'"_s : u"'user'"_s;
        for (const Part &part : std::as_const(parts)) {
            Arm arm;
            arm.sql = u"SELECT o.id AS id, o.company_id AS company_id, "_s
                + (orphans ? u"NULL AS name_zh, NULL AS name_en, "_s
                           : u"c.name_zh AS name_zh, c.name_en AS name_en, "_s)
                + u"o.metric_key AS metric_key, "
                  "(SELECT label_zh FROM all_metrics WHERE key = o.metric_key) AS label_zh, "
                  "(SELECT label_en FROM all_metrics WHERE key = o.metric_key) AS label_en, "
                  "(SELECT unit FROM all_metrics WHERE key = o.metric_key) AS unit, "
                  "o.value AS value, o.value_high AS value_high, o.currency AS currency, o.as_of AS as_of, "
                  "o.as_of_precision AS as_of_precision, o.qualifier AS qualifier, o.status AS status, "_s
                + origin + u" AS origin, o.as_of IS NULL AS as_of_missing"_s;
            // Sorted by source, every row needs its source; otherwise pageStatement() adds it for
            // the page's rows only.
            if (sortColumn() == SourceColumn)
                arm.sql += u", "_s + firstCitation(u"observation_id"_s, u"o.id"_s) + u" AS source"_s;
            if (orphans) {
                arm.sql += u" FROM main.observations o WHERE o.company_id NOT IN (SELECT id FROM main.companies)"_s;
                if (shippedAttached())
                    arm.sql += u" AND o.company_id NOT IN (SELECT id FROM shipped.companies)"_s;
            } else {
                // Sorted by company, walking the companies in name order (an index of schema 2) and
                // each one's observations gives the first rows without sorting them all.
                const bool companiesFirst = part.companiesFirst && sortColumn() == CompanyColumn && m_company.isEmpty();
                arm.sql += u" FROM %1.companies c %2 %3.observations o ON o.company_id = c.id WHERE 1 = 1"_s.arg(
                    pair.companies, companiesFirst ? u"CROSS JOIN"_s : u"JOIN"_s, pair.observations);
                if (!m_group.isEmpty()) {
                    arm.sql += u" AND c.grp = ?"_s;
                    arm.values << m_group;
                }
            }
            if (!m_company.isEmpty()) {
                arm.sql += u" AND o.company_id = ?"_s;
                arm.values << m_company;
            }
            if (!m_metric.isEmpty()) {
                arm.sql += u" AND o.metric_key = ?"_s;
                arm.values << m_metric;
            }
            if (part.condition) {
                arm.sql += u" AND "_s + part.condition->sql;
                arm.values << part.condition->values;
            }
            result.append(arm);
        }
    }
    return result;
}

QString ObservationTableModel::selectStatement() const
{
    QStringList selects;
    for (const Arm &arm : arms())
        selects.append(arm.sql);
    // Ordered as a compound (orderBy() names result columns), SQLite merges the arms; wrapped in
    // a subquery it would sort all their rows together instead.
    return selects.join(u" UNION ALL "_s);
}

QVariantList ObservationTableModel::boundValues() const
{
    QVariantList values;
    for (const Arm &arm : arms())
        values.append(arm.values);
    return values;
}

QString ObservationTableModel::orderBy(int column, Qt::SortOrder order) const
{
    return orderKey(column, order, QString());
}

QString ObservationTableModel::orderKey(int column, Qt::SortOrder order, const QString &p) const
{
    QString key;
    switch (column) {
    // Companies of the same name stay apart, each with its rows in id order.
    case CompanyColumn:
        key = textSortKey(p + u"name"_s, language()) + direction(order) + u", "_s + p + u"company_id"_s;
        break;
    case MetricColumn: key = textSortKey(p + u"label"_s, language()); break;
    case ValueColumn: key = p + u"value"_s; break;
    // Figures without a date come last either way.
    case DateColumn: key = p + u"as_of_missing, "_s + p + u"as_of"_s; break;
    case QualifierColumn: key = p + u"qualifier"_s; break;
    case StatusColumn: key = p + u"status"_s; break;
    case SourceColumn: key = p + u"source"_s; break;
    case OriginColumn: key = p + u"origin"_s; break;
    default: key = p + u"id"_s; break;
    }
    return key + direction(order) + u", "_s + p + u"id"_s;
}

QString ObservationTableModel::pageStatement(const QString &pagedSelect) const
{
    if (sortColumn() == SourceColumn)
        return pagedSelect;
    return u"SELECT p.*, %1 AS source FROM (%2) p ORDER BY %3"_s.arg(
        firstCitation(u"observation_id"_s, u"p.id"_s), pagedSelect, orderKey(sortColumn(), sortOrder(), u"p."_s));
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool chinese = language() == Language::Chinese;
    auto raw = [&](int column) { return rawValue(row, column); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn: return raw(chinese ? QCompanyZh : QCompanyEn);
        case MetricColumn: return raw(chinese ? QMetricZh : QMetricEn);
        case ValueColumn: {
            const QVariant high = raw(QValueHigh);
            return NumberFormatter::formatValue(raw(QValue).toDouble(), high.isNull() ? qQNaN() : high.toDouble(),
                                                Vocabulary::fromKey(raw(QQualifier).toString(), Qualifier::Exact),
                                                Vocabulary::fromKey(raw(QUnit).toString(), Unit::Count),
                                                raw(QCurrency).toString(), language());
        }
        case DateColumn: return DateFormatter::format(raw(QAsOf).toString(), raw(QPrecision).toString(), language());
        case QualifierColumn: return Labels::qualifier(raw(QQualifier).toString());
        case StatusColumn: return Labels::status(raw(QStatus).toString());
        case SourceColumn: return citationText(raw(QSource), language());
        case OriginColumn: return Labels::origin(raw(QOrigin).toString());
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        const ObservationNotes notes = notesOf(raw(QId).toLongLong());
        const QString note = chinese ? notes.zh : notes.en;
        if (!note.isEmpty())
            lines << note;
        if (raw(QStatus).toString() == "derived"_L1)
            lines << tr("Derived: %1").arg(notes.derivation);
        const QString conflict = conflicts().noteFor(raw(QId).toLongLong());
        if (!conflict.isEmpty())
            lines << conflict;
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        // Derived and estimated values look different here as in the charts.
        if (index.column() == ValueColumn && raw(QStatus).toString() != "reported"_L1) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        // A value another source contradicts carries a mark (its tooltip names the other), never
        // silently one of the two.
        if (index.column() == ValueColumn && conflicts().isConflicting(raw(QId).toLongLong()))
            return QColor(0xD5, 0x5E, 0x00);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ObservationIdRole: return raw(QId);
    case CompanyIdRole: return raw(QCompanyId);
    case MetricKeyRole: return raw(QMetricKey);
    case ValueRole: return raw(QValue);
    case StatusKeyRole: return raw(QStatus);
    case QualifierKeyRole: return raw(QQualifier);
    case OriginKeyRole: return raw(QOrigin);
    case ConflictingRole: return conflicts().isConflicting(raw(QId).toLongLong());
    }
    return {};
}

void ObservationTableModel::setGroupFilter(const QString &group)
{
    refilter(&m_group, group);
}
void ObservationTableModel::setCompanyFilter(const QString &companyId)
{
    refilter(&m_company, companyId);
}
void ObservationTableModel::setMetricFilter(const QString &metricKey)
{
    refilter(&m_metric, metricKey);
}
void ObservationTableModel::setTextFilter(const QString &text)
{
    refilter(&m_text, text.trimmed());
}

ObservationTableModel::ObservationNotes ObservationTableModel::notesOf(qint64 observationId) const
{
    // Not part of the page query: the index it reads holds the shown columns only.
    QSqlQuery query(database());
    query.prepare(u"SELECT note_zh, note_en, derivation FROM all_observations WHERE id = ?"_s);
    query.addBindValue(observationId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

qint64 ObservationTableModel::observationId(int row) const
{
    return rawValue(row, QId).toLongLong();
}

} // namespace tigerscope
