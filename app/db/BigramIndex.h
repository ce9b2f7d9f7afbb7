#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace tigerscope {

/// The second full-text index over a text (imported paragraphs, schema 2; observations' notes,
/// schema 9) beside its trigram index. The trigram index cannot answer a query of two characters,
/// yet most Chinese words have two; this one holds every pair of adjacent letters or digits,
/// case-folded, as one token, so a two-character query is a single token lookup instead of a scan
/// of every row.
///
/// The table is contentless (the indexed rows hold the text), so its rows are written here, not by
/// triggers: a pair list cannot be computed in SQL. Whoever inserts, changes or deletes an indexed
/// row calls add() / remove() in the same transaction.
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

    /// The index of main.paragraphs (main.paragraphs_bigrams), by paragraph id.
    static BigramIndex paragraphs();
    /// The index of main.observations' notes (main.observations_notes_bigrams), by observation id.
    /// An observation's text is notesText() of its notes.
    static BigramIndex observationNotes();
    /// The one text indexed for an observation's notes in both languages.
    static QString notesText(const QString &noteZh, const QString &noteEn);

    bool add(const QSqlDatabase &db, qint64 rowId, QStringView text, QString *error = nullptr) const;
    bool remove(const QSqlDatabase &db, qint64 rowId, QStringView text, QString *error = nullptr) const;

    /// Empties the index and fills it from every indexed row (used by the upgrades that add an
    /// index, and by writers that insert rows in bulk).
    bool rebuild(const QSqlDatabase &db, QString *error = nullptr) const;

private:
    /// table: the FTS5 table in main; rows: a SELECT of each row's id and text.
    BigramIndex(QString table, QString rows);

    /// Runs an insert or delete statement binding the row id and its bigram document.
    bool write(const QSqlDatabase &db, const QString &statement, qint64 rowId, QStringView text, const QString &failure,
               QString *error) const;

    QString m_table;
    QString m_rows;
};

} // namespace tigerscope
