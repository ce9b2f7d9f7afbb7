#pragma once

#include "UserRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace tigerscope {

class AppContext;

/// Chooses one citation: a paragraph of an article (known or imported; the imported text is shown
/// so the printed figure can be picked from it) or a URL / free-text reference.
class CitationChooserDialog : public QDialog
{
    Q_OBJECT
public:
    CitationChooserDialog(AppContext &context, const CitationRecord &citation, QWidget *parent = nullptr);

    CitationRecord citation() const { return m_citation; }

    void accept() override;

private:
    struct Article
    {
        QString key;
        qint64 importedId = -1;
        QString title;
        QStringList languages;
    };
    void loadArticles();
    void updateMode();
    void updatePassage();
    Article currentArticle() const;

    AppContext &m_context;
    CitationRecord m_citation;
    QList<Article> m_articles;
    QRadioButton *m_articleMode;
    QRadioButton *m_referenceMode;
    QComboBox *m_article;
    QComboBox *m_lang;
    QSpinBox *m_paragraph;
    QTextBrowser *m_passage;
    QLineEdit *m_printed;
    QLineEdit *m_reference;
    QLabel *m_hint;
};

} // namespace tigerscope
