#pragma once

#include "HtmlMetadata.h"
#include "TextLines.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tigerscope {

/// A web page's main text as lines, with what the page says about itself.
struct HtmlPage
{
    QList<SourceLine> lines; ///< The title first (level-1 heading), then the main text.
    HtmlMetadata metadata;
};

/// Reads a saved web page (HTML5, parsed by gumbo): nothing is run or fetched, and text is kept
/// as text. See HtmlMainText for what counts as the main text.
class HtmlReader
{
public:
    /// True for bytes that begin like an HTML document (after white space and any BOM).
    static bool looksLikeHtml(QByteArrayView bytes);

    /// The charset the page declares in its first bytes (<meta charset>, http-equiv
    /// Content-Type, an XML declaration), lower-case; empty when none.
    static QByteArray declaredCharset(QByteArrayView bytes);

    static HtmlPage read(const QString &html);
};

} // namespace tigerscope
