#include "BigramIndex.h"

#include "SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool isIndexed(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

void appendFolded(QString *out, char32_t c)
{
    const char32_t folded = QChar::toCaseFolded(c);
    if (QChar::requiresSurrogates(folded)) {
        out->append(QChar(QChar::highSurrogate(folded)));
        out->append(QChar(QChar::lowSurrogate(folded)));
    } else {
        out->append(QChar(char16_t(folded)));
    }
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString BigramIndex::document(QStringView text)
{
    const QList<uint> characters = text.toUcs4();
    QString grams;
    grams.reserve(text.size() * 3);
    for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
        if (!isIndexed(characters[i]) || !isIndexed(characters[i + 1]))
            continue;
        if (!grams.isEmpty())
            grams.append(u' ');
        appendFolded(&grams, characters[i]);
        appendFolded(&grams, characters[i + 1]);
    }
    return grams;
}

bool BigramIndex::canAnswer(QStringView query)
{
    const QList<uint> characters = query.toUcs4();
    return characters.size() == 2 && isIndexed(characters[0]) && isIndexed(characters[1]);
}

QString BigramIndex::matchExpression(QStringView query)
{
    // Letters and digits only, so the phrase needs no escaping.
    return u'"' + document(query) + u'"';
}

BigramIndex::BigramIndex(QString table, QString rows)
    : m_table(std::move(table))
    , m_rows(std::move(rows))
{}

BigramIndex BigramIndex::paragraphs()
{
    return {u"paragraphs_bigrams"_s, u"SELECT id, text FROM main.paragraphs ORDER BY id"_s};
}

BigramIndex BigramIndex::observationNotes()
{
    // As notesText() joins them; rows without notes have no pairs.
    return {u"observations_notes_bigrams"_s,
            u"SELECT id, note_zh || char(10) || note_en FROM main.observations "
            "WHERE note_zh <> '' OR note_en <> '' ORDER BY id"_s};
}

QString BigramIndex::notesText(const QString &noteZh, const QString &noteEn)
{
    // A line break is no letter: no pair spans the two notes.
    return noteZh + u'\n' + noteEn;
}

bool BigramIndex::add(const QSqlDatabase &db, qint64 rowId, QStringView text, QString *error) const
{
    return write(db, u"INSERT INTO main.%1 (rowid, grams) VALUES (?, ?)"_s.arg(m_table), rowId, text,
                 tr("Cannot index the text: %1"), error);
}

bool BigramIndex::remove(const QSqlDatabase &db, qint64 rowId, QStringView text, QString *error) const
{
    // A contentless FTS5 table forgets a row only when told the tokens it was given.
    return write(db, u"INSERT INTO main.%1 (%1, rowid, grams) VALUES ('delete', ?, ?)"_s.arg(m_table), rowId, text,
                 tr("Cannot remove the text from the index: %1"), error);
}

bool BigramIndex::write(const QSqlDatabase &db, const QString &statement, qint64 rowId, QStringView text,
                        const QString &failure, QString *error) const
{
    const QString grams = document(text);
    if (grams.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(statement);
    query.addBindValue(rowId);
    query.addBindValue(grams);
    if (!query.exec())
        return failWith(error, failure.arg(SqlErrorText::describe(query.lastError())));
    return true;
}

bool BigramIndex::rebuild(const QSqlDatabase &db, QString *error) const
{
    QSqlQuery clear(db);
    if (!clear.exec(u"INSERT INTO main.%1 (%1) VALUES ('delete-all')"_s.arg(m_table)))
        return failWith(error, tr("Cannot rebuild the index: %1").arg(SqlErrorText::describe(clear.lastError())));
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(m_rows))
        return failWith(error, tr("Cannot rebuild the index: %1").arg(SqlErrorText::describe(rows.lastError())));
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO main.%1 (rowid, grams) VALUES (?, ?)"_s.arg(m_table));
    while (rows.next()) {
        const QString grams = document(rows.value(1).toString());
        if (grams.isEmpty())
            continue;
        insert.addBindValue(rows.value(0).toLongLong());
        insert.addBindValue(grams);
        if (!insert.exec())
            return failWith(error, tr("Cannot rebuild the index: %1").arg(SqlErrorText::describe(insert.lastError())));
    }
    return true;
}

} // namespace tigerscope
