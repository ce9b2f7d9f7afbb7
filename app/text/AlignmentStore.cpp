#include "AlignmentStore.h"

#include "AlignmentCorrector.h"
#include "Database.h"
#include "ParagraphAligner.h"
#include "SqlErrorText.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QStringList storedTexts(QSqlDatabase db, qint64 articleId, const QString &lang)
{
    QStringList texts;
    QSqlQuery query(db);
    query.prepare(u"SELECT text FROM main.paragraphs WHERE article_id = ? AND lang = ? ORDER BY idx"_s);
    query.addBindValue(articleId);
    query.addBindValue(lang);
    if (query.exec()) {
        while (query.next())
            texts.append(query.value(0).toString());
    }
    return texts;
}

/// The English name a text is most likely to print: the shortest English alias the official name
/// starts with ("Zhipu" for "Zhipu AI"), else the official name.
QString usualEnglishName(const QString &official, const QStringList &englishAliases)
{
    QString best = official;
    for (const QString &alias : englishAliases) {
        if (alias.size() < best.size() && official.startsWith(alias + u' '))
            best = alias;
    }
    return best;
}

QString fingerprintOf(QSqlDatabase db, qint64 articleId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT fingerprint FROM main.imported_articles WHERE id = ?"_s);
    query.addBindValue(articleId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

/// The beads stored in table (alignments or corrected_alignments) under key (in keyColumn).
Alignment readBeads(QSqlDatabase db, const QString &table, const QString &keyColumn, const QVariant &key)
{
    Alignment alignment;
    QSqlQuery query(db);
    query.prepare(u"SELECT zh_first, zh_count, en_first, en_count, confidence, confirmed FROM main.%1 "
                  "WHERE %2 = ? ORDER BY bead"_s.arg(table, keyColumn));
    query.addBindValue(key);
    if (!query.exec())
        return alignment;
    while (query.next()) {
        AlignmentBead bead;
        for (int i = 0; i < query.value(1).toInt(); ++i)
            bead.zh.append(query.value(0).toInt() + i);
        for (int i = 0; i < query.value(3).toInt(); ++i)
            bead.en.append(query.value(2).toInt() + i);
        bead.confidence = query.value(4).toDouble();
        bead.confirmed = query.value(5).toBool();
        alignment.beads.append(bead);
    }
    return alignment;
}

bool writeBeads(QSqlDatabase db, const QString &table, const QString &keyColumn, const QVariant &key,
                const Alignment &alignment, QString *error)
{
    auto fail = [error](const QSqlQuery &query) {
        if (error)
            *error
                = AlignmentStore::tr("Cannot store the alignment: %1").arg(SqlErrorText::describe(query.lastError()));
        return false;
    };
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM main.%1 WHERE %2 = ?"_s.arg(table, keyColumn));
    query.addBindValue(key);
    if (!query.exec())
        return fail(query);
    query.prepare(u"INSERT INTO main.%1 (%2, bead, zh_first, zh_count, en_first, en_count, confidence, confirmed) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(table, keyColumn));
    const QVariant null(QMetaType::fromType<int>());
    for (qsizetype bead = 0; bead < alignment.beads.size(); ++bead) {
        const AlignmentBead &b = alignment.beads.at(bead);
        query.addBindValue(key);
        query.addBindValue(int(bead));
        query.addBindValue(b.zh.isEmpty() ? null : QVariant(b.zh.constFirst()));
        query.addBindValue(int(b.zh.size()));
        query.addBindValue(b.en.isEmpty() ? null : QVariant(b.en.constFirst()));
        query.addBindValue(int(b.en.size()));
        query.addBindValue(b.confidence);
        query.addBindValue(b.confirmed ? 1 : 0);
        if (!query.exec())
            return fail(query);
    }
    return true;
}

AlignerOptions alignerOptions(Database &database)
{
    AlignerOptions options;
    options.aliases = AlignmentStore::datasetAliases(database);
    return options;
}

} // namespace

QList<QPair<QString, QString>> AlignmentStore::datasetAliases(Database &database)
{
    QSqlDatabase db = database.connection();
    QHash<QString, QStringList> englishAliases;
    QSqlQuery aliases(db);
    if (aliases.exec(u"SELECT company_id, text FROM all_aliases WHERE company_id IS NOT NULL AND lang = 'en'"_s)) {
        while (aliases.next())
            englishAliases[aliases.value(0).toString()].append(aliases.value(1).toString());
    }

    QList<QPair<QString, QString>> result;
    QSet<QString> seen;
    auto add = [&](const QString &zh, const QString &en) {
        if (zh.isEmpty() || en.isEmpty() || zh.compare(en, Qt::CaseInsensitive) == 0)
            return;
        const QString key = zh + u'\n' + en;
        if (seen.contains(key))
            return;
        seen.insert(key);
        result.append({zh, en});
    };
    QSqlQuery names(db);
    if (names.exec(u"SELECT id, name_zh, name_en FROM all_companies ORDER BY sort_order, id"_s)) {
        while (names.next()) {
            add(names.value(1).toString(),
                usualEnglishName(names.value(2).toString(), englishAliases.value(names.value(0).toString())));
        }
    }
    if (names.exec(u"SELECT name_zh, name_en FROM all_people WHERE name_zh IS NOT NULL ORDER BY id"_s)) {
        while (names.next())
            add(names.value(0).toString(), names.value(1).toString());
    }
    return result;
}

int AlignmentStore::alignStored(qint64 articleId, Database &database, QString *error)
{
    QSqlDatabase db = database.connection();
    const QStringList zh = storedTexts(db, articleId, u"zh"_s);
    const QStringList en = storedTexts(db, articleId, u"en"_s);
    Alignment alignment;
    if (!zh.isEmpty() && !en.isEmpty()) {
        const QString fingerprint = fingerprintOf(db, articleId);
        const Alignment corrected = fingerprint.isEmpty()
            ? Alignment()
            : readBeads(db, u"corrected_alignments"_s, u"fingerprint"_s, fingerprint);
        alignment = !corrected.beads.isEmpty() && corrected.covers(zh.size(), en.size())
            ? corrected
            : ParagraphAligner(alignerOptions(database)).align(zh, en);
    }
    if (!save(articleId, alignment, database, error))
        return -1;
    return int(alignment.beads.size());
}

bool AlignmentStore::save(qint64 articleId, const Alignment &alignment, Database &database, QString *error)
{
    return writeBeads(database.connection(), u"alignments"_s, u"article_id"_s, articleId, alignment, error);
}

bool AlignmentStore::saveCorrected(qint64 articleId, const Alignment &alignment, Database &database, QString *error)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    const QString fingerprint = fingerprintOf(db, articleId);
    if (!transaction.isOpen() || fingerprint.isEmpty()) {
        if (error)
            *error = tr("Cannot store the alignment: %1").arg(SqlErrorText::describe(db.lastError()));
        return false;
    }
    if (!save(articleId, alignment, database, error)
        || !writeBeads(db, u"corrected_alignments"_s, u"fingerprint"_s, fingerprint, alignment, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = tr("Cannot store the alignment: %1").arg(SqlErrorText::describe(db.lastError()));
        return false;
    }
    return true;
}

Alignment AlignmentStore::alignRest(qint64 articleId, const Alignment &alignment, Database &database)
{
    QSqlDatabase db = database.connection();
    const QStringList zh = storedTexts(db, articleId, u"zh"_s);
    const QStringList en = storedTexts(db, articleId, u"en"_s);
    if (zh.isEmpty() || en.isEmpty())
        return alignment;
    return ParagraphAligner(alignerOptions(database)).align(zh, en, AlignmentCorrector::confirmedBeads(alignment));
}

Alignment AlignmentStore::load(qint64 articleId, Database &database)
{
    return readBeads(database.connection(), u"alignments"_s, u"article_id"_s, articleId);
}

} // namespace tigerscope
