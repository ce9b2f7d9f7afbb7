#include "ArticleStore.h"

#include "AlignmentStore.h"
#include "ArticleParser.h"
#include "BigramIndex.h"
#include "Database.h"
#include "SqlErrorText.h"
#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

int paragraphCount(QSqlDatabase db, qint64 articleId, const QString &lang)
{
    return readFirstRow(db, u"SELECT count(*) FROM main.paragraphs WHERE article_id = ? AND lang = ?"_s,
                        {articleId, lang}, [](const QSqlQuery &query) { return query.value(0).toInt(); })
        .value_or(0);
}

constexpr auto ArticleColumns
    = "a.id, a.article_key, a.title, a.title_zh, a.title_en, a.outlet, a.author, a.published, a.languages, "
      "a.fingerprint, a.source_path, a.encoding, a.imported_at, a.url, a.site, a.format, "
      "(SELECT count(*) FROM main.paragraphs p WHERE p.article_id = a.id AND p.lang = 'zh'), "
      "(SELECT count(*) FROM main.paragraphs p WHERE p.article_id = a.id AND p.lang = 'en')";

StoredArticle storedArticle(const QSqlQuery &query)
{
    StoredArticle article;
    readColumns(query, 0, article, &StoredArticle::id, &StoredArticle::articleKey, &StoredArticle::title,
                &StoredArticle::titleZh, &StoredArticle::titleEn, &StoredArticle::outlet, &StoredArticle::author);
    article.published = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    article.languages = query.value(8).toString().split(u',', Qt::SkipEmptyParts);
    readColumns(query, 9, article, &StoredArticle::fingerprint, &StoredArticle::sourcePath, &StoredArticle::encoding,
                &StoredArticle::importedAt, &StoredArticle::url, &StoredArticle::site, &StoredArticle::format,
                &StoredArticle::zhParagraphs, &StoredArticle::enParagraphs);
    return article;
}

/// The columns storedParagraph() reads, of main.paragraphs named p.
constexpr auto ParagraphColumns = "p.lang, p.idx, p.kind, p.text, coalesce(p.page, 0), p.imported_kind IS NOT NULL";

/// Reads ParagraphColumns from the query's current row, from column `first` on.
StoredParagraph storedParagraph(const QSqlQuery &query, int first)
{
    StoredParagraph paragraph;
    readColumns(query, first, paragraph, &StoredParagraph::lang, &StoredParagraph::index);
    paragraph.kind = paragraphKindFromString(query.value(first + 2).toString());
    readColumns(query, first + 3, paragraph, &StoredParagraph::text, &StoredParagraph::page,
                &StoredParagraph::markedChrome);
    return paragraph;
}

SearchHit makeHit(qint64 articleId, const QString &lang, int index, const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    return ArticleStore::hitAt(articleId, lang, index, text, std::max<qsizetype>(at, 0), at < 0 ? 0 : needle.size());
}

} // namespace

SearchHit ArticleStore::hitAt(qint64 articleId, const QString &lang, int index, const QString &text, qsizetype match,
                              qsizetype length)
{
    SearchHit hit;
    hit.articleId = articleId;
    hit.lang = lang;
    hit.index = index;
    hit.start = match;
    hit.length = length;
    qsizetype start = std::max<qsizetype>(0, match - SnippetContext);
    qsizetype end = std::min(text.size(), match + length + SnippetContext);
    // Never cut a character written as a surrogate pair in two.
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    const QString ellipsis(QChar(0x2026));
    hit.snippet = (start > 0 ? ellipsis : QString()) + text.mid(start, end - start)
        + (end < text.size() ? ellipsis : QString());
    hit.matchStart = match - start + (start > 0 ? 1 : 0);
    hit.matchLength = length;
    return hit;
}

QString ArticleStore::normalisedTitle(const QString &title)
{
    const QString folded = title.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (QChar c : folded) {
        // Surrogate halves are not letters on their own; keep them so rare ideographs still count.
        if (c.isLetterOrNumber() || c.isSurrogate())
            result.append(c);
    }
    return result;
}

QString ArticleStore::recognise(const ParsedArticle &article, Database &database)
{
    QSqlDatabase db = database.connection();
    const QString fingerprint
        = article.fingerprint.isEmpty() ? ArticleParser::fingerprint(article) : article.fingerprint;
    QSqlQuery query(db);
    query.prepare(u"SELECT key FROM all_articles WHERE fingerprint = ? ORDER BY origin, key"_s);
    query.addBindValue(fingerprint);
    if (query.exec() && query.next())
        return query.value(0).toString();

    QStringList titles;
    for (const QString &title : {article.titleEn, article.titleZh, article.title}) {
        const QString normalised = normalisedTitle(title);
        if (!normalised.isEmpty())
            titles.append(normalised);
    }
    if (titles.isEmpty())
        return {};
    // 'shipped' sorts before 'user': the shipped article wins over a user copy of it.
    if (!query.exec(u"SELECT key, title_en, title_zh FROM all_articles ORDER BY origin, key"_s))
        return {};
    while (query.next()) {
        for (int column : {1, 2}) {
            const QString candidate = normalisedTitle(query.value(column).toString());
            if (!candidate.isEmpty() && titles.contains(candidate))
                return query.value(0).toString();
        }
    }
    return {};
}

ImportResult ArticleStore::importArticle(const ParsedArticle &article, Database &database)
{
    ImportResult result;
    result.languages = article.languages();
    result.zhParagraphs = int(article.zh.size());
    result.enParagraphs = int(article.en.size());
    result.title = article.title;
    if (article.zh.isEmpty() && article.en.isEmpty()) {
        result.error = tr("The article has no paragraphs.");
        return result;
    }
    if (database.isReadOnly()) {
        result.error = tr("The database is open read-only: nothing can be imported.");
        return result;
    }
    QSqlDatabase db = database.connection();
    const QString fingerprint
        = article.fingerprint.isEmpty() ? ArticleParser::fingerprint(article) : article.fingerprint;
    auto fail = [&result](const QSqlQuery &query) {
        result.status = ImportResult::Status::Failed;
        result.articleId = -1;
        result.error = tr("Cannot store the article: %1").arg(SqlErrorText::describe(query.lastError()));
        return result;
    };

    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.error = tr("Cannot store the article: %1").arg(SqlErrorText::describe(db.lastError()));
        return result;
    }
    const QString recognised = recognise(article, database);

    QSqlQuery query(db);
    query.prepare(u"SELECT id, article_key, title FROM main.imported_articles WHERE fingerprint = ?"_s);
    query.addBindValue(fingerprint);
    if (!query.exec())
        return fail(query);
    if (query.next()) {
        result.status = ImportResult::Status::AlreadyImported;
        result.articleId = query.value(0).toLongLong();
        result.articleKey = query.value(1).toString();
        result.title = query.value(2).toString();
        query.finish();
        // An article imported before the dataset knew it gets its key now; nothing else changes.
        if (result.articleKey.isEmpty() && !recognised.isEmpty()) {
            query.prepare(u"UPDATE main.imported_articles SET article_key = ? WHERE id = ?"_s);
            query.addBindValue(recognised);
            query.addBindValue(result.articleId);
            if (!query.exec())
                return fail(query);
            result.articleKey = recognised;
        }
        result.zhParagraphs = paragraphCount(db, result.articleId, u"zh"_s);
        result.enParagraphs = paragraphCount(db, result.articleId, u"en"_s);
        if (!transaction.commit()) {
            result.status = ImportResult::Status::Failed;
            result.error = tr("Cannot store the article: %1").arg(SqlErrorText::describe(db.lastError()));
        }
        return result;
    }

    query.prepare(
        u"INSERT INTO main.imported_articles (article_key, title, title_zh, title_en, outlet, author, published, "
        "languages, fingerprint, source_path, encoding, url, site, format) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(textOrNull(recognised));
    query.addBindValue(article.title);
    query.addBindValue(textOrNull(article.titleZh));
    query.addBindValue(textOrNull(article.titleEn));
    query.addBindValue(textOrNull(article.outlet));
    query.addBindValue(textOrNull(article.author));
    query.addBindValue(textOrNull(article.published.isValid() ? article.published.toString(Qt::ISODate) : QString()));
    query.addBindValue(result.languages.join(u','));
    query.addBindValue(fingerprint);
    query.addBindValue(article.sourcePath);
    query.addBindValue(article.encoding);
    query.addBindValue(textOrNull(article.url));
    query.addBindValue(textOrNull(article.site));
    query.addBindValue(toString(article.format));
    if (!query.exec())
        return fail(query);
    result.articleId = query.lastInsertId().toLongLong();
    result.articleKey = recognised;

    query.prepare(u"INSERT INTO main.paragraphs (article_id, lang, idx, kind, text, page) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QList<ParsedParagraph> *list : {&article.en, &article.zh}) {
        for (const ParsedParagraph &paragraph : *list) {
            query.addBindValue(result.articleId);
            query.addBindValue(paragraph.lang);
            query.addBindValue(paragraph.index);
            query.addBindValue(toString(paragraph.kind));
            query.addBindValue(paragraph.text);
            query.addBindValue(paragraph.page > 0 ? QVariant(paragraph.page) : QVariant(QMetaType::fromType<int>()));
            if (!query.exec())
                return fail(query);
            QString indexError;
            if (!BigramIndex::paragraphs().add(db, query.lastInsertId().toLongLong(), paragraph.text, &indexError)) {
                result.status = ImportResult::Status::Failed;
                result.articleId = -1;
                result.error = indexError;
                return result;
            }
        }
    }

    QString alignError;
    result.alignmentBeads = AlignmentStore::alignStored(result.articleId, database, &alignError);
    if (result.alignmentBeads < 0) {
        result.status = ImportResult::Status::Failed;
        result.articleId = -1;
        result.error = alignError;
        return result;
    }

    if (!transaction.commit()) {
        result.articleId = -1;
        result.error = tr("Cannot store the article: %1").arg(SqlErrorText::describe(db.lastError()));
        return result;
    }
    result.status = ImportResult::Status::Imported;
    return result;
}

bool ArticleStore::removeArticle(qint64 articleId, Database &database, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (database.isReadOnly())
        return failWith(tr("The database is open read-only: nothing can be removed."));
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return failWith(tr("Cannot remove the article: %1").arg(SqlErrorText::describe(db.lastError())));
    QSqlQuery query(db);
    // The bigram index is contentless: each row leaves it with the text it was indexed from.
    query.prepare(u"SELECT id, text FROM main.paragraphs WHERE article_id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return failWith(tr("Cannot remove the article: %1").arg(SqlErrorText::describe(query.lastError())));
    QString indexError;
    while (query.next()) {
        if (!BigramIndex::paragraphs().remove(db, query.value(0).toLongLong(), query.value(1).toString(), &indexError))
            return failWith(indexError);
    }
    // Explicit rather than relying on ON DELETE CASCADE alone: the paragraphs' delete trigger
    // keeps the trigram index in step either way.
    for (const QString &statement :
         {u"DELETE FROM main.alignments WHERE article_id = ?"_s, u"DELETE FROM main.paragraphs WHERE article_id = ?"_s,
          u"DELETE FROM main.imported_articles WHERE id = ?"_s}) {
        query.prepare(statement);
        query.addBindValue(articleId);
        if (!query.exec())
            return failWith(tr("Cannot remove the article: %1").arg(SqlErrorText::describe(query.lastError())));
    }
    if (query.numRowsAffected() != 1)
        return failWith(tr("There is no imported article %1.").arg(articleId));
    if (!transaction.commit())
        return failWith(tr("Cannot remove the article: %1").arg(SqlErrorText::describe(db.lastError())));
    return true;
}

bool ArticleStore::setChrome(qint64 articleId, const QString &lang, int index, bool chrome, Database &database,
                             QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (database.isReadOnly())
        return failWith(tr("The database is open read-only: nothing can be changed."));
    QSqlQuery query(database.connection());
    // Marking keeps the imported kind to return to; unmarking returns to it. Either is a no-op
    // (and reported) on a paragraph that is not in the state it leaves.
    query.prepare(chrome ? u"UPDATE main.paragraphs SET imported_kind = kind, kind = 'chrome' "
                           "WHERE article_id = ? AND lang = ? AND idx = ? AND kind <> 'chrome'"_s
                         : u"UPDATE main.paragraphs SET kind = imported_kind, imported_kind = NULL "
                           "WHERE article_id = ? AND lang = ? AND idx = ? AND imported_kind IS NOT NULL"_s);
    query.addBindValue(articleId);
    query.addBindValue(lang);
    query.addBindValue(index);
    if (!query.exec())
        return failWith(tr("Cannot change the paragraph: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return failWith(chrome ? tr("The paragraph is already chrome, or there is no such paragraph.")
                               : tr("The paragraph was not turned into chrome in the reader."));
    return true;
}

QList<StoredArticle> ArticleStore::listArticles(Database &database)
{
    return readRows<StoredArticle>(
        database.connection(),
        u"SELECT %1 FROM main.imported_articles a ORDER BY a.id"_s.arg(QLatin1StringView(ArticleColumns)), {},
        storedArticle);
}

qint64 ArticleStore::importedArticleFor(const QString &articleKey, Database &database)
{
    return readFirstRow(database.connection(),
                        u"SELECT id FROM main.imported_articles WHERE article_key = ? ORDER BY id LIMIT 1"_s,
                        {articleKey}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); })
        .value_or(-1);
}

StoredArticle ArticleStore::article(qint64 articleId, Database &database)
{
    const QString sql
        = u"SELECT %1 FROM main.imported_articles a WHERE a.id = ?"_s.arg(QLatin1StringView(ArticleColumns));
    return readFirstRow(database.connection(), sql, {articleId}, storedArticle).value_or(StoredArticle());
}

QList<StoredParagraph> ArticleStore::paragraphs(qint64 articleId, const QString &lang, Database &database)
{
    return readRows<StoredParagraph>(
        database.connection(),
        u"SELECT %1 FROM main.paragraphs p WHERE p.article_id = ? AND p.lang = ? ORDER BY p.idx"_s.arg(
            QLatin1StringView(ParagraphColumns)),
        {articleId, lang}, [](const QSqlQuery &query) { return storedParagraph(query, 0); });
}

namespace {

/// Runs a query of the paragraphs containing needle (case-insensitive), through the trigram index
/// for three characters or more, the bigram index for two letters or digits, LIKE for anything else
/// (one character, a pair with punctuation). columns and order name columns of p (paragraphs).
bool execContaining(QSqlQuery &query, const QString &columns, const QString &order, const QString &needle,
                    const QString &lang, int limit)
{
    const QString languageFilter = lang.isEmpty() ? QString() : u" AND p.lang = ?"_s;
    const QString indexed = u"SELECT %3 FROM main.%1 JOIN main.paragraphs p ON p.id = %1.rowid "
                            "WHERE %1 MATCH ?%2 ORDER BY %4 LIMIT ?"_s;
    if (needle.toUcs4().size() >= 3) {
        query.prepare(indexed.arg(u"paragraphs_fts"_s, languageFilter, columns, order));
        query.addBindValue(ftsPhrase(needle));
    } else if (BigramIndex::canAnswer(needle)) {
        query.prepare(indexed.arg(u"paragraphs_bigrams"_s, languageFilter, columns, order));
        query.addBindValue(BigramIndex::matchExpression(needle));
    } else {
        query.prepare(u"SELECT %2 FROM main.paragraphs p WHERE p.text LIKE ? ESCAPE '\\'%1 ORDER BY %3 LIMIT ?"_s.arg(
            languageFilter, columns, order));
        query.addBindValue(likeContains(needle));
    }
    if (!lang.isEmpty())
        query.addBindValue(lang);
    query.addBindValue(limit > 0 ? limit : -1);
    return query.exec();
}

} // namespace

QList<SearchHit> ArticleStore::search(const QString &text, const QString &lang, Database &database, int limit)
{
    QList<SearchHit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    QSqlQuery query(database.connection());
    if (!execContaining(query, u"p.article_id, p.lang, p.idx, p.text"_s, u"p.article_id, p.lang, p.idx"_s, needle, lang,
                        limit))
        return hits;
    while (query.next()) {
        const QString paragraph = query.value(3).toString();
        // Guards against an index row left behind by a paragraph deleted without BigramIndex.
        if (!paragraph.contains(needle, Qt::CaseInsensitive))
            continue;
        hits.append(
            makeHit(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), paragraph, needle));
    }
    return hits;
}

QList<LocatedParagraph> ArticleStore::paragraphsContaining(const QString &text, Database &database)
{
    QList<LocatedParagraph> found;
    const QString needle = text.trimmed();
    QSqlQuery query(database.connection());
    if (needle.isEmpty()
        || !execContaining(query, u"p.article_id, "_s + QLatin1StringView(ParagraphColumns),
                           u"p.article_id, p.lang DESC, p.idx"_s, needle, {}, -1))
        return found;
    while (query.next())
        found.append({query.value(0).toLongLong(), storedParagraph(query, 1)});
    return found;
}

ArticleRecord StoredArticle::reference() const
{
    ArticleRecord record;
    if (id < 0)
        return record;
    record.key = articleKey.isEmpty() ? QString::number(id) : articleKey;
    record.titleEn = titleEn.isEmpty() && titleZh.isEmpty() ? title : titleEn;
    record.titleZh = titleZh;
    record.outletEn = record.outletZh = site.isEmpty() ? outlet : site;
    record.author = author;
    record.published = published.isValid() ? published.toString(Qt::ISODate) : QString();
    record.url = url;
    record.accessed = importedAt.left(10);
    return record;
}

} // namespace tigerscope
