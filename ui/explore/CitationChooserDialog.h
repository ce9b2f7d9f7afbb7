#pragma once

#include "RecordDialog.h"
#include "UserRecords.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace tigerscope {

/// Chooses one citation: a paragraph of an article (known or imported; the imported text is shown
/// so the printed figure can be picked from it) or a URL / free-text reference.
class CitationChooserDialog : public RecordDialog<CitationRecord>
{
    Q_OBJECT
public:
    CitationChooserDialog(AppContext &context, const CitationRecord &citation, QWidget *parent = nullptr);

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
    bool take(CitationRecord *kept) override;

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
