#pragma once

#include "Language.h"

#include <QString>

namespace tigerscope {

/// The app's own translation catalogue of each language, looked up directly rather than through
/// the translators installed on the application. Formatters use it so that text made for a given
/// language (a number with "about", a missing date) is wholly in that language, whichever language
/// the interface shows. Mark the source strings with QT_TRANSLATE_NOOP so that lupdate sees them.
/// Thread-safe.
class LanguageCatalogue
{
public:
    /// Resource path of the app catalogue: ":/i18n/tigerscope_<code>.qm".
    static QString path(Language language);

    /// The translation of sourceText in context for language; sourceText itself when the catalogue
    /// is missing or has no translation (so English works without any catalogue).
    static QString translate(Language language, const char *context, const char *sourceText);
};

} // namespace tigerscope
