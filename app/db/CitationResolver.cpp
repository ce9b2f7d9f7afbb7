#include "CitationResolver.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Folds what differs between copies of one text without changing its meaning.
QString folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms
            c = QChar(char16_t(u - 0xFEE0));
        result.append(c.toCaseFolded());
    }
    return result;
}

} // namespace

QString ResolvedCitation::stateName(State state)
{
    switch (state) {
    case State::Resolved: return u"resolved"_s;
    case State::ArticleNotImported: return u"article_not_imported"_s;
    case State::ParagraphMissing: return u"paragraph_missing"_s;
    case State::FigureNotFound: return u"figure_not_found"_s;
    case State::FreeReference: return u"free_reference"_s;
    }
    return {};
}

CitationResolver::CitationResolver(QSqlDatabase db)
    : m_db(std::move(db))
{}

void CitationResolver::load() const
{
    if (m_loaded)
        return;
    m_importedByKey.clear();
    QSqlQuery query(m_db);
    query.exec(u"SELECT article_key, id FROM main.imported_articles WHERE article_key IS NOT NULL ORDER BY id"_s);
    while (query.next())
        m_importedByKey.insert(query.value(0).toString(), query.value(1).toLongLong());
    m_loaded = true;
}

qint64 CitationResolver::importedArticleFor(const QString &articleKey) const
{
    load();
    return m_importedByKey.value(articleKey, -1);
}

namespace {

bool isWordCharacter(QChar c)
{
    // Han text runs without spaces: only Latin letters and digits make words a match could cut.
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

/// The first occurrence of needle in text that starts and ends at a word boundary ("5%" in
/// "95%, 5%" is the second), else the first occurrence; -1 when there is none.
qsizetype indexAtBoundary(const QString &text, const QString &needle)
{
    const qsizetype first = text.indexOf(needle);
    for (qsizetype at = first; at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startsClean = at == 0 || !isWordCharacter(needle.front()) || !isWordCharacter(text.at(at - 1));
        const bool endsClean = end >= text.size() || !isWordCharacter(needle.back()) || !isWordCharacter(text.at(end));
        if (startsClean && endsClean)
            return at;
    }
    return first;
}

} // namespace

qsizetype CitationResolver::findFigure(const QString &passage, const QString &printed)
{
    if (printed.isEmpty())
        return -1;
    const qsizetype exact = indexAtBoundary(passage, printed);
    if (exact >= 0)
        return exact;
    const QString needle = folded(printed);
    // Map positions of the folded passage back to the original.
    QString haystack;
    QList<qsizetype> origin;
    for (qsizetype i = 0; i < passage.size(); ++i) {
        const QString piece = folded(QString(passage.at(i)));
        for (QChar c : piece) {
            haystack.append(c);
            origin.append(i);
        }
    }
    const qsizetype at = indexAtBoundary(haystack, needle);
    return at < 0 ? -1 : origin.at(at);
}

ResolvedCitation CitationResolver::resolve(const QString &articleKey, const QString &lang, int paragraph,
                                           const QString &printed, const QString &reference) const
{
    ResolvedCitation result;
    if (articleKey.isEmpty()) {
        result.state = reference.isEmpty() ? ResolvedCitation::State::ArticleNotImported
                                           : ResolvedCitation::State::FreeReference;
        return result;
    }
    result.importedArticleId = importedArticleFor(articleKey);
    if (result.importedArticleId < 0) {
        result.state = ResolvedCitation::State::ArticleNotImported;
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT text FROM main.paragraphs WHERE article_id = ? AND lang = ? AND idx = ?"_s);
    query.addBindValue(result.importedArticleId);
    query.addBindValue(lang);
    query.addBindValue(paragraph);
    if (!query.exec() || !query.next()) {
        result.state = ResolvedCitation::State::ParagraphMissing;
        return result;
    }
    result.passage = query.value(0).toString();
    result.figurePosition = findFigure(result.passage, printed);
    result.state
        = result.figurePosition >= 0 ? ResolvedCitation::State::Resolved : ResolvedCitation::State::FigureNotFound;
    return result;
}

} // namespace tigerscope
