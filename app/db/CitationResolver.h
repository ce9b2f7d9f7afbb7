#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// Where a citation points, once its article has been imported.
struct ResolvedCitation
{
    enum class State {
        Resolved,           ///< the paragraph is imported and contains the figure as printed
        ArticleNotImported, ///< the article is known but not imported: show the reference, offer import
        ParagraphMissing,   ///< the imported article has no such paragraph
        FigureNotFound,     ///< the paragraph does not contain the figure as printed
        FreeReference       ///< a user citation of a URL or free text
    };
    State state = State::ArticleNotImported;
    qint64 importedArticleId = -1;
    QString passage;               ///< the paragraph's text when imported
    qsizetype figurePosition = -1; ///< where the printed figure starts in the passage

    bool isResolved() const { return state == State::Resolved; }
    static QString stateName(State state);
};

/// Resolves citations (article key, language, paragraph, printed figure) to imported passages.
/// Caches the imported articles' keys; call reset() after an import or removal.
class CitationResolver
{
public:
    explicit CitationResolver(QSqlDatabase db);

    ResolvedCitation resolve(const QString &articleKey, const QString &lang, int paragraph, const QString &printed,
                             const QString &reference = {}) const;

    /// The imported article that carries an article key, or -1.
    qint64 importedArticleFor(const QString &articleKey) const;

    void reset() { m_loaded = false; }

    /// Looks for printed in passage, tolerant of white space and full-width digits.
    static qsizetype findFigure(const QString &passage, const QString &printed);

private:
    void load() const;

    QSqlDatabase m_db;
    mutable bool m_loaded = false;
    mutable QHash<QString, qint64> m_importedByKey;
};

} // namespace tigerscope
