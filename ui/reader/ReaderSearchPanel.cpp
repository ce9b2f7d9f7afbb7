#include "ReaderSearchPanel.h"

#include "ArticleLibraryModel.h"
#include "ArticleStore.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int LangRole = Qt::UserRole + 2;
constexpr int ParagraphRole = Qt::UserRole + 3;
} // namespace

ReaderSearchPanel::ReaderSearchPanel(Database &database, const ArticleLibraryModel &library, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_library(library)
    , m_edit(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_results(new QListWidget(this))
{
    m_edit->setObjectName(u"readerSearch"_s);
    m_edit->setClearButtonEnabled(true);
    m_scope->setObjectName(u"readerSearchScope"_s);
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_results->setObjectName(u"readerSearchResults"_s);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideNone);

    // The field has the panel's whole width, so that its hint fits in either language; the scope
    // follows the length of its items as the language changes.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_scope, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { search(m_edit->text()); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            search(m_edit->text());
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT resultActivated(item->data(ArticleRole).toLongLong(), item->data(LangRole).toString(),
                                   item->data(ParagraphRole).toInt(), m_edit->text().trimmed());
    });
    retranslate();
}

void ReaderSearchPanel::setCurrentArticle(qint64 articleId)
{
    m_articleId = articleId;
}

void ReaderSearchPanel::setWholeLibrary(bool wholeLibrary)
{
    m_scope->setCurrentIndex(wholeLibrary ? 1 : 0);
}

int ReaderSearchPanel::search(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    if (text.trimmed().isEmpty())
        return 0;
    const bool wholeLibrary = m_scope->currentIndex() == 1 || m_articleId < 0;
    const QList<SearchHit> hits = ArticleStore::search(text, QString(), m_database);
    for (const SearchHit &hit : hits) {
        if (!wholeLibrary && hit.articleId != m_articleId)
            continue;
        const int row = m_library.rowOf(hit.articleId);
        const QString title
            = row >= 0 ? m_library.data(m_library.index(row, ArticleLibraryModel::TitleColumn)).toString() : QString();
        const QString where = tr("%1 ¶%2").arg(hit.lang == "zh"_L1 ? tr("Chinese") : tr("English")).arg(hit.index + 1);
        // QListWidget items are plain text: the snippet cannot carry markup from the file.
        auto *item = new QListWidgetItem((wholeLibrary ? title + u" · "_s : QString()) + where + u'\n' + hit.snippet);
        item->setData(ArticleRole, hit.articleId);
        item->setData(LangRole, hit.lang);
        item->setData(ParagraphRole, hit.index);
        item->setToolTip(title);
        m_results->addItem(item);
    }
    if (m_results->count() == 0) {
        auto *item = new QListWidgetItem(tr("No paragraph contains “%1”.").arg(text.trimmed()));
        item->setFlags(Qt::NoItemFlags);
        m_results->addItem(item);
        return 0;
    }
    return m_results->count();
}

void ReaderSearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Search 中文 or English… (Enter)"));
    m_scope->setItemText(0, tr("This article"));
    m_scope->setItemText(1, tr("All articles"));
}

void ReaderSearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tigerscope
