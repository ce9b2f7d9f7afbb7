#pragma once

// Internal to the format module: its sources include this, its users never (ICU is linked privately).

#include "Language.h"

#include <QString>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace tigerscope::icusupport {

/// The ICU locale matching localeFor(language).
icu::Locale icuLocale(Language language);

QString toQString(const icu::UnicodeString &text);
icu::UnicodeString toUnicodeString(const QString &text);

} // namespace tigerscope::icusupport
