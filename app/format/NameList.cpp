#include "NameList.h"

#include "IcuSupport.h"

#include <unicode/listformatter.h>

#include <memory>
#include <vector>

namespace tigerscope {

QString NameList::join(const QStringList &names, Language language)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::ListFormatter> formatter(
        icu::ListFormatter::createInstance(icusupport::icuLocale(language), status));
    if (U_FAILURE(status) || !formatter)
        return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
    std::vector<icu::UnicodeString> items;
    items.reserve(names.size());
    for (const QString &name : names)
        items.push_back(icusupport::toUnicodeString(name));
    icu::UnicodeString text;
    formatter->format(items.data(), int32_t(items.size()), text, status);
    return U_SUCCESS(status) ? icusupport::toQString(text) : names.join(QStringLiteral(", "));
}

} // namespace tigerscope
