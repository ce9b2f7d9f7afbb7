#pragma once

#include "ArticleStore.h"

#include <QList>
#include <QString>

namespace tigerscope {

class Database;
class EntityLexicon;

/// The reader's search: every occurrence of a text in the imported articles, both languages, with
/// the text folded (case, full-width and half-width forms, spaces and dashes: FoldedText), and, when
/// the text is a name of a company or person the lexicon knows, every other name of it as well
/// (智谱 finds Zhipu). One hit per occurrence, in reading order: article, Chinese before English,
/// paragraph, position. The open article is read whole; the others are those the full-text index
/// finds the longest word of the text (or of a name) in, so a full-width spelling in an article
/// not open is found only where the index finds it too.
class ArticleSearch
{
public:
    struct Scope
    {
        qint64 articleId = -1;     ///< the open article, always read whole; -1 for none
        bool wholeLibrary = false; ///< the other imported articles too
        bool includeChrome = true; ///< false skips paragraphs that are page chrome
    };

    ArticleSearch(Database &database, const EntityLexicon &lexicon);

    QList<SearchHit> search(const QString &text, const Scope &scope) const;

    /// The most hits one search returns.
    static constexpr int Limit = 500;

private:
    Database &m_database;
    const EntityLexicon &m_lexicon;
};

} // namespace tigerscope
