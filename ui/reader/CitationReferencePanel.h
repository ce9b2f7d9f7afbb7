#pragma once

#include "Citation.h"
#include "Retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tigerscope {

/// Shown for a citation whose article is not imported: what is cited, the article's reference
/// in APA and GB/T 7714 form, and a button to import it.
class CitationReferencePanel : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit CitationReferencePanel(QWidget *parent = nullptr);

    void setCitation(const ArticleRecord &article, const QString &lang, int paragraph, const QString &printed);

Q_SIGNALS:
    void importRequested();

private:
    void retranslate() override;

    ArticleRecord m_article;
    QString m_lang;
    int m_paragraph = -1;
    QString m_printed;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_cited;
    QLabel *m_apaLabel;
    QLabel *m_apa;
    QLabel *m_gbtLabel;
    QLabel *m_gbt;
    QPushButton *m_import;
};

} // namespace tigerscope
