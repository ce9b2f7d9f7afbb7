#include "ReaderSearchPanel.h"

#include "ArticleLibraryModel.h"
#include "ArticleSearch.h"
#include "Citation.h"
#include "Labels.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

ReaderSearchPanel::ReaderSearchPanel(Database &database, const ArticleLibraryModel &library,
                                     const EntityLexicon &lexicon, QWidget *parent)
    : Retranslating(parent)
    , m_database(database)
    , m_library(library)
    , m_lexicon(lexicon)
    , m_edit(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_previous(new QAction(this))
    , m_next(new QAction(this))
    , m_results(new QListWidget(this))
{
    m_edit->setObjectName(u"readerSearch"_s);
    m_edit->setClearButtonEnabled(true);
    m_scope->setObjectName(u"readerSearchScope"_s);
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_count->setObjectName(u"readerSearchCount"_s);
    m_results->setObjectName(u"readerSearchResults"_s);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_previous->setShortcut(QKeySequence::FindPrevious);
    m_next->setShortcut(QKeySequence::FindNext);
    for (QAction *action : {m_previous, m_next}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
    }
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });

    // The field has the panel's whole width, so that its hint fits in either language; the scope
    // follows the length of its items as the language changes.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_scope);
    countRow->addWidget(m_count, 1);
    for (QAction *action : {m_previous, m_next}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        countRow->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(countRow);
    layout->addWidget(m_results, 1);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { search(m_edit->text()); });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_searched.isEmpty())
            search(text);
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            search(m_edit->text());
    });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_hits.size() && row != m_current)
            setCurrentHit(row);
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

void ReaderSearchPanel::setIncludeChrome(bool include)
{
    if (include == m_includeChrome)
        return;
    m_includeChrome = include;
    if (!m_searched.isEmpty())
        search(m_searched);
}

int ReaderSearchPanel::search(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    m_searched = text.trimmed();
    const bool wholeLibrary = m_scope->currentIndex() == 1 || m_articleId < 0;
    m_hits = ArticleSearch(m_database, m_lexicon).search(m_searched, {m_articleId, wholeLibrary, m_includeChrome});
    m_current = -1;
    {
        const QSignalBlocker blocker(m_results);
        m_results->clear();
        for (const SearchHit &hit : std::as_const(m_hits)) {
            auto *item = new QListWidgetItem(m_results);
            const int libraryRow = m_library.rowOf(hit.articleId);
            item->setToolTip(
                libraryRow >= 0
                    ? m_library.data(m_library.index(libraryRow, ArticleLibraryModel::TitleColumn)).toString()
                    : QString());
        }
        if (m_hits.isEmpty() && !m_searched.isEmpty())
            new QListWidgetItem(m_results);
    }
    retranslate();
    Q_EMIT resultsChanged();
    return int(m_hits.size());
}

void ReaderSearchPanel::setCurrentHit(int index)
{
    m_current = index >= 0 && index < m_hits.size() ? index : -1;
    {
        const QSignalBlocker blocker(m_results);
        m_results->setCurrentRow(m_current);
    }
    m_count->setText(countText());
    if (m_current >= 0)
        Q_EMIT hitActivated(m_hits.at(m_current));
}

int ReaderSearchPanel::firstHitIn(qint64 articleId, const QString &lang) const
{
    int first = -1;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).articleId != articleId)
            continue;
        if (m_hits.at(i).lang == lang)
            return int(i);
        if (first < 0)
            first = int(i);
    }
    return first;
}

void ReaderSearchPanel::step(int delta)
{
    if (m_hits.isEmpty())
        return;
    const int size = int(m_hits.size());
    setCurrentHit(m_current < 0 ? (delta > 0 ? 0 : size - 1) : (m_current + delta + size) % size);
}

QString ReaderSearchPanel::countText() const
{
    if (m_searched.isEmpty())
        return {};
    if (m_hits.isEmpty())
        return tr("No hits");
    if (m_current < 0)
        return tr("%n hit(s)", nullptr, int(m_hits.size()));
    return tr("%1 of %2").arg(m_current + 1).arg(m_hits.size());
}

QString ReaderSearchPanel::itemText(const SearchHit &hit) const
{
    const bool wholeLibrary = m_scope->currentIndex() == 1 || m_articleId < 0;
    const int row = m_library.rowOf(hit.articleId);
    const QString title
        = row >= 0 ? m_library.data(m_library.index(row, ArticleLibraryModel::TitleColumn)).toString() : QString();
    const QString where = tr("%1 ¶%2").arg(Labels::language(hit.lang)).arg(ParagraphNumber::shown(hit.index));
    // QListWidget items are plain text: the snippet cannot carry markup from the file.
    return (wholeLibrary ? title + u" · "_s : QString()) + where + u'\n' + hit.snippet;
}

void ReaderSearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Search 中文 or English… (Enter)"));
    m_scope->setItemText(0, tr("This article"));
    m_scope->setItemText(1, tr("All articles"));
    m_previous->setText(u"▲"_s);
    m_previous->setToolTip(tr("Previous hit (Shift+F3)"));
    m_next->setText(u"▼"_s);
    m_next->setToolTip(tr("Next hit (F3)"));
    m_previous->setEnabled(!m_hits.isEmpty());
    m_next->setEnabled(!m_hits.isEmpty());
    m_count->setText(countText());
    for (qsizetype i = 0; i < m_hits.size() && i < m_results->count(); ++i)
        m_results->item(int(i))->setText(itemText(m_hits.at(i)));
    if (m_hits.isEmpty() && m_results->count() == 1) {
        QListWidgetItem *none = m_results->item(0);
        none->setText(tr("No paragraph contains “%1”.").arg(m_searched));
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace tigerscope
