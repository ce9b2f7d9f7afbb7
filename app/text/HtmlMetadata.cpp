#include "HtmlMetadata.h"

#include "GumboTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString simplified(const QString &text)
{
    return text.simplified();
}

/// "2025-03-26T08:00:00+08:00", "2025-03-26" or "2025/3/26": the date as written, not moved to UTC.
QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (!date.isValid()) {
        const QStringList parts = trimmed.section(u' ', 0, 0).section(u'T', 0, 0).split(u'/');
        if (parts.size() == 3)
            date = QDate(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
    }
    return date;
}

QString webUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty()
        ? url.toString()
        : QString();
}

QString personName(const QJsonValue &value)
{
    if (value.isString())
        return simplified(value.toString());
    if (value.isObject())
        return simplified(value.toObject().value("name"_L1).toString());
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = personName(item);
            if (!name.isEmpty())
                names << name;
        }
        return names.join(u", "_s);
    }
    return {};
}

/// What the page's meta tags and JSON-LD give, before choosing among them.
struct Candidates
{
    QString ogTitle, ldHeadline, documentTitle, firstHeading;
    QString metaAuthor, ldAuthor, relAuthor;
    QString ogSite, ldPublisher, applicationName;
    QString canonical, ogUrl, ldUrl;
    QDate metaPublished, ldPublished, timePublished;
    QString lang;
};

void readJsonLd(const QJsonValue &value, Candidates &found, int depth = 0)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJsonLd(item, found, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.contains("@graph"_L1))
        readJsonLd(object.value("@graph"_L1), found, depth + 1);
    if (!object.contains("datePublished"_L1) && !object.contains("headline"_L1))
        return;
    if (found.ldHeadline.isEmpty())
        found.ldHeadline = simplified(object.value("headline"_L1).toString());
    if (!found.ldPublished.isValid())
        found.ldPublished = parseDate(object.value("datePublished"_L1).toString());
    if (found.ldAuthor.isEmpty())
        found.ldAuthor = personName(object.value("author"_L1));
    if (found.ldPublisher.isEmpty())
        found.ldPublisher = personName(object.value("publisher"_L1));
    if (found.ldUrl.isEmpty()) {
        const QJsonValue page = object.value("mainEntityOfPage"_L1);
        found.ldUrl = webUrl(object.value("url"_L1).toString());
        if (found.ldUrl.isEmpty())
            found.ldUrl = webUrl(page.isObject() ? page.toObject().value("@id"_L1).toString() : page.toString());
    }
}

void readMeta(const GumboNode *node, Candidates &found)
{
    const QString key = (GumboTree::attribute(node, "property").isNull() ? GumboTree::attribute(node, "name")
                                                                         : GumboTree::attribute(node, "property"))
                            .toLower();
    const QString itemprop = GumboTree::attribute(node, "itemprop");
    const QString content = simplified(GumboTree::attribute(node, "content"));
    if (content.isEmpty())
        return;
    auto setOnce = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    if (key == "og:title"_L1 || key == "twitter:title"_L1)
        setOnce(found.ogTitle, content);
    else if (key == "og:site_name"_L1)
        setOnce(found.ogSite, content);
    else if (key == "application-name"_L1)
        setOnce(found.applicationName, content);
    else if (key == "og:url"_L1)
        setOnce(found.ogUrl, webUrl(content));
    else if ((key == "author"_L1 || key == "article:author"_L1 || key == "byl"_L1) && webUrl(content).isEmpty())
        setOnce(found.metaAuthor, content);
    if (!found.metaPublished.isValid()
        && (key == "article:published_time"_L1 || key == "pubdate"_L1 || key == "publishdate"_L1 || key == "dc.date"_L1
            || key == "dc.date.issued"_L1 || itemprop == "datePublished"_L1))
        found.metaPublished = parseDate(content);
}

Candidates collect(const GumboNode *root)
{
    Candidates found;
    found.lang = GumboTree::attribute(root, "lang").trimmed();
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (!GumboTree::isElement(node))
            continue;
        switch (GumboTree::tag(node)) {
        case GUMBO_TAG_META: readMeta(node, found); break;
        case GUMBO_TAG_TITLE:
            if (found.documentTitle.isEmpty())
                found.documentTitle = simplified(GumboTree::text(node));
            break;
        case GUMBO_TAG_H1:
            if (found.firstHeading.isEmpty())
                found.firstHeading = simplified(GumboTree::text(node));
            break;
        case GUMBO_TAG_LINK:
            if (GumboTree::attribute(node, "rel").toLower() == "canonical"_L1 && found.canonical.isEmpty())
                found.canonical = webUrl(GumboTree::attribute(node, "href"));
            break;
        case GUMBO_TAG_A:
            if (GumboTree::attribute(node, "rel").toLower() == "author"_L1 && found.relAuthor.isEmpty())
                found.relAuthor = simplified(GumboTree::text(node));
            break;
        case GUMBO_TAG_TIME:
            if (!found.timePublished.isValid())
                found.timePublished = parseDate(GumboTree::attribute(node, "datetime"));
            break;
        case GUMBO_TAG_SCRIPT:
            if (GumboTree::attribute(node, "type").trimmed().toLower() == "application/ld+json"_L1) {
                const QJsonDocument json = QJsonDocument::fromJson(GumboTree::text(node).toUtf8());
                readJsonLd(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), found);
            }
            break;
        default: break;
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return found;
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString HtmlMetadata::withoutSiteSuffix(const QString &title, const QString &site)
{
    static const QStringList separators{u" | "_s, u" - "_s, u" – "_s, u" — "_s, u" _ "_s, u"｜"_s, u"_"_s, u" · "_s};
    for (const QString &separator : separators) {
        QStringList parts = title.split(separator);
        if (parts.size() < 2)
            continue;
        for (QString &part : parts)
            part = part.trimmed();
        const qsizetype siteAt = site.isEmpty() ? -1 : parts.indexOf(site.trimmed());
        if (siteAt >= 0)
            parts.removeAt(siteAt);
        else
            parts.removeLast();
        const QString rest = parts.join(separator).trimmed();
        return rest.isEmpty() ? title : rest;
    }
    return title;
}

HtmlMetadata HtmlMetadata::read(const GumboNode *root)
{
    HtmlMetadata meta;
    if (!root)
        return meta;
    const Candidates found = collect(root);
    meta.site = firstNonEmpty({found.ogSite, found.ldPublisher, found.applicationName});
    QString title = firstNonEmpty({found.ogTitle, found.ldHeadline});
    if (title.isEmpty() && !found.documentTitle.isEmpty()) {
        // The page's own heading, when the <title> starts with it, needs no guessing at separators.
        title = !found.firstHeading.isEmpty() && found.documentTitle.startsWith(found.firstHeading)
            ? found.firstHeading
            : withoutSiteSuffix(found.documentTitle, meta.site);
    }
    meta.title = firstNonEmpty({title, found.firstHeading});
    meta.author = firstNonEmpty({found.ldAuthor, found.metaAuthor, found.relAuthor});
    meta.url = firstNonEmpty({found.canonical, found.ogUrl, found.ldUrl});
    meta.lang = found.lang;
    meta.published = found.metaPublished.isValid() ? found.metaPublished
        : found.ldPublished.isValid()              ? found.ldPublished
                                                   : found.timePublished;
    return meta;
}

} // namespace tigerscope
