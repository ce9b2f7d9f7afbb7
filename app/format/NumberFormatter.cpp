#include "NumberFormatter.h"

#include "IcuSupport.h"
#include "LanguageCatalogue.h"

#include <unicode/currunit.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/numberrangeformatter.h>
#include <unicode/ucurr.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using icu::number::Notation;
using icu::number::Precision;
using icu::number::UnlocalizedNumberFormatter;

namespace tigerscope {

namespace {

constexpr const char *Context = "NumberFormatter";

QString words(Language language, const char *sourceText)
{
    return LanguageCatalogue::translate(language, Context, sourceText);
}

std::optional<icu::CurrencyUnit> currencyUnit(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    icu::CurrencyUnit unit(reinterpret_cast<const char16_t *>(code.utf16()), status);
    if (U_FAILURE(status))
        return std::nullopt;
    return unit;
}

/// Compact from CompactThreshold on, judged on the largest magnitude shown (both ends of a range
/// share one notation so ICU can collapse them: "78–100 million").
UnlocalizedNumberFormatter countFormat(double magnitude, NumberFormatter::Width width)
{
    const UnlocalizedNumberFormatter rounded = icu::number::NumberFormatter::with().precision(
        Precision::maxSignificantDigits(NumberFormatter::SignificantDigits));
    if (magnitude < NumberFormatter::CompactThreshold)
        return rounded;
    return rounded.notation(width == NumberFormatter::Width::Long ? Notation::compactLong() : Notation::compactShort());
}

UnlocalizedNumberFormatter moneyFormat(double magnitude, const QString &currency, NumberFormatter::Width width)
{
    const UnlocalizedNumberFormatter count = countFormat(magnitude, width);
    const std::optional<icu::CurrencyUnit> unit = currencyUnit(currency);
    if (!unit)
        return count;
    return count.unit(*unit).unitWidth(width == NumberFormatter::Width::Long ? UNUM_UNIT_WIDTH_FULL_NAME
                                                                             : UNUM_UNIT_WIDTH_SHORT);
}

UnlocalizedNumberFormatter percentFormat(int decimals)
{
    return icu::number::NumberFormatter::with()
        .unit(icu::NoUnit::percent())
        .precision(decimals >= 0 ? Precision::fixedFraction(decimals) : Precision::maxFraction(2));
}

UnlocalizedNumberFormatter daysFormat(NumberFormatter::Width width)
{
    return icu::number::NumberFormatter::with()
        .unit(icu::MeasureUnit::getDay())
        .unitWidth(width == NumberFormatter::Width::Long ? UNUM_UNIT_WIDTH_FULL_NAME : UNUM_UNIT_WIDTH_SHORT)
        .precision(Precision::maxFraction(1));
}

UnlocalizedNumberFormatter formatFor(NumberFormatter::Unit unit, double magnitude, const QString &currency,
                                     NumberFormatter::Width width)
{
    using Unit = NumberFormatter::Unit;
    switch (unit) {
    case Unit::Money: return moneyFormat(magnitude, currency, width);
    case Unit::Percent: return percentFormat(-1);
    case Unit::Days: return daysFormat(width);
    case Unit::Ratio: return icu::number::NumberFormatter::with().precision(Precision::maxFraction(2));
    case Unit::People:
    case Unit::Users:
    case Unit::Count:
    case Unit::Parameters: break;
    }
    return countFormat(magnitude, width);
}

QString render(const UnlocalizedNumberFormatter &format, double value, Language language)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text
        = format.locale(icusupport::icuLocale(language)).formatDouble(value, status).toString(status);
    return U_SUCCESS(status) ? icusupport::toQString(text) : localeFor(language).toString(value);
}

QString renderRange(const UnlocalizedNumberFormatter &format, double low, double high, Language language)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = icu::number::NumberRangeFormatter::withLocale(icusupport::icuLocale(language))
                                        .numberFormatterBoth(format)
                                        .collapse(UNUM_RANGE_COLLAPSE_ALL)
                                        .identityFallback(UNUM_IDENTITY_FALLBACK_SINGLE_VALUE)
                                        .formatFormattableRange(low, high, status)
                                        .toString(status);
    if (U_SUCCESS(status))
        return icusupport::toQString(text);
    return render(format, low, language) + u'\u2013' + render(format, high, language);
}

} // namespace

QString NumberFormatter::compact(double value, Language language, Width width)
{
    if (!std::isfinite(value))
        return notGiven(language);
    return render(countFormat(std::abs(value), width), value, language);
}

QString NumberFormatter::money(double value, const QString &currency, Language language, Width width)
{
    if (!std::isfinite(value))
        return notGiven(language);
    return render(moneyFormat(std::abs(value), currency, width), value, language);
}

QString NumberFormatter::percent(double value, Language language, int decimals)
{
    if (!std::isfinite(value))
        return notGiven(language);
    return render(percentFormat(decimals), value, language);
}

QString NumberFormatter::plain(double value, Language language)
{
    if (!std::isfinite(value))
        return notGiven(language);
    return render(icu::number::NumberFormatter::with(), value, language);
}

QString NumberFormatter::formatValue(double value, double valueHigh, Qualifier qualifier, Unit unit,
                                     const QString &currency, Language language, Width width)
{
    if (!std::isfinite(value))
        return notGiven(language);
    if (qualifier == Qualifier::Range && std::isfinite(valueHigh)) {
        const double magnitude = std::max(std::abs(value), std::abs(valueHigh));
        return renderRange(formatFor(unit, magnitude, currency, width), value, valueHigh, language);
    }

    const QString number = render(formatFor(unit, std::abs(value), currency, width), value, language);
    switch (qualifier) {
    case Qualifier::Approx: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "about %1")).arg(number);
    case Qualifier::AtLeast: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "at least %1")).arg(number);
    case Qualifier::AtMost: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "up to %1")).arg(number);
    case Qualifier::Exact:
    case Qualifier::Range: // a range without its upper end shows what is known
        break;
    }
    return number;
}

QString NumberFormatter::unitLabel(Unit unit, Language language, const QString &currency)
{
    switch (unit) {
    case Unit::Money: {
        const std::optional<icu::CurrencyUnit> code = currencyUnit(currency);
        if (!code)
            return QString();
        UBool isChoiceFormat = false;
        int32_t length = 0;
        UErrorCode status = U_ZERO_ERROR;
        const UChar *name = ucurr_getPluralName(code->getISOCurrency(), icusupport::icuLocale(language).getName(),
                                                &isChoiceFormat, "other", &length, &status);
        if (U_FAILURE(status) || !name)
            return currency.trimmed().toUpper();
        return QString(reinterpret_cast<const QChar *>(name), length);
    }
    case Unit::People: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "people"));
    case Unit::Users: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "users"));
    case Unit::Days: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "days"));
    case Unit::Parameters: return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "parameters"));
    case Unit::Percent: return u"%"_s;
    case Unit::Count:
    case Unit::Ratio: break;
    }
    return QString();
}

QString NumberFormatter::notGiven(Language language)
{
    return words(language, QT_TRANSLATE_NOOP("NumberFormatter", "not given"));
}

} // namespace tigerscope
