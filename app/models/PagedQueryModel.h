#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantList>

namespace tigerscope {

/// A read-only table over an SQL query that loads its rows a page at a time (canFetchMore /
/// fetchMore), so a database of a million rows opens as fast as a small one. Subclasses give
/// the query, its bound values and how columns sort; filtering and sorting run in SQL.
class PagedQueryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Rows of the first page: a tall window's screenful. Fewer rows to read means the table
    /// shows sooner when the rows are scattered through a large file.
    static constexpr int FirstPageSize = 64;
    /// Rows of every later page.
    static constexpr int PageSize = 256;

    explicit PagedQueryModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The raw value of a query column for a loaded row.
    QVariant rawValue(int row, int queryColumn) const;

    /// Reruns the query from the first page (after a filter or data change).
    void reload();

protected:
    /// SELECT … FROM … WHERE … without ORDER BY/LIMIT; placeholders are bound from boundValues().
    virtual QString selectStatement() const = 0;
    virtual QVariantList boundValues() const = 0;
    /// ORDER BY expression for a view column; must end with a unique key for stable paging.
    virtual QString orderBy(int column, Qt::SortOrder order) const = 0;
    /// The statement run for one page, given the paged select (with ORDER BY, LIMIT and OFFSET):
    /// subclasses may wrap it to compute costly columns for the page's rows only.
    virtual QString pageStatement(const QString &pagedSelect) const { return pagedSelect; }

    QSqlDatabase database() const { return m_db; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    bool loadPage();

    QSqlDatabase m_db;
    QList<QVariantList> m_rows;
    bool m_exhausted = true;
    bool m_loading = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tigerscope
