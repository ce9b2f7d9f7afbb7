#pragma once

#include "ArticleStore.h"
#include "Language.h"
#include "Retranslating.h"

#include <QWidget>

class QLabel;
class QAction;
class QToolButton;

namespace tigerscope {

/// Under the reader's title: where the article's text came from (file, URL, publication and
/// import dates, format), and the buttons that turn the selected paragraph into chrome — page
/// furniture kept by mistake — and back.
class ArticleSourceBar : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit ArticleSourceBar(QWidget *parent = nullptr);

    void setArticle(const StoredArticle &article, Language language);
    void clear();

Q_SIGNALS:
    /// The user asked to turn the selected paragraph into chrome (true) or back into text.
    void chromeRequested(bool chrome);

private:
    void retranslate() override;
    /// Copy Reference: puts the article's reference, in one style, on the clipboard and says so.
    void copyReference(const QString &reference, const QString &notice);

    StoredArticle m_article;
    Language m_language = Language::English;
    QLabel *m_source;
    QToolButton *m_toChrome;
    QToolButton *m_toText;
    QToolButton *m_copyReference;
    QAction *m_copyApa;
    QAction *m_copyGbt;
};

} // namespace tigerscope
