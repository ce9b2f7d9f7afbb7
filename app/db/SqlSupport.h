#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <type_traits>

namespace tigerscope {

/// Rolls back unless committed: every way out of a change leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether the transaction began (and is not committed yet).
    bool isOpen() const { return m_open; }
    /// Commits; false (and still open, to be rolled back) when the commit fails.
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/// Prepares `sql` on the query, binds `values` to its placeholders in order and runs it; false when
/// either step fails (the query's lastError() says why).
bool runPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

/// Runs `sql` with `values` bound (runPrepared) and calls `readRow` with the query on each row it
/// returns, in order; false when the query fails.
template<typename ReadRow>
bool forEachRow(QSqlDatabase db, const QString &sql, const QVariantList &values, ReadRow readRow)
{
    QSqlQuery query(db);
    if (!runPrepared(query, sql, values))
        return false;
    while (query.next())
        readRow(std::as_const(query));
    return true;
}

/// The rows `sql` returns with `values` bound, each made by `readRow` from the query on it; empty
/// when the query fails.
template<typename Row, typename ReadRow>
QList<Row> readRows(QSqlDatabase db, const QString &sql, const QVariantList &values, ReadRow readRow)
{
    QList<Row> rows;
    forEachRow(db, sql, values, [&rows, &readRow](const QSqlQuery &query) { rows.append(readRow(query)); });
    return rows;
}

/// The first row `sql` returns with `values` bound, made by `readRow` from the query on it; nullopt
/// when the query fails or returns no row.
template<typename ReadRow>
auto readFirstRow(QSqlDatabase db, const QString &sql, const QVariantList &values, ReadRow readRow)
    -> std::optional<std::invoke_result_t<ReadRow &, const QSqlQuery &>>
{
    QSqlQuery query(db);
    if (!runPrepared(query, sql, values) || !query.next())
        return std::nullopt;
    return readRow(std::as_const(query));
}

/// Reads the current row's columns, from `first` on, into the given fields of `row` in order, each
/// as its field's type (a NULL as the type's default: an empty text, 0, false).
template<typename Row, typename... Field>
void readColumns(const QSqlQuery &query, int first, Row &row, Field... fields)
{
    int column = first;
    ((row.*fields = query.value(column++).template value<std::remove_cvref_t<decltype(row.*fields)>>()), ...);
}

/// "?, ?, ?": one placeholder per value of an IN list.
QString placeholders(qsizetype count);

/// The one LIKE escaper: a pattern matching text anywhere, with %, _ and \ taken literally. Use it
/// with LikeEscape after the LIKE operand: "name LIKE ?" + LikeEscape.
QString likeContains(const QString &text);
inline constexpr const char16_t *LikeEscape = u" ESCAPE '\\'";

/// An FTS5 query string: text as one phrase, whatever characters it holds.
QString ftsPhrase(const QString &text);

} // namespace tigerscope
