#include "IcuSupport.h"

namespace tigerscope::icusupport {

icu::Locale icuLocale(Language language)
{
    return icu::Locale(localeFor(language).name().toLatin1().constData());
}

QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

icu::UnicodeString toUnicodeString(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
}

} // namespace tigerscope::icusupport
