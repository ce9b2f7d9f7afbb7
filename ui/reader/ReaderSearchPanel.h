#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace tigerscope {

class ArticleLibraryModel;
class Database;

/// Searches the imported articles' full-text index, in the open article or the whole library,
/// Chinese and English alike, and lists the hits with their context.
class ReaderSearchPanel : public QWidget
{
    Q_OBJECT

public:
    ReaderSearchPanel(Database &database, const ArticleLibraryModel &library, QWidget *parent = nullptr);

    void setCurrentArticle(qint64 articleId);
    /// Runs a search now; returns the number of hits listed.
    int search(const QString &text);
    void setWholeLibrary(bool wholeLibrary);

    QLineEdit *edit() const { return m_edit; }
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    void resultActivated(qint64 articleId, const QString &lang, int paragraph, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    const ArticleLibraryModel &m_library;
    qint64 m_articleId = -1;
    QLineEdit *m_edit;
    QComboBox *m_scope;
    QListWidget *m_results;
};

} // namespace tigerscope
