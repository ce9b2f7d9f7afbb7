#include "CitationFormatter.h"

#include "DateFormatter.h"
#include "LanguageCatalogue.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr const char *Context = "CitationFormatter";

QString t(Language language, const char *text)
{
    return LanguageCatalogue::translate(language, Context, text);
}

QString firstOf(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}

QString inLanguage(Language language, const QString &en, const QString &zh)
{
    return language == Language::Chinese ? firstOf(zh, en) : firstOf(en, zh);
}

QString separator(Language language)
{
    return language == Language::Chinese ? u"，"_s : u", "_s;
}

/// " (Chinese text)" when the cited version is not in the reader's language, else nothing.
QString versionNote(const CitationRecord &citation, Language language)
{
    if (citation.lang == languageColumnSuffix(language))
        return {};
    return u" ("_s
        + (citation.lang == "zh"_L1 ? t(language, QT_TRANSLATE_NOOP("CitationFormatter", "Chinese text"))
                                    : t(language, QT_TRANSLATE_NOOP("CitationFormatter", "English text")))
        + u')';
}

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

QString CitationFormatter::title(const ArticleRecord &article, Language language)
{
    return firstOf(inLanguage(language, article.titleEn, article.titleZh), article.key);
}

QString CitationFormatter::shortForm(const CitationRecord &citation, const ArticleRecord &article, Language language)
{
    if (!citation.isArticle())
        return citation.reference;
    QString text = title(article, language);
    if (text.isEmpty())
        text = citation.articleKey;
    if (citation.paragraph >= 0)
        //: %1 is a paragraph number counted from 1 within the article's language version
        text += u' '
            + t(language, QT_TRANSLATE_NOOP("CitationFormatter", "¶%1"))
                  .arg(ParagraphNumber::shown(citation.paragraph));
    return text + versionNote(citation, language);
}

QString CitationFormatter::articleLine(const ArticleRecord &article, Language language)
{
    const QString shownTitle = title(article, language);
    QStringList parts;
    const QString outlet = inLanguage(language, article.outletEn, article.outletZh);
    if (!outlet.isEmpty())
        parts.append(outlet);
    // Plain quotes in English: curly ones may come from a CJK fallback font, full-width.
    parts.append(language == Language::Chinese ? u"《%1》"_s.arg(shownTitle) : u"\"%1\""_s.arg(shownTitle));
    // Where the source gives no date, the line says so.
    parts.append(article.published.isEmpty() ? DateFormatter::notGiven(language)
                                             : DateFormatter::format(article.published, u"day"_s, language));
    return parts.join(separator(language));
}

QString CitationFormatter::longForm(const CitationRecord &citation, const ArticleRecord &article, Language language)
{
    if (!citation.isArticle())
        return citation.reference;
    ArticleRecord known = article;
    if (known.key.isEmpty())
        known.key = citation.articleKey;
    QString text = articleLine(known, language);
    if (citation.paragraph >= 0) {
        //: %1 is a paragraph number counted from 1 within the article's language version
        text += separator(language)
            + t(language, QT_TRANSLATE_NOOP("CitationFormatter", "paragraph %1"))
                  .arg(ParagraphNumber::shown(citation.paragraph))
            + versionNote(citation, language);
    }
    if (!citation.printed.isEmpty())
        text += (language == Language::Chinese ? u"：“%1”"_s : u": “%1”"_s).arg(citation.printed);
    return text;
}

QString CitationFormatter::location(int paragraphNumber, int page, Language language)
{
    return page > 0 ? t(language, QT_TRANSLATE_NOOP("CitationFormatter", "p. %1, ¶%2")).arg(page).arg(paragraphNumber)
                    : t(language, QT_TRANSLATE_NOOP("CitationFormatter", "¶%1")).arg(paragraphNumber);
}

QString CitationFormatter::apa(const ArticleRecord &article)
{
    QString shownTitle = article.titleEn;
    if (!article.titleZh.isEmpty())
        shownTitle = article.titleEn.isEmpty() ? article.titleZh : article.titleZh + u" ["_s + article.titleEn + u']';
    const QString date = apaDate(article.published);
    QStringList parts;
    // Without an author, APA moves the title to the author's place.
    if (!article.author.isEmpty())
        parts << sentence(article.author) << sentence(date) << sentence(shownTitle);
    else if (!shownTitle.isEmpty())
        parts << sentence(shownTitle) << sentence(date);
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

QString CitationFormatter::gbt7714(const ArticleRecord &article)
{
    QString text;
    if (!article.author.isEmpty())
        text += sentence(article.author) + u' ';
    text += firstOf(article.titleZh, article.titleEn) + u"[EB/OL]."_s;
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
