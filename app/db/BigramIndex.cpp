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

bool BigramIndex::add(QSqlDatabase &db, qint64 paragraphId, QStringView text, QString *error)
{
    return write(db, u"INSERT INTO main.paragraphs_bigrams (rowid, grams) VALUES (?, ?)"_s, paragraphId, text,
                 tr("Cannot index the paragraph: %1"), error);
}

bool BigramIndex::remove(QSqlDatabase &db, qint64 paragraphId, QStringView text, QString *error)
{
    // A contentless FTS5 table forgets a row only when told the tokens it was given.
    return write(db,
                 u"INSERT INTO main.paragraphs_bigrams (paragraphs_bigrams, rowid, grams) VALUES ('delete', ?, ?)"_s,
                 paragraphId, text, tr("Cannot remove the paragraph from the index: %1"), error);
}

bool BigramIndex::write(QSqlDatabase &db, const QString &statement, qint64 paragraphId, QStringView text,
                        const QString &failure, QString *error)
{
    const QString grams = document(text);
    if (grams.isEmpty())
        return true;
    QSqlQuery query(db);
    query.prepare(statement);
    query.addBindValue(paragraphId);
    query.addBindValue(grams);
    if (!query.exec())
        return failWith(error, failure.arg(SqlErrorText::describe(query.lastError())));
    return true;
}

bool BigramIndex::rebuild(QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!clear.exec(u"INSERT INTO main.paragraphs_bigrams (paragraphs_bigrams) VALUES ('delete-all')"_s))
        return failWith(error,
                        tr("Cannot rebuild the paragraph index: %1").arg(SqlErrorText::describe(clear.lastError())));
    QSqlQuery paragraphs(db);
    paragraphs.setForwardOnly(true);
    if (!paragraphs.exec(u"SELECT id, text FROM main.paragraphs ORDER BY id"_s))
        return failWith(
            error, tr("Cannot rebuild the paragraph index: %1").arg(SqlErrorText::describe(paragraphs.lastError())));
    while (paragraphs.next()) {
        if (!add(db, paragraphs.value(0).toLongLong(), paragraphs.value(1).toString(), error))
            return false;
    }
    return true;
}

} // namespace tigerscope
