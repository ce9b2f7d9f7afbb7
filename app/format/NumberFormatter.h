#pragma once

#include "Language.h"
#include "Vocabulary.h"

#include <QString>
#include <QStringView>

namespace tigerscope {

/// Turns the dataset's figures into text in the reader's language: "15亿" / "1.5 billion",
/// "557.6万美元" / "5.576 million US dollars", "45%". The numbers themselves are ICU's work (CLDR
/// compact notation, currencies, plurals, ranges); the words around them ("about", "not given",
/// unit names) come from the app catalogue of the language asked for (LanguageCatalogue, context
/// "NumberFormatter"). Thread-safe; every function is static.
class NumberFormatter
{
public:
    using Qualifier = tigerscope::Qualifier;
    using Unit = tigerscope::Unit;
    /// Long for prose and tables ("1.5 billion", "5.576 million US dollars"), Short for tight
    /// places such as chart axes ("1.5B", "US$5.576M"). Chinese compact numbers read the same in both.
    enum class Width { Long, Short };

    /// Values of at least this magnitude are written in compact notation; smaller ones in full.
    static constexpr double CompactThreshold = 10000.0;
    /// Significant digits kept by compact() and money(): "18.45 million", "1845万".
    static constexpr int SignificantDigits = 4;

    /// "15亿", "1845万" / "1.5 billion", "18.45 million"; below CompactThreshold the number in
    /// full with grouping ("9,876", "0.5"). NaN or infinity: notGiven().
    static QString compact(double value, Language language, Width width = Width::Long);

    /// An amount of money in a currency ("CNY", "USD"), compact like compact(). Long: the
    /// currency's name ("15亿人民币", "557.6万美元", "1.5 billion Chinese yuan"); Short: its symbol
    /// ("¥15亿", "US$557.6万", "CN¥1.5B", "US$5.576M"). An unknown or empty currency gives the
    /// bare compact number.
    static QString money(double value, const QString &currency, Language language, Width width = Width::Long);

    /// A percentage given in 0–100: "45%". decimals >= 0 fixes the fraction digits ("8.0%", as
    /// printed in a source); otherwise up to two are shown.
    static QString percent(double value, Language language, int decimals = -1);

    /// The number in full with the language's grouping: "750,000".
    static QString plain(double value, Language language);

    /// A figure as the dataset stores it: value (and valueHigh when the qualifier is Range; pass
    /// NaN otherwise) in unit, qualified: "about 1.5 billion", "at least 1,000", "up to 30 days",
    /// "78–100 million US dollars"; "约15亿", "至少1,000", "最多30天", "7800万 - 1亿美元".
    /// Money, percentages and days carry their unit; the counted nouns (people, users,
    /// parameters) are left to the column or axis title, see unitLabel().
    static QString formatValue(double value, double valueHigh, Qualifier qualifier, Unit unit, const QString &currency,
                               Language language, Width width = Width::Long);

    /// The name of what a unit counts, for column and axis titles: "users" / "用户", "days" / "天";
    /// for money the currency's name ("US dollars" / "美元"); empty for Count and Ratio.
    static QString unitLabel(Unit unit, Language language, const QString &currency = QString());

    /// The text shown for a missing figure: "not given" / "未注明".
    static QString notGiven(Language language);
};

} // namespace tigerscope
