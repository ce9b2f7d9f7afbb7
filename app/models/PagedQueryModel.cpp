#include "PagedQueryModel.h"

#include "NameCollation.h"
#include "PackedCitation.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tigerscope {

PagedQueryModel::PagedQueryModel(QSqlDatabase db, QList<const char *> titles, QList<int> textColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_titles(std::move(titles))
    , m_textColumns(std::move(textColumns))
{
    QSqlQuery attached(m_db);
    m_shippedAttached
        = attached.exec(u"SELECT 1 FROM pragma_database_list WHERE name = 'shipped'"_s) && attached.next();
}

QString PagedQueryModel::sumOverFiles(const QString &expression) const
{
    const QString user = u"(%1)"_s.arg(expression.arg(u"main"_s));
    return m_shippedAttached ? u"(%1 + (%2))"_s.arg(user, expression.arg(u"shipped"_s)) : user;
}

int PagedQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant PagedQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_titles.size())
        return {};
    return columnTitle(section);
}

QString PagedQueryModel::columnTitle(int column) const
{
    return metaObject()->tr(m_titles.at(column), nullptr);
}

bool PagedQueryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void PagedQueryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_loading)
        return;
    loadPage();
}

QVariant PagedQueryModel::rawValue(int row, int queryColumn) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QVariantList &values = m_rows.at(row);
    return queryColumn >= 0 && queryColumn < values.size() ? values.at(queryColumn) : QVariant();
}

void PagedQueryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedQueryModel::reload()
{
    if (m_loading)
        return;
    {
        // Listeners of the reset may ask for rows; the first page follows the reset instead.
        const QScopedValueRollback resetting(m_loading, true);
        beginResetModel();
        m_articles.reset();
        m_rows.clear();
        m_exhausted = m_suspended;
        m_matchingRows = -1;
        endResetModel();
    }
    if (!m_suspended)
        loadPage();
}

void PagedQueryModel::setSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;
    m_suspended = suspended;
    reload();
}

QString PagedQueryModel::firstCitation(const QString &column, const QString &id) const
{
    auto citations = [&](const QString &schema) {
        return u"SELECT id, lang, article_key, paragraph, reference FROM %1.citations WHERE %2 = %3"_s.arg(schema,
                                                                                                           column, id);
    };
    QString rows = citations(u"main"_s);
    if (m_shippedAttached)
        rows = citations(u"shipped"_s) + u" UNION ALL "_s + rows;
    return u"(SELECT %1 FROM (%2) ci ORDER BY ci.lang, ci.id LIMIT 1)"_s.arg(PackedCitation::sql(), rows);
}

QString PagedQueryModel::citationText(const QVariant &packed, Language language) const
{
    if (!m_articles)
        m_articles.emplace(m_db);
    return PackedCitation::text(packed, *m_articles, language);
}

int PagedQueryModel::matchingRowCount() const
{
    if (m_exhausted)
        return int(m_rows.size());
    if (m_matchingRows < 0) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT count(*) FROM ("_s + selectStatement() + u")"_s);
        for (const QVariant &value : boundValues())
            query.addBindValue(value);
        if (query.exec() && query.next())
            m_matchingRows = query.value(0).toInt();
        else
            return int(m_rows.size());
    }
    return m_matchingRows;
}

bool PagedQueryModel::loadPage()
{
    // Views and testers may ask for more rows while rows are being inserted.
    const QScopedValueRollback loading(m_loading, true);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const int limit = m_rows.isEmpty() ? FirstPageSize : PageSize;
    const QString sql = pageStatement(selectStatement() + u" ORDER BY "_s + orderBy(m_sortColumn, m_sortOrder)
                                      + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(m_rows.size()));
    if (!query.prepare(sql)) {
        qWarning("PagedQueryModel: %s", qPrintable(query.lastError().text()));
        m_exhausted = true;
        return false;
    }
    for (const QVariant &value : boundValues())
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("PagedQueryModel: %s", qPrintable(query.lastError().text()));
        m_exhausted = true;
        return false;
    }
    QList<QVariantList> page;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList values;
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values.append(query.value(i));
        page.append(values);
    }
    m_exhausted = page.size() < limit;
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    return true;
}

void PagedQueryModel::setLanguage(Language language)
{
    m_language = language;
    const int lastColumn = columnCount() - 1;
    if (m_textColumns.contains(m_sortColumn))
        reload();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, lastColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, lastColumn);
}

void PagedQueryModel::refilter(QString *field, const QString &value)
{
    if (*field == value)
        return;
    *field = value;
    reload();
}

void PagedQueryModel::setEqualityFilter(const QString &expression, const QString &value)
{
    if (m_equalityFilters.value(expression) == value)
        return;
    if (value.isEmpty())
        m_equalityFilters.remove(expression);
    else
        m_equalityFilters.insert(expression, value);
    reload();
}

QString PagedQueryModel::equalityConditions() const
{
    QString sql;
    for (const QString &expression : m_equalityFilters.keys())
        sql += u" AND %1 = ?"_s.arg(expression);
    return sql;
}

QVariantList PagedQueryModel::equalityValues() const
{
    QVariantList values;
    for (const QString &value : m_equalityFilters)
        values.append(value);
    return values;
}

QString PagedQueryModel::direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
}

QString PagedQueryModel::textSortKey(const QString &stem, Language language)
{
    return language == Language::Chinese ? NameCollation::pinyin(stem + u"_zh"_s) : stem + u"_en COLLATE NOCASE"_s;
}

} // namespace tigerscope
