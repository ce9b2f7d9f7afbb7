#include "ArticleSourceBar.h"

#include "CitationFormatter.h"
#include "DateFormatter.h"
#include "StatusNotice.h"
#include "TextAndToolTip.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// A child of parent, named for tests and style sheets.
template<typename Child>
Child *named(QWidget *parent, const QString &objectName)
{
    auto *child = new Child(parent);
    child->setObjectName(objectName);
    return child;
}

} // namespace

ArticleSourceBar::ArticleSourceBar(QWidget *parent)
    : Retranslating(parent)
    , m_source(named<QLabel>(this, u"articleSource"_s))
    , m_toChrome(named<QToolButton>(this, u"markChromeButton"_s))
    , m_toText(named<QToolButton>(this, u"restoreTextButton"_s))
    , m_copyReference(named<QToolButton>(this, u"copyReferenceButton"_s))
    , m_copyApa(named<QAction>(this, u"copyApaReference"_s))
    , m_copyGbt(named<QAction>(this, u"copyGbtReference"_s))
{
    setObjectName(u"articleSourceBar"_s);
    // Plain text: a file name or a URL from a page is shown as it is, never as markup or a link.
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *menu = new QMenu(m_copyReference);
    menu->addAction(m_copyApa);
    menu->addAction(m_copyGbt);
    m_copyReference->setMenu(menu);
    m_copyReference->setPopupMode(QToolButton::InstantPopup);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_toChrome, 0, Qt::AlignTop);
    layout->addWidget(m_toText, 0, Qt::AlignTop);
    layout->addWidget(m_copyReference, 0, Qt::AlignTop);
    connect(m_toChrome, &QToolButton::clicked, this, [this] { Q_EMIT chromeRequested(true); });
    connect(m_toText, &QToolButton::clicked, this, [this] { Q_EMIT chromeRequested(false); });
    connect(m_copyApa, &QAction::triggered, this, [this] {
        copyReference(CitationFormatter::apa(m_article.reference()), tr("Copied the article's reference (APA)"));
    });
    connect(m_copyGbt, &QAction::triggered, this, [this] {
        copyReference(CitationFormatter::gbt7714(m_article.reference()),
                      tr("Copied the article's reference (GB/T 7714)"));
    });
    retranslate();
    hide();
}

void ArticleSourceBar::setArticle(const StoredArticle &article, Language language)
{
    m_article = article;
    m_language = language;
    retranslate();
    setVisible(article.id >= 0);
}

void ArticleSourceBar::clear()
{
    setArticle({}, m_language);
}

void ArticleSourceBar::copyReference(const QString &reference, const QString &notice)
{
    QGuiApplication::clipboard()->setText(reference);
    StatusNotice::show(this, notice);
}

void ArticleSourceBar::retranslate()
{
    setTextAndToolTip(
        m_toChrome, tr("Not article text"),
        tr("Turn the selected paragraph into page furniture (chrome): kept, but not read as the article's text"));
    setTextAndToolTip(m_toText, tr("Restore as text"),
                      tr("Turn the selected paragraph, marked as chrome in the reader, back into article text"));
    setTextAndToolTip(m_copyReference, tr("Copy Reference"),
                      tr("Copy the article's reference, with its address and the day it was imported"));
    m_copyApa->setText(tr("APA"));
    m_copyGbt->setText(tr("GB/T 7714"));

    QStringList parts;
    // A pair of files is stored with both paths, one per line.
    QStringList files;
    for (const QString &path : m_article.sourcePath.split(u'\n', Qt::SkipEmptyParts))
        files << QFileInfo(path).fileName();
    if (!files.isEmpty())
        parts << tr("From %1").arg(files.join(u" + "_s));
    if (!m_article.url.isEmpty())
        parts << m_article.url;
    parts << (m_article.published.isValid()
                  ? tr("published %1").arg(DateFormatter::format(m_article.published, DatePrecision::Day, m_language))
                  : tr("no publication date given"));
    const QDate imported = QDate::fromString(m_article.importedAt.left(10), Qt::ISODate);
    if (imported.isValid())
        parts << tr("imported %1").arg(DateFormatter::format(imported, DatePrecision::Day, m_language));
    m_source->setText(parts.join(u" · "_s));
}

} // namespace tigerscope
