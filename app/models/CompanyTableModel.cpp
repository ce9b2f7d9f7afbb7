#include "CompanyTableModel.h"

#include "Labels.h"
#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
// Columns of selectStatement().
enum QueryColumn {
    QId,
    QNameZh,
    QNameEn,
    QGroup,
    QDescriptionZh,
    QDescriptionEn,
    QSortOrder,
    QKind,
    QFigures,
    QEvents
};
} // namespace

CompanyTableModel::CompanyTableModel(QSqlDatabase db, QObject *parent)
    : PagedQueryModel(std::move(db),
                      {QT_TR_NOOP("Name"), QT_TR_NOOP("Chinese name"), QT_TR_NOOP("Group"), QT_TR_NOOP("Kind"),
                       QT_TR_NOOP("Figures"), QT_TR_NOOP("Events")},
                      {NameColumn, OtherNameColumn}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    sort(GroupColumn, Qt::AscendingOrder);
}

QString CompanyTableModel::selectStatement() const
{
    QString sql
        = u"SELECT c.id, c.name_zh, c.name_en, c.grp, c.description_zh, c.description_en, c.sort_order, c.kind"_s;
    // Sorted by a count, every row needs its counts; otherwise pageStatement() adds them for the
    // page's rows only.
    if (sortsByCount())
        sql += u", "_s + countColumns(u"c"_s);
    sql += u" FROM all_companies c WHERE 1 = 1"_s;
    sql += equalityConditions();
    if (!m_text.isEmpty())
        sql += u" AND (c.name_zh LIKE ? ESCAPE '\\' OR c.name_en LIKE ? ESCAPE '\\' OR c.id IN "
               "(SELECT company_id FROM all_aliases WHERE text LIKE ? ESCAPE '\\'))"_s;
    return sql;
}

QVariantList CompanyTableModel::boundValues() const
{
    QVariantList values = equalityValues();
    if (!m_text.isEmpty()) {
        const QString pattern = likeContains(m_text);
        values << pattern << pattern << pattern;
    }
    return values;
}

bool CompanyTableModel::sortsByCount() const
{
    return sortColumn() == FiguresColumn || sortColumn() == EventsColumn;
}

QString CompanyTableModel::countColumns(const QString &company) const
{
    return sumOverFiles(u"SELECT count(*) FROM %1.observations WHERE company_id = "_s + company + u".id"_s)
        + u" AS figures, "_s
        + sumOverFiles(u"SELECT count(*) FROM %1.events WHERE company_id = "_s + company + u".id"_s) + u" AS events"_s;
}

QString CompanyTableModel::pageStatement(const QString &pagedSelect) const
{
    if (sortsByCount())
        return pagedSelect;
    return u"SELECT p.*, %1 FROM (%2) p ORDER BY %3"_s.arg(countColumns(u"p"_s), pagedSelect,
                                                           orderKey(sortColumn(), sortOrder(), u"p."_s));
}

QString CompanyTableModel::orderBy(int column, Qt::SortOrder order) const
{
    return orderKey(column, order, u"c."_s);
}

QString CompanyTableModel::orderKey(int column, Qt::SortOrder order, const QString &c) const
{
    const Language other = language() == Language::Chinese ? Language::English : Language::Chinese;
    QString key;
    switch (column) {
    case NameColumn: key = textSortKey(c + u"name"_s, language()); break;
    case OtherNameColumn: key = textSortKey(c + u"name"_s, other); break;
    case GroupColumn:
        key = u"CASE %1grp WHEN 'tiger' THEN 0 WHEN 'giant' THEN 1 WHEN 'other' THEN 2 WHEN 'comparator' THEN 3 ELSE 4 END"_s
                  .arg(c);
        return key + direction(order) + u", "_s + c + u"sort_order, "_s + c + u"id"_s;
    case KindColumn: key = c + u"kind"_s; break;
    case FiguresColumn: key = u"figures"_s; break;
    case EventsColumn: key = u"events"_s; break;
    default: key = c + u"sort_order"_s; break;
    }
    return key + direction(order) + u", "_s + c + u"id"_s;
}

QVariant CompanyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool chinese = language() == Language::Chinese;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return rawValue(row, chinese ? QNameZh : QNameEn);
        case OtherNameColumn: return rawValue(row, chinese ? QNameEn : QNameZh);
        case GroupColumn: return Labels::group(rawValue(row, QGroup).toString());
        case KindColumn: return Labels::organisationKind(rawValue(row, QKind).toString());
        case FiguresColumn: return rawValue(row, QFigures);
        case EventsColumn: return rawValue(row, QEvents);
        }
        return {};
    case Qt::ToolTipRole: return rawValue(row, chinese ? QDescriptionZh : QDescriptionEn);
    case Qt::TextAlignmentRole:
        if (index.column() == FiguresColumn || index.column() == EventsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CompanyIdRole: return rawValue(row, QId);
    case GroupKeyRole: return rawValue(row, QGroup);
    case KindKeyRole: return rawValue(row, QKind);
    }
    return {};
}

QString CompanyTableModel::columnTitle(int column) const
{
    // The other script's name is headed by its language.
    if (column == OtherNameColumn && language() == Language::Chinese)
        return tr("English name");
    return PagedQueryModel::columnTitle(column);
}

void CompanyTableModel::setGroupFilter(const QString &group)
{
    setEqualityFilter(u"c.grp"_s, group);
}

void CompanyTableModel::setKindFilter(const QString &kind)
{
    setEqualityFilter(u"c.kind"_s, kind);
}

void CompanyTableModel::setTextFilter(const QString &text)
{
    refilter(&m_text, text.trimmed());
}

QString CompanyTableModel::companyId(int row) const
{
    return rawValue(row, QId).toString();
}

int CompanyTableModel::rowOfCompany(const QString &id)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (row >= rowCount())
                return -1;
        }
        if (companyId(row) == id)
            return row;
    }
}

} // namespace tigerscope
