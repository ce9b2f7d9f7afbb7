#pragma once

#include "ArticleRepository.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

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

    /// A table of `columnCount` view columns, headed by columnTitle().
    PagedQueryModel(QSqlDatabase db, int columnCount, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The raw value of a query column for a loaded row.
    QVariant rawValue(int row, int queryColumn) const;

    /// Reruns the query from the first page (after a filter or data change).
    void reload();

    /// While suspended the model is empty and runs no query: filter, sort and language changes
    /// only take note. Resuming reloads once. For a view whose filter is not known yet, so that a
    /// large database is not sorted for nothing.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

    /// Every row the query matches, loaded or not (rowCount() counts the loaded ones). Counted in
    /// SQL on first call after a reload, unless the last page is already in.
    int matchingRowCount() const;

    /// Shows names, labels and dates in language; reloads when the sort key follows it.
    void setLanguage(Language language);
    Language language() const { return m_language; }

protected:
    /// The heading of a view column in the current language.
    virtual QString columnTitle(int column) const = 0;
    /// Whether the sort key of a view column is text in the current language.
    virtual bool sortFollowsLanguage(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    /// Sets a filter's field and reloads when it changed.
    void refilter(QString *field, const QString &value);

    /// SELECT … FROM … WHERE … without ORDER BY/LIMIT; placeholders are bound from boundValues().
    virtual QString selectStatement() const = 0;
    virtual QVariantList boundValues() const = 0;
    /// ORDER BY expression for a view column; must end with a unique key for stable paging.
    virtual QString orderBy(int column, Qt::SortOrder order) const = 0;
    /// The statement run for one page, given the paged select (with ORDER BY, LIMIT and OFFSET):
    /// subclasses may wrap it to compute costly columns for the page's rows only.
    virtual QString pageStatement(const QString &pagedSelect) const { return pagedSelect; }

    QSqlDatabase database() const { return m_db; }
    /// Whether the shipped dataset is attached beside the user's database. Queries that look up
    /// rows per outer row name each file's table: through an all_<table> view SQLite would
    /// materialise and index the whole union for every statement.
    bool shippedAttached() const { return m_shippedAttached; }
    /// expression (with %1 for the schema) summed over the user's and the shipped file.
    QString sumOverFiles(const QString &expression) const;
    /// The first citation of a record, its fields packed in one column for citationText(): a
    /// subquery over each file's citations, where column (observation_id, event_id) equals id.
    QString firstCitation(const QString &column, const QString &id) const;
    /// The Source text of a firstCitation() column in language (CitationFormatter's short form:
    /// the article's title, the paragraph counted from 1).
    QString citationText(const QVariant &packed, Language language) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    bool loadPage();

    QSqlDatabase m_db;
    int m_columnCount;
    mutable std::optional<ArticleRepository> m_articles; ///< read again on reload
    QList<QVariantList> m_rows;
    bool m_exhausted = true;
    mutable int m_matchingRows = -1;
    bool m_suspended = false;
    bool m_shippedAttached = false;
    bool m_loading = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Language m_language = Language::English;
};

} // namespace tigerscope
