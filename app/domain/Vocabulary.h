#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <iterator>
#include <optional>

namespace tigerscope {

/// How a figure qualifies its value (observations.qualifier).
enum class Qualifier { Exact, Approx, AtLeast, AtMost, Range };
/// Where a value comes from (observations.status).
enum class ValueStatus { Reported, Estimated, Derived };
/// How much of a date is known (as_of_precision, date_precision).
enum class DatePrecision { Day, Month, Quarter, Year };
/// The currencies a figure is read and stored in, by ISO 4217 code (observations.currency).
enum class Currency { CNY, USD, HKD, EUR };
/// What a metric counts (metrics.unit).
enum class Unit { Money, People, Users, Count, Days, Percent, Parameters, Ratio };
/// What kind of thing happened (events.kind).
enum class EventKind { Funding, Departure, Hire, Strategy, Product, Integration };

/// The one home of the domain's enumerations: each value's stable key (the text stored in the
/// database, the dataset and CSV files: "at_least", "derived", "quarter", "USD", "money"), parsing
/// a key back, and the value's label. label() is in the interface language (installed
/// translators); for text made in a given language, pass labelSource() with LabelContext to
/// LanguageCatalogue::translate.
namespace Vocabulary {

inline constexpr const char *LabelContext = "Vocabulary";

QStringView key(Qualifier value);
QStringView key(ValueStatus value);
QStringView key(DatePrecision value);
QStringView key(Currency value);
QStringView key(Unit value);
QStringView key(EventKind value);

/// The untranslated label (marked for translation in LabelContext).
const char *labelSource(Qualifier value);
const char *labelSource(ValueStatus value);
const char *labelSource(DatePrecision value);
const char *labelSource(Currency value);
const char *labelSource(Unit value);
const char *labelSource(EventKind value);

/// The label in the interface language: "at least" / "至少", "US dollars (USD)" / "美元 (USD)".
template<typename E>
QString label(E value);

/// Every value, in declaration order.
template<typename E>
QList<E> all();

/// The keys of every value, in declaration order.
template<typename E>
QStringList keys();

/// The value whose key is text, exactly; nothing for an unknown or empty key.
template<typename E>
std::optional<E> fromKey(QStringView text);

/// The value whose key is text, or fallback for an unknown or empty key.
template<typename E>
E fromKey(QStringView text, E fallback)
{
    return fromKey<E>(text).value_or(fallback);
}

/// The row of a table of words (rows with a QStringView key, as Vocabulary's and Labels' tables)
/// whose key is key, exactly; null when there is none.
template<typename Rows>
auto findKey(const Rows &rows, QStringView key) -> decltype(&*std::begin(rows))
{
    for (const auto &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

/// The keys of a table of words, in its order.
template<typename Rows>
QStringList keysOf(const Rows &rows)
{
    QStringList keys;
    for (const auto &row : rows)
        keys.append(row.key.toString());
    return keys;
}

} // namespace Vocabulary

} // namespace tigerscope
