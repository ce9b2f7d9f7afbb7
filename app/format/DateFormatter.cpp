#include "DateFormatter.h"

#include "IcuSupport.h"
#include "LanguageCatalogue.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <utility>

namespace tigerscope {

namespace {

const char16_t *skeleton(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return u"yMMMd";
    case DatePrecision::Month: return u"yMMM";
    case DatePrecision::Quarter: return u"yQQQ";
    case DatePrecision::Year: break;
    }
    return u"y";
}

/// The locale's pattern for a skeleton; generating it is the costly part, so it is kept.
icu::UnicodeString pattern(DatePrecision precision, Language language)
{
    static QMutex mutex;
    static std::map<std::pair<Language, DatePrecision>, icu::UnicodeString> patterns;

    const QMutexLocker locker(&mutex);
    const auto key = std::make_pair(language, precision);
    if (const auto it = patterns.find(key); it != patterns.end())
        return it->second;

    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(icusupport::icuLocale(language), status));
    icu::UnicodeString result;
    if (U_SUCCESS(status))
        result = generator->getBestPattern(icu::UnicodeString(skeleton(precision)), status);
    if (U_FAILURE(status) || result.isEmpty())
        result = icu::UnicodeString(precision == DatePrecision::Year ? u"y" : u"y-MM-dd");
    patterns.emplace(key, result);
    return result;
}

} // namespace

QString DateFormatter::format(const QDate &date, DatePrecision precision, Language language)
{
    if (!date.isValid())
        return notGiven(language);

    UErrorCode status = U_ZERO_ERROR;
    icu::SimpleDateFormat formatter(pattern(precision, language), icusupport::icuLocale(language), status);
    if (U_FAILURE(status))
        return date.toString(Qt::ISODate);
    // The date is a calendar day, not an instant: midnight UTC formatted in UTC.
    formatter.adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString(u"Etc/UTC")));
    const auto instant = UDate(date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
    icu::UnicodeString text;
    formatter.format(instant, text);
    return icusupport::toQString(text);
}

QString DateFormatter::format(const QString &isoDate, const QString &precisionName, Language language)
{
    const QDate date = QDate::fromString(isoDate.trimmed().left(10), Qt::ISODate);
    return format(date, Vocabulary::fromKey(precisionName, DatePrecision::Day), language);
}

QString DateFormatter::notGiven(Language language)
{
    return LanguageCatalogue::translate(language, "DateFormatter",
                                        QT_TRANSLATE_NOOP("DateFormatter", "date not given"));
}

} // namespace tigerscope
