#pragma once

#include "ArticleStore.h"
#include "Retranslating.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tigerscope {

class ArticleLibraryModel;
class Database;
class EntityLexicon;

/// Searches the open article or the whole library, Chinese and English alike (ArticleSearch: case,
/// width and dashes folded, names with their other names), lists every hit with its context, counts
/// them ("3 of 12") and steps through them.
class ReaderSearchPanel : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    ReaderSearchPanel(Database &database, const ArticleLibraryModel &library, const EntityLexicon &lexicon,
                      QWidget *parent = nullptr);

    void setCurrentArticle(qint64 articleId);
    /// Runs a search now; returns the number of hits listed. No hit is current afterwards.
    int search(const QString &text);
    void setWholeLibrary(bool wholeLibrary);
    /// Whether paragraphs of page chrome are searched; searches again when it changes.
    void setIncludeChrome(bool include);

    const QList<SearchHit> &hits() const { return m_hits; }
    /// The hit shown, -1 when none is.
    int currentHit() const { return m_current; }
    /// Makes a hit the current one and announces it (hitActivated); -1 clears.
    void setCurrentHit(int index);
    /// The first hit in an article, preferring those in lang; -1 when the article has none.
    int firstHitIn(qint64 articleId, const QString &lang) const;
    /// "3 of 12", "12 hits", "No hits".
    QString countText() const;

    QLineEdit *edit() const { return m_edit; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

Q_SIGNALS:
    void hitActivated(const tigerscope::SearchHit &hit);
    /// A search ran: the hits changed.
    void resultsChanged();

private:
    void retranslate() override;
    QString itemText(const SearchHit &hit) const;
    void step(int delta);

    Database &m_database;
    const ArticleLibraryModel &m_library;
    const EntityLexicon &m_lexicon;
    qint64 m_articleId = -1;
    bool m_includeChrome = true;
    QString m_searched;
    QList<SearchHit> m_hits;
    int m_current = -1;
    QLineEdit *m_edit;
    QComboBox *m_scope;
    QLabel *m_count;
    QAction *m_previous;
    QAction *m_next;
    QListWidget *m_results;
};

} // namespace tigerscope
