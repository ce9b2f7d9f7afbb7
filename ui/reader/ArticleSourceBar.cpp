#include "ArticleSourceBar.h"

#include "DateFormatter.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

ArticleSourceBar::ArticleSourceBar(QWidget *parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_toChrome(new QToolButton(this))
    , m_toText(new QToolButton(this))
{
    setObjectName(u"articleSourceBar"_s);
    m_source->setObjectName(u"articleSource"_s);
    // Plain text: a file name or a URL from a page is shown as it is, never as markup or a link.
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toChrome->setObjectName(u"markChromeButton"_s);
    m_toText->setObjectName(u"restoreTextButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_toChrome, 0, Qt::AlignTop);
    layout->addWidget(m_toText, 0, Qt::AlignTop);
    connect(m_toChrome, &QToolButton::clicked, this, [this] { Q_EMIT chromeRequested(true); });
    connect(m_toText, &QToolButton::clicked, this, [this] { Q_EMIT chromeRequested(false); });
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

void ArticleSourceBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleSourceBar::retranslate()
{
    m_toChrome->setText(tr("Not article text"));
    m_toChrome->setToolTip(tr("Turn the selected paragraph into page furniture (chrome): kept, but not read as the "
                              "article's text"));
    m_toText->setText(tr("Restore as text"));
    m_toText->setToolTip(tr("Turn the selected paragraph, marked as chrome in the reader, back into article text"));

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
