#include "Vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <type_traits>

namespace tigerscope::Vocabulary {

namespace {

template<typename E>
struct Entry
{
    E value;
    QStringView key;
    const char *label;
};

// The keys are those of the schema's CHECK constraints (resources/schema); a test compares them.
constexpr std::array<Entry<Qualifier>, 5> qualifiers{{
    {Qualifier::Exact, u"exact", QT_TRANSLATE_NOOP("Vocabulary", "exact")},
    {Qualifier::Approx, u"approx", QT_TRANSLATE_NOOP("Vocabulary", "approximate")},
    {Qualifier::AtLeast, u"at_least", QT_TRANSLATE_NOOP("Vocabulary", "at least")},
    {Qualifier::AtMost, u"at_most", QT_TRANSLATE_NOOP("Vocabulary", "at most")},
    {Qualifier::Range, u"range", QT_TRANSLATE_NOOP("Vocabulary", "range")},
}};

constexpr std::array<Entry<ValueStatus>, 3> statuses{{
    {ValueStatus::Reported, u"reported", QT_TRANSLATE_NOOP("Vocabulary", "reported")},
    {ValueStatus::Estimated, u"estimated", QT_TRANSLATE_NOOP("Vocabulary", "estimated")},
    {ValueStatus::Derived, u"derived", QT_TRANSLATE_NOOP("Vocabulary", "derived")},
}};

constexpr std::array<Entry<DatePrecision>, 4> precisions{{
    {DatePrecision::Day, u"day", QT_TRANSLATE_NOOP("Vocabulary", "day")},
    {DatePrecision::Month, u"month", QT_TRANSLATE_NOOP("Vocabulary", "month")},
    {DatePrecision::Quarter, u"quarter", QT_TRANSLATE_NOOP("Vocabulary", "quarter")},
    {DatePrecision::Year, u"year", QT_TRANSLATE_NOOP("Vocabulary", "year")},
}};

constexpr std::array<Entry<Currency>, 4> currencies{{
    {Currency::CNY, u"CNY", QT_TRANSLATE_NOOP("Vocabulary", "Chinese yuan (CNY)")},
    {Currency::USD, u"USD", QT_TRANSLATE_NOOP("Vocabulary", "US dollars (USD)")},
    {Currency::HKD, u"HKD", QT_TRANSLATE_NOOP("Vocabulary", "Hong Kong dollars (HKD)")},
    {Currency::EUR, u"EUR", QT_TRANSLATE_NOOP("Vocabulary", "euros (EUR)")},
}};

constexpr std::array<Entry<Unit>, 8> units{{
    {Unit::Money, u"money", QT_TRANSLATE_NOOP("Vocabulary", "money")},
    {Unit::People, u"people", QT_TRANSLATE_NOOP("Vocabulary", "people")},
    {Unit::Users, u"users", QT_TRANSLATE_NOOP("Vocabulary", "users")},
    {Unit::Count, u"count", QT_TRANSLATE_NOOP("Vocabulary", "count")},
    {Unit::Days, u"days", QT_TRANSLATE_NOOP("Vocabulary", "days")},
    {Unit::Percent, u"percent", QT_TRANSLATE_NOOP("Vocabulary", "percent")},
    {Unit::Parameters, u"parameters", QT_TRANSLATE_NOOP("Vocabulary", "parameters")},
    {Unit::Ratio, u"ratio", QT_TRANSLATE_NOOP("Vocabulary", "ratio")},
}};

constexpr std::array<Entry<EventKind>, 6> eventKinds{{
    {EventKind::Funding, u"funding", QT_TRANSLATE_NOOP("Vocabulary", "Funding")},
    {EventKind::Departure, u"departure", QT_TRANSLATE_NOOP("Vocabulary", "Departure")},
    {EventKind::Hire, u"hire", QT_TRANSLATE_NOOP("Vocabulary", "Hire")},
    {EventKind::Strategy, u"strategy", QT_TRANSLATE_NOOP("Vocabulary", "Strategy")},
    {EventKind::Product, u"product", QT_TRANSLATE_NOOP("Vocabulary", "Product")},
    {EventKind::Integration, u"integration", QT_TRANSLATE_NOOP("Vocabulary", "DeepSeek integration")},
}};

template<typename E>
constexpr const auto &table()
{
    if constexpr (std::is_same_v<E, Qualifier>)
        return qualifiers;
    else if constexpr (std::is_same_v<E, ValueStatus>)
        return statuses;
    else if constexpr (std::is_same_v<E, DatePrecision>)
        return precisions;
    else if constexpr (std::is_same_v<E, Currency>)
        return currencies;
    else if constexpr (std::is_same_v<E, Unit>)
        return units;
    else
        return eventKinds;
}

template<typename E>
const Entry<E> &entry(E value)
{
    // Each table lists its enum in declaration order, so the value is its index.
    return table<E>()[static_cast<std::size_t>(value)];
}

} // namespace

template<typename E>
QString label(E value)
{
    return QCoreApplication::translate(LabelContext, labelSource(value));
}

template<typename E>
QList<E> all()
{
    QList<E> result;
    for (const Entry<E> &e : table<E>())
        result.append(e.value);
    return result;
}

template<typename E>
QStringList keys()
{
    return keysOf(table<E>());
}

template<typename E>
std::optional<E> fromKey(QStringView text)
{
    if (const Entry<E> *e = findKey(table<E>(), text))
        return e->value;
    return std::nullopt;
}

#define TIGERSCOPE_VOCABULARY(E) \
    QStringView key(E value) \
    { \
        return entry(value).key; \
    } \
    const char *labelSource(E value) \
    { \
        return entry(value).label; \
    } \
    template QString label<E>(E); \
    template QList<E> all<E>(); \
    template QStringList keys<E>(); \
    template std::optional<E> fromKey<E>(QStringView);
TIGERSCOPE_VOCABULARY(Qualifier)
TIGERSCOPE_VOCABULARY(ValueStatus)
TIGERSCOPE_VOCABULARY(DatePrecision)
TIGERSCOPE_VOCABULARY(Currency)
TIGERSCOPE_VOCABULARY(Unit)
TIGERSCOPE_VOCABULARY(EventKind)
#undef TIGERSCOPE_VOCABULARY

} // namespace tigerscope::Vocabulary
