#pragma once

#include <QDate>
#include <QString>

struct GumboInternalNode;

namespace tigerscope {

/// What a web page says about itself: Open Graph and other meta tags, JSON-LD, <time>, <link
/// rel=canonical>, <html lang> and <title>. Empty fields are not given by the page.
struct HtmlMetadata
{
    QString title; ///< og:title or JSON-LD headline, else <title> without the site's name
    QString author;
    QString site;    ///< og:site_name or JSON-LD publisher
    QString url;     ///< canonical, og:url or JSON-LD url; http(s) only
    QString lang;    ///< <html lang>, e.g. "zh-CN"
    QDate published; ///< the date as the page writes it (article:published_time, datePublished, <time>)

    /// Reads the metadata of a parsed page.
    static HtmlMetadata read(const GumboInternalNode *root);

    /// @p title without a site's name joined to it by " | ", " - ", " – ", " — ", " _ " or "｜":
    /// the segment equal to @p site, else the last one when there are several.
    static QString withoutSiteSuffix(const QString &title, const QString &site);
};

} // namespace tigerscope
