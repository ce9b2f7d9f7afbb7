#include "CitationReferencePanel.h"

#include "CitationFormatter.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // titles come from data: never read as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CitationReferencePanel::CitationReferencePanel(QWidget *parent)
    : Retranslating(parent)
    , m_heading(plainLabel(this, u"referenceHeading"_s))
    , m_explanation(plainLabel(this, u"referenceExplanation"_s))
    , m_cited(plainLabel(this, u"referenceCited"_s))
    , m_apaLabel(new QLabel(this))
    , m_apa(plainLabel(this, u"referenceApa"_s))
    , m_gbtLabel(new QLabel(this))
    , m_gbt(plainLabel(this, u"referenceGbt"_s))
    , m_import(new QPushButton(this))
{
    setObjectName(u"citationReferencePanel"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_import->setObjectName(u"referenceImport"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_apaLabel, m_apa);
    form->addRow(m_gbtLabel, m_gbt);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_cited);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_import, &QPushButton::clicked, this, &CitationReferencePanel::importRequested);
    retranslate();
}

void CitationReferencePanel::setCitation(const ArticleRecord &article, const QString &lang, int paragraph,
                                         const QString &printed)
{
    m_article = article;
    m_lang = lang;
    m_paragraph = paragraph;
    m_printed = printed;
    retranslate();
}

void CitationReferencePanel::retranslate()
{
    m_heading->setText(tr("This article is not in your library"));
    m_explanation->setText(tr("The dataset cites it, but its text is not imported. Import your copy of the article "
                              "to read the cited passage in both languages."));
    const QString language = m_lang == "zh"_L1 ? tr("Chinese") : tr("English");
    m_cited->setText(m_printed.isEmpty() ? QString()
                                         : tr("Cited: “%1”, %2 version, paragraph %3")
                                               .arg(m_printed, language)
                                               .arg(ParagraphNumber::shown(m_paragraph)));
    m_cited->setVisible(!m_printed.isEmpty());
    m_apaLabel->setText(tr("APA:"));
    m_gbtLabel->setText(tr("GB/T 7714:"));
    m_apa->setText(m_article.isValid() ? CitationFormatter::apa(m_article) : tr("Unknown article"));
    m_gbt->setText(m_article.isValid() ? CitationFormatter::gbt7714(m_article) : tr("Unknown article"));
    m_import->setText(tr("Import Article…"));
}

} // namespace tigerscope
