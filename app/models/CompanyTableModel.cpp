#include "CompanyTableModel.h"

#include "Labels.h"
#include "NameCollation.h"
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
    : PagedQueryModel(std::move(db), ColumnCount, parent)
{
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
    if (!m_group.isEmpty())
        sql += u" AND c.grp = ?"_s;
    if (!m_kind.isEmpty())
        sql += u" AND c.kind = ?"_s;
    if (!m_text.isEmpty())
        sql += u" AND (c.name_zh LIKE ? ESCAPE '\\' OR c.name_en LIKE ? ESCAPE '\\' OR c.id IN "
               "(SELECT company_id FROM all_aliases WHERE text LIKE ? ESCAPE '\\'))"_s;
    return sql;
}

QVariantList CompanyTableModel::boundValues() const
{
    QVariantList values;
    if (!m_group.isEmpty())
        values.append(m_group);
    if (!m_kind.isEmpty())
        values.append(m_kind);
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
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString chineseName = NameCollation::pinyin(c + u"name_zh"_s);
    const QString englishName = c + u"name_en COLLATE NOCASE"_s;
    const QString nameColumn = language() == Language::Chinese ? chineseName : englishName;
    const QString otherColumn = language() == Language::Chinese ? englishName : chineseName;
    QString key;
    switch (column) {
    case NameColumn: key = nameColumn; break;
    case OtherNameColumn: key = otherColumn; break;
    case GroupColumn:
        key = u"CASE %1grp WHEN 'tiger' THEN 0 WHEN 'giant' THEN 1 WHEN 'other' THEN 2 WHEN 'comparator' THEN 3 ELSE 4 END"_s
                  .arg(c);
        return key + u' ' + direction + u", "_s + c + u"sort_order, "_s + c + u"id"_s;
    case KindColumn: key = c + u"kind"_s; break;
    case FiguresColumn: key = u"figures"_s; break;
    case EventsColumn: key = u"events"_s; break;
    default: key = c + u"sort_order"_s; break;
    }
    return key + u' ' + direction + u", "_s + c + u"id"_s;
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
    switch (column) {
    case NameColumn: return tr("Name");
    case OtherNameColumn: return language() == Language::Chinese ? tr("English name") : tr("Chinese name");
    case GroupColumn: return tr("Group");
    case KindColumn: return tr("Kind");
    case FiguresColumn: return tr("Figures");
    case EventsColumn: return tr("Events");
    }
    return {};
}

bool CompanyTableModel::sortFollowsLanguage(int column) const
{
    return column == NameColumn || column == OtherNameColumn;
}

void CompanyTableModel::setGroupFilter(const QString &group)
{
    refilter(&m_group, group);
}

void CompanyTableModel::setKindFilter(const QString &kind)
{
    refilter(&m_kind, kind);
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
