#include "EventTableModel.h"

#include "DateFormatter.h"
#include "Labels.h"
#include "NameCollation.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
enum QueryColumn {
    QId,
    QCompanyId,
    QCompanyZh,
    QCompanyEn,
    QDate,
    QPrecision,
    QKind,
    QSummaryZh,
    QSummaryEn,
    QOrigin,
    QSource
};
} // namespace

EventTableModel::EventTableModel(QSqlDatabase db, QObject *parent)
    : PagedQueryModel(std::move(db), ColumnCount, parent)
{
    sort(DateColumn, Qt::DescendingOrder);
}

QString EventTableModel::selectStatement() const
{
    // The source per file: through the all_citations view SQLite would materialise and index
    // every citation of a large dataset for each statement.
    QString sql = u"SELECT e.id, e.company_id, c.name_zh, c.name_en, e.date, e.date_precision, e.kind, e.summary_zh, "
                  "e.summary_en, e.origin, "_s
        + firstCitation(u"event_id"_s, u"e.id"_s)
        + u" AS source FROM all_events e LEFT JOIN all_companies c ON c.id = e.company_id WHERE 1 = 1"_s;
    if (!m_company.isEmpty())
        sql += u" AND e.company_id = ?"_s;
    if (!m_kind.isEmpty())
        sql += u" AND e.kind = ?"_s;
    if (!m_person.isEmpty())
        sql += u" AND e.person_id = ?"_s;
    return sql;
}

QVariantList EventTableModel::boundValues() const
{
    QVariantList values;
    for (const QString *filter : {&m_company, &m_kind, &m_person}) {
        if (!filter->isEmpty())
            values.append(*filter);
    }
    return values;
}

QString EventTableModel::orderBy(int column, Qt::SortOrder order) const
{
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const bool chinese = language() == Language::Chinese;
    QString key;
    switch (column) {
    case DateColumn: key = u"e.date IS NOT NULL, e.date"_s; break;
    case CompanyColumn: key = chinese ? NameCollation::pinyin(u"c.name_zh"_s) : u"c.name_en COLLATE NOCASE"_s; break;
    case KindColumn: key = u"e.kind"_s; break;
    case SummaryColumn:
        key = chinese ? NameCollation::pinyin(u"e.summary_zh"_s) : u"e.summary_en COLLATE NOCASE"_s;
        break;
    case SourceColumn: key = u"source"_s; break;
    case OriginColumn: key = u"e.origin"_s; break;
    default: key = u"e.id"_s; break;
    }
    return key + direction + u", e.id"_s;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool chinese = language() == Language::Chinese;
    auto raw = [&](int column) { return rawValue(row, column); };
    auto summary = [&] {
        const QString preferred = raw(chinese ? QSummaryZh : QSummaryEn).toString();
        return preferred.isEmpty() ? raw(chinese ? QSummaryEn : QSummaryZh).toString() : preferred;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return raw(QDate).isNull()
                ? DateFormatter::notGiven(language())
                : DateFormatter::format(raw(QDate).toString(), raw(QPrecision).toString(), language());
        case CompanyColumn: return raw(chinese ? QCompanyZh : QCompanyEn);
        case KindColumn: return Labels::eventKind(raw(QKind).toString());
        case SummaryColumn: return summary();
        case SourceColumn: return citationText(raw(QSource), language());
        case OriginColumn: return Labels::origin(raw(QOrigin).toString());
        }
        return {};
    case Qt::ToolTipRole: return index.column() == SummaryColumn ? summary() : QVariant();
    case EventIdRole: return raw(QId);
    case CompanyIdRole: return raw(QCompanyId);
    case KindKeyRole: return raw(QKind);
    case OriginKeyRole: return raw(QOrigin);
    case IsoDateRole: return raw(QDate);
    case PrecisionRole: return raw(QPrecision);
    }
    return {};
}

QString EventTableModel::columnTitle(int column) const
{
    switch (column) {
    case DateColumn: return tr("Date");
    case CompanyColumn: return tr("Company");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("What happened");
    case SourceColumn: return tr("Source");
    case OriginColumn: return tr("Origin");
    }
    return {};
}

bool EventTableModel::sortFollowsLanguage(int column) const
{
    return column == CompanyColumn || column == SummaryColumn;
}

void EventTableModel::setCompanyFilter(const QString &companyId)
{
    refilter(&m_company, companyId);
}
void EventTableModel::setKindFilter(const QString &kind)
{
    refilter(&m_kind, kind);
}
void EventTableModel::setPersonFilter(const QString &personId)
{
    refilter(&m_person, personId);
}

qint64 EventTableModel::eventId(int row) const
{
    return rawValue(row, QId).toLongLong();
}

} // namespace tigerscope
