#include "EventTableModel.h"

#include "DateFormatter.h"
#include "Labels.h"

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
    : PagedQueryModel(std::move(db),
                      {QT_TR_NOOP("Date"), QT_TR_NOOP("Company"), QT_TR_NOOP("Kind"), QT_TR_NOOP("What happened"),
                       QT_TR_NOOP("Source"), QT_TR_NOOP("Origin")},
                      {CompanyColumn, SummaryColumn}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    sort(DateColumn, Qt::DescendingOrder);
}

QString EventTableModel::selectStatement() const
{
    // The source per file: through the all_citations view SQLite would materialise and index
    // every citation of a large dataset for each statement.
    return u"SELECT e.id, e.company_id, c.name_zh, c.name_en, e.date, e.date_precision, e.kind, e.summary_zh, "
           "e.summary_en, e.origin, "_s
        + firstCitation(u"event_id"_s, u"e.id"_s)
        + u" AS source FROM all_events e LEFT JOIN all_companies c ON c.id = e.company_id WHERE 1 = 1"_s
        + equalityConditions();
}

QString EventTableModel::orderBy(int column, Qt::SortOrder order) const
{
    QString key;
    switch (column) {
    case DateColumn: key = u"e.date IS NOT NULL, e.date"_s; break;
    case CompanyColumn: key = textSortKey(u"c.name"_s, language()); break;
    case KindColumn: key = u"e.kind"_s; break;
    case SummaryColumn: key = textSortKey(u"e.summary"_s, language()); break;
    case SourceColumn: key = u"source"_s; break;
    case OriginColumn: key = u"e.origin"_s; break;
    default: key = u"e.id"_s; break;
    }
    return key + direction(order) + u", e.id"_s;
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

void EventTableModel::setCompanyFilter(const QString &companyId)
{
    setEqualityFilter(u"e.company_id"_s, companyId);
}
void EventTableModel::setKindFilter(const QString &kind)
{
    setEqualityFilter(u"e.kind"_s, kind);
}
void EventTableModel::setPersonFilter(const QString &personId)
{
    setEqualityFilter(u"e.person_id"_s, personId);
}

qint64 EventTableModel::eventId(int row) const
{
    return rawValue(row, QId).toLongLong();
}

} // namespace tigerscope
