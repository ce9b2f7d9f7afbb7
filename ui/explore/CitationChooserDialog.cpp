#include "CitationChooserDialog.h"

#include "AppContext.h"
#include "ArticleRepository.h"
#include "ArticleStore.h"
#include "ChoiceLists.h"
#include "CitationFormatter.h"
#include "Database.h"
#include "Labels.h"
#include "UserDataController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

CitationChooserDialog::CitationChooserDialog(AppContext &context, const CitationRecord &citation, QWidget *parent)
    : RecordDialog(context, citation, parent)
    , m_articleMode(new QRadioButton(tr("A paragraph of an &article"), this))
    , m_referenceMode(new QRadioButton(tr("A &URL or other reference"), this))
    , m_article(new QComboBox(this))
    , m_lang(new QComboBox(this))
    , m_paragraph(new QSpinBox(this))
    , m_passage(new QTextBrowser(this))
    , m_printed(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Source"));
    m_lang->addItem(Labels::language(u"zh"_s), u"zh"_s);
    m_lang->addItem(Labels::language(u"en"_s), u"en"_s);
    m_paragraph->setRange(1, 9999); // counted from 1, as a person reads them
    m_passage->setMinimumHeight(90);
    m_hint->setWordWrap(true);
    m_printed->setPlaceholderText(tr("The figure as printed, e.g. 15亿 or 1.5 billion"));
    m_reference->setPlaceholderText(tr("https://… or a book, report or interview"));
    loadArticles();

    auto *articleForm = new QFormLayout;
    articleForm->addRow(tr("Article:"), m_article);
    articleForm->addRow(tr("Language:"), m_lang);
    articleForm->addRow(tr("Paragraph:"), m_paragraph);
    articleForm->addRow(m_passage);
    articleForm->addRow(m_hint);
    articleForm->addRow(tr("As printed:"), m_printed);
    auto *useSelection = new QPushButton(tr("Use &Selected Text"), this);
    articleForm->addRow(QString(), useSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_articleMode);
    layout->addLayout(articleForm);
    layout->addWidget(m_referenceMode);
    layout->addWidget(m_reference);
    layout->addWidget(buttons);

    if (citation.isArticle() || (citation.reference.isEmpty() && !m_articles.isEmpty())) {
        m_articleMode->setChecked(true);
        for (int i = 0; i < m_articles.size(); ++i) {
            if (m_articles.at(i).key == citation.articleKey && !citation.articleKey.isEmpty())
                m_article->setCurrentIndex(i);
        }
        ChoiceLists::select(m_lang, citation.lang);
        m_paragraph->setValue(ParagraphNumber::shown(std::max(0, citation.paragraph)));
        m_printed->setText(citation.printed);
    } else {
        m_referenceMode->setChecked(true);
        m_reference->setText(citation.reference);
    }

    connect(m_articleMode, &QRadioButton::toggled, this, &CitationChooserDialog::updateMode);
    connect(m_article, &QComboBox::currentIndexChanged, this, &CitationChooserDialog::updatePassage);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &CitationChooserDialog::updatePassage);
    connect(m_paragraph, &QSpinBox::valueChanged, this, &CitationChooserDialog::updatePassage);
    connect(useSelection, &QPushButton::clicked, this, [this] {
        const QString selected = m_passage->textCursor().selectedText().trimmed();
        if (!selected.isEmpty())
            m_printed->setText(selected);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateMode();
    updatePassage();
    resize(560, 520);
}

void CitationChooserDialog::loadArticles()
{
    const bool chinese = m_context.language() == Language::Chinese;
    for (const CitableArticle &citable : ArticleRepository(m_context.database().connection()).citableArticles()) {
        Article article;
        article.key = citable.key;
        article.importedId = citable.importedId;
        const QString preferred = chinese ? citable.titleZh : citable.titleEn;
        article.title = preferred.isEmpty() ? (chinese ? citable.titleEn : citable.titleZh) : preferred;
        if (article.title.isEmpty())
            article.title = article.key;
        article.languages = citable.languages;
        m_articles.append(article);
        m_article->addItem(article.importedId >= 0 ? article.title : tr("%1 (not imported)").arg(article.title));
    }
}

CitationChooserDialog::Article CitationChooserDialog::currentArticle() const
{
    const int index = m_article->currentIndex();
    return index >= 0 && index < m_articles.size() ? m_articles.at(index) : Article();
}

void CitationChooserDialog::updateMode()
{
    const bool article = m_articleMode->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_article, m_lang, m_paragraph, m_passage, m_printed})
        widget->setEnabled(article);
    m_reference->setEnabled(!article);
    (article ? static_cast<QWidget *>(m_article) : m_reference)->setFocus();
}

void CitationChooserDialog::updatePassage()
{
    const Article article = currentArticle();
    m_passage->clear();
    if (article.importedId < 0) {
        m_hint->setText(tr("This article is not imported: its text cannot be shown. Import it (File ▸ Import "
                           "Article) to pick the paragraph from its text."));
        m_paragraph->setMaximum(9999);
        return;
    }
    const QList<StoredParagraph> paragraphs
        = ArticleStore::paragraphs(article.importedId, m_lang->currentData().toString(), m_context.database());
    const int count = int(paragraphs.size());
    if (count == 0) {
        m_hint->setText(tr("The imported article has no text in this language."));
        return;
    }
    m_paragraph->setMaximum(count);
    const int index = ParagraphNumber::stored(m_paragraph->value());
    if (index >= 0 && index < count)
        m_passage->setPlainText(paragraphs.at(index).text);
    m_hint->setText(tr("Paragraph %1 of %2. Select the figure in the text and press “Use Selected Text”.")
                        .arg(m_paragraph->value())
                        .arg(count));
}

bool CitationChooserDialog::take(CitationRecord *kept)
{
    CitationRecord result;
    result.id = kept->id;
    if (m_articleMode->isChecked()) {
        const Article article = currentArticle();
        if (article.key.isEmpty() && article.importedId < 0) {
            QMessageBox::warning(this, windowTitle(), tr("Choose an article."));
            return false;
        }
        result.articleKey = article.key;
        if (result.articleKey.isEmpty()) {
            QString error;
            result.articleKey = m_context.userData().store().articleKeyForImported(article.importedId, &error);
            if (result.articleKey.isEmpty()) {
                QMessageBox::warning(this, windowTitle(), error);
                return false;
            }
        }
        result.lang = m_lang->currentData().toString();
        result.paragraph = ParagraphNumber::stored(m_paragraph->value());
        result.printed = m_printed->text().trimmed();
    } else {
        result.reference = m_reference->text().trimmed();
        if (result.reference.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Write the URL or the reference."));
            return false;
        }
    }
    *kept = result;
    return true;
}

} // namespace tigerscope
