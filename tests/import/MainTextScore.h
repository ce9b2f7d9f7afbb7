#pragma once

#include "ParsedArticle.h"

#include <QString>
#include <QStringList>

namespace tigerscope::testsupport {

/// F1 of imported text against the known main text: a bag of lower-cased words for English and
/// of characters for Chinese (punctuation and spaces not counted).
double mainTextF1(const QStringList &imported, const QStringList &expected);

/// The text a reader shows as the article: every paragraph that is not chrome or meta.
QStringList articleText(const ParsedArticle &article);

} // namespace tigerscope::testsupport
