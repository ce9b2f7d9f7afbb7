#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

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

/// "?, ?, ?": one placeholder per value of an IN list.
QString placeholders(qsizetype count);

/// The one LIKE escaper: a pattern matching text anywhere, with %, _ and \ taken literally. Use it
/// with LikeEscape after the LIKE operand: "name LIKE ?" + LikeEscape.
QString likeContains(const QString &text);
inline constexpr const char16_t *LikeEscape = u" ESCAPE '\\'";

/// An FTS5 query string: text as one phrase, whatever characters it holds.
QString ftsPhrase(const QString &text);

} // namespace tigerscope
