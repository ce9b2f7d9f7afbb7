#include "ObservationTableModel.h"

#include "DateFormatter.h"
#include "Labels.h"
#include "NumberFormatter.h"

#include <QBrush>
#include <QFont>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
// Columns of selectStatement().
enum QueryColumn {
    QId, QCompanyId, QCompanyZh, QCompanyEn, QMetricKey, QMetricZh, QMetricEn, QUnit, QValue, QValueHigh,
    QCurrency, QAsOf, QPrecision, QQualifier, QStatus, QOrigin, QSource
};
} // namespace

ObservationTableModel::ObservationTableModel(QSqlDatabase db, QObject *parent)
    : PagedQueryModel(std::move(db), parent)
{
    QSqlQuery attached(database());
    m_shippedAttached = attached.exec(u"SELECT 1 FROM pragma_database_list WHERE name = 'shipped'"_s) && attached.next();
    sort(CompanyColumn, Qt::AscendingOrder);
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ObservationTableModel::readsInCompanyOrder() const
{
    return sortColumn() == CompanyColumn && m_text.isEmpty();
}

QString ObservationTableModel::selectStatement() const
{
    return readsInCompanyOrder() ? companyOrderedSelect() : generalSelect();
}

QString ObservationTableModel::generalSelect() const
{
    QString sql = u"SELECT o.id, o.company_id, c.name_zh, c.name_en, o.metric_key, m.label_zh, m.label_en, m.unit, "
                  "o.value, o.value_high, o.currency, o.as_of, o.as_of_precision, o.qualifier, o.status, o.origin"_s;
    // Sorted by source, the source is needed for every row; otherwise pageStatement() adds it
    // for the page's rows only.
    if (sortColumn() == SourceColumn)
        sql += u", (SELECT coalesce(ci.article_key || ' ' || ci.lang || ' ¶' || ci.paragraph, ci.reference) "
               " FROM all_citations ci WHERE ci.observation_id = o.id ORDER BY ci.lang, ci.id LIMIT 1) AS source"_s;
    sql += u" FROM all_observations o "
                  "LEFT JOIN all_companies c ON c.id = o.company_id "
                  "LEFT JOIN all_metrics m ON m.key = o.metric_key WHERE 1 = 1"_s;
    if (!m_group.isEmpty())
        sql += u" AND c.grp = ?"_s;
    if (!m_company.isEmpty())
        sql += u" AND o.company_id = ?"_s;
    if (!m_metric.isEmpty())
        sql += u" AND o.metric_key = ?"_s;
    if (!m_text.isEmpty())
        sql += u" AND (c.name_zh LIKE ?1x OR c.name_en LIKE ?1x OR m.label_zh LIKE ?1x OR m.label_en LIKE ?1x "
               "OR o.note_zh LIKE ?1x OR o.note_en LIKE ?1x "
               "OR o.company_id IN (SELECT company_id FROM all_aliases WHERE text LIKE ?1x))"_s.replace(u"?1x"_s, u"? ESCAPE '\\'"_s);
    return sql;
}

QList<ObservationTableModel::CompanyOrderedPart> ObservationTableModel::companyOrderedParts() const
{
    QList<CompanyOrderedPart> parts;
    if (m_shippedAttached) {
        // The shipped dataset may be large: walk its companies in name order (an index of
        // schema 2) and each one's observations, so the first rows come without a sort.
        parts.append({u"shipped"_s, u"shipped"_s, u"CROSS JOIN"_s});
        parts.append({u"main"_s, u"shipped"_s, u"JOIN"_s});
    }
    parts.append({u"main"_s, u"main"_s, u"JOIN"_s});
    // The user's observations of a company in neither file (one the dataset no longer has) keep
    // their place: first in ascending order, as in the general query. Shipped observations always
    // have their company: the dataset compiler refuses them otherwise.
    if (m_group.isEmpty())
        parts.append({u"main"_s, QString(), QString()});
    return parts;
}

QString ObservationTableModel::companyOrderedSelect() const
{
    const QString valueColumns = u"(SELECT label_zh FROM all_metrics WHERE key = o.metric_key) AS label_zh, "
                                 "(SELECT label_en FROM all_metrics WHERE key = o.metric_key) AS label_en, "
                                 "(SELECT unit FROM all_metrics WHERE key = o.metric_key) AS unit, "
                                 "o.value, o.value_high, o.currency, o.as_of, o.as_of_precision, o.qualifier, o.status"_s;
    QStringList selects;
    for (const CompanyOrderedPart &part : companyOrderedParts()) {
        const QString origin = part.observations == "shipped"_L1 ? u"'shipped'"_s : u"'user'"_s;
        QString select;
        if (part.companies.isEmpty()) {
            select = u"SELECT o.id AS id, o.company_id AS company_id, NULL AS name_zh, NULL AS name_en, o.metric_key, %1, %2 AS origin "
                     "FROM main.observations o WHERE o.company_id NOT IN (SELECT id FROM main.companies)"_s
                         .arg(valueColumns, origin);
            if (m_shippedAttached)
                select += u" AND o.company_id NOT IN (SELECT id FROM shipped.companies)"_s;
        } else {
            select = u"SELECT o.id AS id, c.id AS company_id, c.name_zh AS name_zh, c.name_en AS name_en, o.metric_key, %1, %2 AS origin "
                     "FROM %3.companies c %4 %5.observations o ON o.company_id = c.id WHERE 1 = 1"_s
                         .arg(valueColumns, origin, part.companies, part.join, part.observations);
            if (!m_group.isEmpty())
                select += u" AND c.grp = ?"_s;
        }
        if (!m_company.isEmpty())
            select += u" AND o.company_id = ?"_s;
        if (!m_metric.isEmpty())
            select += u" AND o.metric_key = ?"_s;
        selects.append(select);
    }
    // Ordered as a compound (see orderBy()), SQLite merges the arms; wrapped in a subquery it
    // would sort all their rows instead. The compound's ORDER BY names result columns, hence the
    // aliases.
    return selects.join(u" UNION ALL "_s);
}

QVariantList ObservationTableModel::boundValues() const
{
    QVariantList values;
    if (readsInCompanyOrder()) {
        for (const CompanyOrderedPart &part : companyOrderedParts()) {
            if (!m_group.isEmpty() && !part.companies.isEmpty())
                values.append(m_group);
            if (!m_company.isEmpty())
                values.append(m_company);
            if (!m_metric.isEmpty())
                values.append(m_metric);
        }
        return values;
    }
    if (!m_group.isEmpty())
        values.append(m_group);
    if (!m_company.isEmpty())
        values.append(m_company);
    if (!m_metric.isEmpty())
        values.append(m_metric);
    if (!m_text.isEmpty()) {
        QString escaped = m_text;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        for (int i = 0; i < 7; ++i)
            values.append(u'%' + escaped + u'%');
    }
    return values;
}

QString ObservationTableModel::orderBy(int column, Qt::SortOrder order) const
{
    if (readsInCompanyOrder())
        return orderKey(column, order, QString(), QString(), QString());
    return orderKey(column, order, u"o."_s, u"c."_s, u"m."_s);
}

QString ObservationTableModel::orderKey(int column, Qt::SortOrder order, const QString &o, const QString &c,
                                        const QString &m) const
{
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const bool chinese = m_language == Language::Chinese;
    QString key;
    switch (column) {
    // Companies of the same name stay apart, each with its rows in id order.
    case CompanyColumn:
        key = (chinese ? c + u"name_zh"_s : c + u"name_en COLLATE NOCASE"_s) + direction + u", "_s + o + u"company_id"_s;
        break;
    case MetricColumn: key = chinese ? m + u"label_zh"_s : m + u"label_en COLLATE NOCASE"_s; break;
    case ValueColumn: key = o + u"value"_s; break;
    case DateColumn: key = o + u"as_of IS NULL, "_s + o + u"as_of"_s; break;
    case QualifierColumn: key = o + u"qualifier"_s; break;
    case StatusColumn: key = o + u"status"_s; break;
    case SourceColumn: key = u"source"_s; break;
    case OriginColumn: key = o + u"origin"_s; break;
    default: key = o + u"id"_s; break;
    }
    return key + direction + u", "_s + o + u"id"_s;
}

QString ObservationTableModel::pageStatement(const QString &pagedSelect) const
{
    if (sortColumn() == SourceColumn)
        return pagedSelect;
    // Through the all_citations view SQLite would index a million citations for every page; per
    // table, each lookup uses the citations_observation index.
    auto citations = [](const QString &schema) {
        return u"SELECT id, lang, article_key, paragraph, reference FROM %1.citations WHERE observation_id = p.id"_s.arg(schema);
    };
    QString rows = citations(u"main"_s);
    if (m_shippedAttached)
        rows = citations(u"shipped"_s) + u" UNION ALL "_s + rows;
    const QString p = u"p."_s;
    return u"SELECT p.*, (SELECT coalesce(ci.article_key || ' ' || ci.lang || ' ¶' || ci.paragraph, ci.reference) "
           "FROM (%1) ci ORDER BY ci.lang, ci.id LIMIT 1) AS source FROM (%2) p ORDER BY %3"_s
        .arg(rows, pagedSelect, orderKey(sortColumn(), sortOrder(), p, p, p));
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool chinese = m_language == Language::Chinese;
    auto raw = [&](int column) { return rawValue(row, column); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn: return raw(chinese ? QCompanyZh : QCompanyEn);
        case MetricColumn: return raw(chinese ? QMetricZh : QMetricEn);
        case ValueColumn: {
            const QVariant high = raw(QValueHigh);
            return NumberFormatter::formatValue(raw(QValue).toDouble(), high.isNull() ? qQNaN() : high.toDouble(),
                                                NumberFormatter::qualifierFromName(raw(QQualifier).toString()),
                                                NumberFormatter::unitFromName(raw(QUnit).toString()),
                                                raw(QCurrency).toString(), m_language);
        }
        case DateColumn: return DateFormatter::format(raw(QAsOf).toString(), raw(QPrecision).toString(), m_language);
        case QualifierColumn: return Labels::qualifier(raw(QQualifier).toString());
        case StatusColumn: return Labels::status(raw(QStatus).toString());
        case SourceColumn: return raw(QSource);
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
    }
    return {};
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn: return tr("Company");
    case MetricColumn: return tr("Metric");
    case ValueColumn: return tr("Value");
    case DateColumn: return tr("As of");
    case QualifierColumn: return tr("Qualifier");
    case StatusColumn: return tr("Status");
    case SourceColumn: return tr("Source");
    case OriginColumn: return tr("Origin");
    }
    return {};
}

void ObservationTableModel::setLanguage(Language language)
{
    m_language = language;
    if (sortColumn() == CompanyColumn || sortColumn() == MetricColumn)
        reload();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ObservationTableModel::refilter(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    reload();
}

void ObservationTableModel::setGroupFilter(const QString &group) { refilter(&m_group, group); }
void ObservationTableModel::setCompanyFilter(const QString &companyId) { refilter(&m_company, companyId); }
void ObservationTableModel::setMetricFilter(const QString &metricKey) { refilter(&m_metric, metricKey); }
void ObservationTableModel::setTextFilter(const QString &text) { refilter(&m_text, text.trimmed()); }

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
