#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace tigerscope {

/// The second full-text index over imported paragraphs (main.paragraphs_bigrams, schema 2).
/// The trigram index cannot answer a query of two characters, yet most Chinese words have two;
/// this one holds every pair of adjacent letters or digits, case-folded, as one token, so a
/// two-character query is a single token lookup instead of a scan of every paragraph.
///
/// The table is contentless (the paragraphs hold the text), so its rows are written here, not by
/// triggers: a pair list cannot be computed in SQL. Whoever inserts or deletes paragraphs calls
/// add() / remove() in the same transaction.
class BigramIndex
{
    Q_DECLARE_TR_FUNCTIONS(BigramIndex)
public:
    /// The indexed form of a text: its bigrams separated by spaces ("智能 能体" for "智能体").
    static QString document(QStringView text);

    /// Whether a query can be answered from this index: exactly two letters or digits.
    static bool canAnswer(QStringView query);

    /// The FTS5 MATCH expression for a query canAnswer() accepts.
    static QString matchExpression(QStringView query);

    static bool add(QSqlDatabase &db, qint64 paragraphId, QStringView text, QString *error = nullptr);
    static bool remove(QSqlDatabase &db, qint64 paragraphId, QStringView text, QString *error = nullptr);

    /// Empties the index and fills it from every row of main.paragraphs (used by the upgrade to
    /// schema 2).
    static bool rebuild(QSqlDatabase &db, QString *error = nullptr);

private:
    /// Runs an insert or delete statement binding the paragraph id and its bigram document.
    static bool write(QSqlDatabase &db, const QString &statement, qint64 paragraphId, QStringView text,
                      const QString &failure, QString *error);
};

} // namespace tigerscope
