#pragma once

#include "ArticleRepository.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QMap>
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

    /// A table of view columns headed by titles, marked with QT_TR_NOOP in the subclass (whose
    /// class is the context they are translated in); the sort keys of textColumns are text in the
    /// current language.
    PagedQueryModel(QSqlDatabase db, QList<const char *> titles, QList<int> textColumns, QObject *parent = nullptr);

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
    /// The heading of a view column in the current language: by default its title, translated.
    virtual QString columnTitle(int column) const;
    /// Sets a filter's field and reloads when it changed.
    void refilter(QString *field, const QString &value);
    /// Keeps the rows where the SQL expression equals value, or drops that filter when value is
    /// empty; reloads when it changed.
    void setEqualityFilter(const QString &expression, const QString &value);
    /// " AND <expression> = ?" for each equality filter set; equalityValues() binds them in order.
    QString equalityConditions() const;
    QVariantList equalityValues() const;

    /// SELECT … FROM … WHERE … without ORDER BY/LIMIT; placeholders are bound from boundValues().
    virtual QString selectStatement() const = 0;
    /// By default the values of the equality filters.
    virtual QVariantList boundValues() const { return equalityValues(); }
    /// ORDER BY expression for a view column; must end with a unique key for stable paging.
    virtual QString orderBy(int column, Qt::SortOrder order) const = 0;
    /// " ASC" or " DESC".
    static QString direction(Qt::SortOrder order);
    /// The sort key of a text held in both languages, in the columns stem_zh and stem_en: pinyin
    /// order in Chinese, otherwise case-insensitive.
    static QString textSortKey(const QString &stem, Language language);
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
    QList<const char *> m_titles;
    QList<int> m_textColumns;
    QMap<QString, QString> m_equalityFilters;            ///< SQL expression → value
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
