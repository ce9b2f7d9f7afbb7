#include "CitationReference.h"

#include "ArticleStore.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// text with a full stop after it unless it already ends in punctuation.
QString sentence(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar last = text.back();
    return (last == u'.' || last == u'?' || last == u'!' || last == u'。' || last == u'？' || last == u'！')
        ? text
        : text + u'.';
}

QString firstOf(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}

/// "(2025, March 26)", "(2025, March)", "(2025)" or "(n.d.)".
QString apaDate(const QString &iso)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QStringList parts = iso.split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.first().size() != 4)
        return u"(n.d.)"_s;
    QString text = parts.first();
    if (parts.size() >= 2) {
        const int month = parts.at(1).toInt();
        if (month >= 1 && month <= 12) {
            text += u", "_s + english.monthName(month);
            if (parts.size() >= 3 && parts.at(2).toInt() > 0)
                text += u' ' + QString::number(parts.at(2).toInt());
        }
    }
    return u'(' + text + u')';
}

} // namespace

ArticleRecord CitationReference::load(const QString &articleKey, QSqlDatabase db)
{
    ArticleRecord article;
    QSqlQuery query(db);
    query.prepare(u"SELECT key, title_en, title_zh, outlet_en, outlet_zh, author, published, url FROM all_articles "
                  "WHERE key = ? ORDER BY origin LIMIT 1"_s);
    query.addBindValue(articleKey);
    if (!query.exec() || !query.next())
        return article;
    article.key = query.value(0).toString();
    article.titleEn = query.value(1).toString().trimmed();
    article.titleZh = query.value(2).toString().trimmed();
    article.outletEn = query.value(3).toString().trimmed();
    article.outletZh = query.value(4).toString().trimmed();
    article.author = query.value(5).toString().trimmed();
    article.published = query.value(6).toString().trimmed();
    article.url = query.value(7).toString().trimmed();
    return article;
}

ArticleRecord CitationReference::fromImported(const StoredArticle &article)
{
    ArticleRecord record;
    if (article.id < 0)
        return record;
    record.key = article.articleKey.isEmpty() ? QString::number(article.id) : article.articleKey;
    record.titleEn = article.titleEn.isEmpty() && article.titleZh.isEmpty() ? article.title : article.titleEn;
    record.titleZh = article.titleZh;
    record.outletEn = record.outletZh = article.site.isEmpty() ? article.outlet : article.site;
    record.author = article.author;
    record.published = article.published.isValid() ? article.published.toString(Qt::ISODate) : QString();
    record.url = article.url;
    record.accessed = article.importedAt.left(10);
    return record;
}

QString CitationReference::location(int paragraphNumber, int page)
{
    return page > 0 ? tr("p. %1, ¶%2").arg(page).arg(paragraphNumber) : tr("¶%1").arg(paragraphNumber);
}

QString CitationReference::apa(const ArticleRecord &article)
{
    QString title = article.titleEn;
    if (!article.titleZh.isEmpty())
        title = article.titleEn.isEmpty() ? article.titleZh : article.titleZh + u" ["_s + article.titleEn + u']';
    const QString date = apaDate(article.published);
    QStringList parts;
    // Without an author, APA moves the title to the author's place.
    if (!article.author.isEmpty())
        parts << sentence(article.author) << sentence(date) << sentence(title);
    else if (!title.isEmpty())
        parts << sentence(title) << sentence(date);
    else
        parts << sentence(date);
    const QString outlet = firstOf(article.outletEn, article.outletZh);
    if (!outlet.isEmpty())
        parts << sentence(outlet);
    if (!article.url.isEmpty() && !article.accessed.isEmpty()) {
        const QDate accessed = QDate::fromString(article.accessed, Qt::ISODate);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        parts << u"Retrieved %1, from %2"_s.arg(english.toString(accessed, u"MMMM d, yyyy"_s), article.url);
    } else if (!article.url.isEmpty()) {
        parts << article.url;
    }
    return parts.join(u' ');
}

QString CitationReference::gbt7714(const ArticleRecord &article)
{
    QString text;
    if (!article.author.isEmpty())
        text += sentence(article.author) + u' ';
    const QString title = firstOf(article.titleZh, article.titleEn);
    text += title + u"[EB/OL]."_s;
    const QString outlet = firstOf(article.outletZh, article.outletEn);
    QStringList publication;
    if (!outlet.isEmpty())
        publication << outlet;
    if (!article.published.isEmpty())
        publication << article.published;
    const QString accessed
        = article.url.isEmpty() || article.accessed.isEmpty() ? QString() : u'[' + article.accessed + u']';
    if (!publication.isEmpty())
        text += u' ' + publication.join(u", "_s) + accessed + u'.';
    else if (!accessed.isEmpty())
        text += u' ' + accessed + u'.';
    if (!article.url.isEmpty())
        text += u' ' + article.url + u'.';
    return text.trimmed();
}

} // namespace tigerscope
