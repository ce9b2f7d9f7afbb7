#pragma once

#include "Retranslating.h"

#include <QWidget>

class QPushButton;
class QListView;

namespace tigerscope {

class ArticleLibraryModel;

/// The reader's library: the imported articles, each as its title over its outlet, date, languages
/// and import date, with Import… and Remove (after confirmation).
class LibraryPanel : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    LibraryPanel(ArticleLibraryModel &model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    /// Selects an article's row without emitting articleActivated.
    void selectArticle(qint64 articleId);
    qint64 selectedArticle() const;

Q_SIGNALS:
    void articleActivated(qint64 articleId);
    void removeRequested(qint64 articleId);
    void importRequested();

private:
    void retranslate() override;

    ArticleLibraryModel &m_model;
    QListView *m_view;
    QPushButton *m_import = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace tigerscope
