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

ArticleSourceBar::ArticleSourceBar(QWidget *parent)
    : Retranslating(parent)
    , m_source(new QLabel(this))
    , m_toChrome(new QToolButton(this))
    , m_toText(new QToolButton(this))
    , m_copyReference(new QToolButton(this))
    , m_copyApa(new QAction(this))
    , m_copyGbt(new QAction(this))
{
    setObjectName(u"articleSourceBar"_s);
    m_source->setObjectName(u"articleSource"_s);
    // Plain text: a file name or a URL from a page is shown as it is, never as markup or a link.
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toChrome->setObjectName(u"markChromeButton"_s);
    m_toText->setObjectName(u"restoreTextButton"_s);
    m_copyReference->setObjectName(u"copyReferenceButton"_s);
    m_copyApa->setObjectName(u"copyApaReference"_s);
    m_copyGbt->setObjectName(u"copyGbtReference"_s);
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
        QGuiApplication::clipboard()->setText(apaReference());
        StatusNotice::show(this, tr("Copied the article's reference (APA)"));
    });
    connect(m_copyGbt, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(gbtReference());
        StatusNotice::show(this, tr("Copied the article's reference (GB/T 7714)"));
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

QString ArticleSourceBar::sourceText() const
{
    return m_source->text();
}

QString ArticleSourceBar::apaReference() const
{
    return CitationFormatter::apa(m_article.reference());
}

QString ArticleSourceBar::gbtReference() const
{
    return CitationFormatter::gbt7714(m_article.reference());
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
