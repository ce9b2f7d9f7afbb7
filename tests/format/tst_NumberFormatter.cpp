#include "NumberFormatter.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

using namespace Qt::StringLiterals;
using tigerscope::Language;
using tigerscope::NumberFormatter;
using Qualifier = NumberFormatter::Qualifier;
using Unit = NumberFormatter::Unit;
using Width = NumberFormatter::Width;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Case
{
    double value;
    const char *english;
    const char *chinese;
};

std::string en(const QString &text)
{
    return text.toStdString();
}

} // namespace

TEST(NumberFormatter, CompactFollowsTheLanguage)
{
    const Case cases[] = {
        {1.5e9, "1.5 billion", "15亿"},
        {7e5, "700 thousand", "70万"},
        {18.45e6, "18.45 million", "1845万"},
        {40.7e6, "40.7 million", "4070万"},
        {671e9, "671 billion", "6710亿"},
        {130000, "130 thousand", "13万"},
        {10000, "10 thousand", "1万"},
        {12345678, "12.35 million", "1235万"},
        {1e12, "1 trillion", "1万亿"},
        {-1.5e9, "-1.5 billion", "-15亿"},
        // Below the compact threshold: in full, grouped the same way in both languages.
        {9876, "9,876", "9,876"},
        {998, "998", "998"},
        {32, "32", "32"},
        {0.5, "0.5", "0.5"},
        {0, "0", "0"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.value);
        EXPECT_EQ(en(NumberFormatter::compact(c.value, Language::English)), c.english);
        EXPECT_EQ(en(NumberFormatter::compact(c.value, Language::Chinese)), c.chinese);
    }
}

TEST(NumberFormatter, CompactShortWidth)
{
    EXPECT_EQ(en(NumberFormatter::compact(1.5e9, Language::English, Width::Short)), "1.5B");
    EXPECT_EQ(en(NumberFormatter::compact(18.45e6, Language::English, Width::Short)), "18.45M");
    EXPECT_EQ(en(NumberFormatter::compact(1.5e9, Language::Chinese, Width::Short)), "15亿");
}

TEST(NumberFormatter, MissingValuesReadNotGiven)
{
    for (double missing : {NaN, std::numeric_limits<double>::infinity()}) {
        EXPECT_EQ(en(NumberFormatter::compact(missing, Language::English)), "not given");
        EXPECT_EQ(en(NumberFormatter::compact(missing, Language::Chinese)), "未注明");
        EXPECT_EQ(en(NumberFormatter::money(missing, u"USD"_s, Language::Chinese)), "未注明");
        EXPECT_EQ(en(NumberFormatter::percent(missing, Language::English)), "not given");
        EXPECT_EQ(en(NumberFormatter::plain(missing, Language::Chinese)), "未注明");
        EXPECT_EQ(en(NumberFormatter::formatValue(missing, NaN, Qualifier::Approx, Unit::Users, {}, Language::Chinese)),
                  "未注明");
    }
}

TEST(NumberFormatter, MoneyNamesTheCurrency)
{
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, u"CNY"_s, Language::Chinese)), "15亿人民币");
    EXPECT_EQ(en(NumberFormatter::money(5.576e6, u"USD"_s, Language::Chinese)), "557.6万美元");
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, u"CNY"_s, Language::English)), "1.5 billion Chinese yuan");
    EXPECT_EQ(en(NumberFormatter::money(5.576e6, u"USD"_s, Language::English)), "5.576 million US dollars");
    EXPECT_EQ(en(NumberFormatter::money(-3e8, u"usd"_s, Language::English)), "-300 million US dollars");
    // Small amounts in full, with ICU's plural forms.
    EXPECT_EQ(en(NumberFormatter::money(1, u"USD"_s, Language::English)), "1 US dollar");
    EXPECT_EQ(en(NumberFormatter::money(1.99, u"USD"_s, Language::English)), "1.99 US dollars");
    EXPECT_EQ(en(NumberFormatter::money(5000, u"USD"_s, Language::Chinese)), "5,000美元");
    // No usable currency: the bare number.
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, QString(), Language::Chinese)), "15亿");
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, u"dollars"_s, Language::English)), "1.5 billion");
}

TEST(NumberFormatter, MoneyShortUsesSymbols)
{
    EXPECT_EQ(en(NumberFormatter::money(5.576e6, u"USD"_s, Language::English, Width::Short)), "US$5.576M");
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, u"CNY"_s, Language::English, Width::Short)), "CN¥1.5B");
    EXPECT_EQ(en(NumberFormatter::money(5.576e6, u"USD"_s, Language::Chinese, Width::Short)), "US$557.6万");
    EXPECT_EQ(en(NumberFormatter::money(1.5e9, u"CNY"_s, Language::Chinese, Width::Short)), "¥15亿");
}

TEST(NumberFormatter, Percent)
{
    EXPECT_EQ(en(NumberFormatter::percent(45, Language::English)), "45%");
    EXPECT_EQ(en(NumberFormatter::percent(45, Language::Chinese)), "45%");
    EXPECT_EQ(en(NumberFormatter::percent(8, Language::English, 1)), "8.0%");
    EXPECT_EQ(en(NumberFormatter::percent(8, Language::Chinese, 1)), "8.0%");
    EXPECT_EQ(en(NumberFormatter::percent(8.05, Language::English)), "8.05%");
    EXPECT_EQ(en(NumberFormatter::percent(100.0 / 3, Language::English)), "33.33%");
    EXPECT_EQ(en(NumberFormatter::percent(0.5, Language::Chinese)), "0.5%");
    EXPECT_EQ(en(NumberFormatter::percent(-2, Language::English)), "-2%");
}

TEST(NumberFormatter, PlainGroupsInBothLanguages)
{
    EXPECT_EQ(en(NumberFormatter::plain(750000, Language::English)), "750,000");
    EXPECT_EQ(en(NumberFormatter::plain(750000, Language::Chinese)), "750,000");
    EXPECT_EQ(en(NumberFormatter::plain(1234.5678, Language::English)), "1,234.5678");
    EXPECT_EQ(en(NumberFormatter::plain(1e12, Language::Chinese)), "1,000,000,000,000");
    EXPECT_EQ(en(NumberFormatter::plain(-0.5, Language::English)), "-0.5");
    EXPECT_EQ(en(NumberFormatter::plain(0, Language::Chinese)), "0");
}

TEST(NumberFormatter, QualifiersWrapTheNumber)
{
    struct QualifiedCase
    {
        double value;
        Qualifier qualifier;
        Unit unit;
        const char *english;
        const char *chinese;
    };
    const QualifiedCase cases[] = {
        {1.5e9, Qualifier::Exact, Unit::Count, "1.5 billion", "15亿"},
        {1.5e9, Qualifier::Approx, Unit::Count, "about 1.5 billion", "约15亿"},
        {7e5, Qualifier::Approx, Unit::Users, "about 700 thousand", "约70万"},
        {1000, Qualifier::AtLeast, Unit::People, "at least 1,000", "至少1,000"},
        {30, Qualifier::AtMost, Unit::Days, "up to 30 days", "最多30天"},
        {1, Qualifier::Exact, Unit::Days, "1 day", "1天"},
        {671e9, Qualifier::Exact, Unit::Parameters, "671 billion", "6710亿"},
        {45, Qualifier::Approx, Unit::Percent, "about 45%", "约45%"},
        {2.5, Qualifier::Exact, Unit::Ratio, "2.5", "2.5"},
        {25000, Qualifier::Exact, Unit::Ratio, "25,000", "25,000"},
    };
    for (const QualifiedCase &c : cases) {
        SCOPED_TRACE(c.english);
        EXPECT_EQ(en(NumberFormatter::formatValue(c.value, NaN, c.qualifier, c.unit, {}, Language::English)),
                  c.english);
        EXPECT_EQ(en(NumberFormatter::formatValue(c.value, NaN, c.qualifier, c.unit, {}, Language::Chinese)),
                  c.chinese);
    }
    EXPECT_EQ(
        en(NumberFormatter::formatValue(5.576e6, NaN, Qualifier::Approx, Unit::Money, u"USD"_s, Language::English)),
        "about 5.576 million US dollars");
    EXPECT_EQ(
        en(NumberFormatter::formatValue(5.576e6, NaN, Qualifier::Approx, Unit::Money, u"USD"_s, Language::Chinese)),
        "约557.6万美元");
    EXPECT_EQ(en(NumberFormatter::formatValue(1e8, NaN, Qualifier::AtLeast, Unit::Money, u"CNY"_s, Language::Chinese)),
              "至少1亿人民币");
}

TEST(NumberFormatter, RangesAreFormattedByIcu)
{
    EXPECT_EQ(en(NumberFormatter::formatValue(78e6, 1e8, Qualifier::Range, Unit::Money, u"USD"_s, Language::English)),
              "78–100 million US dollars");
    EXPECT_EQ(en(NumberFormatter::formatValue(1.5e9, 2e9, Qualifier::Range, Unit::Money, u"CNY"_s, Language::English)),
              "1.5–2 billion Chinese yuan");
    EXPECT_EQ(en(NumberFormatter::formatValue(78e6, 1e8, Qualifier::Range, Unit::Money, u"USD"_s, Language::Chinese)),
              "7800万 - 1亿美元");
    EXPECT_EQ(en(NumberFormatter::formatValue(78e6, 1e8, Qualifier::Range, Unit::Money, u"USD"_s, Language::English,
                                              Width::Short)),
              "US$78–100M");
    EXPECT_EQ(en(NumberFormatter::formatValue(5000, 20000, Qualifier::Range, Unit::Users, {}, Language::English)),
              "5–20 thousand");
    EXPECT_EQ(en(NumberFormatter::formatValue(5000, 20000, Qualifier::Range, Unit::Users, {}, Language::Chinese)),
              "5000-2万");
    EXPECT_EQ(en(NumberFormatter::formatValue(40, 45, Qualifier::Range, Unit::Percent, {}, Language::English)),
              "40–45%");
    EXPECT_EQ(en(NumberFormatter::formatValue(40, 45, Qualifier::Range, Unit::Percent, {}, Language::Chinese)),
              "40-45%");
    EXPECT_EQ(en(NumberFormatter::formatValue(3, 5, Qualifier::Range, Unit::Days, {}, Language::English)), "3–5 days");
    EXPECT_EQ(en(NumberFormatter::formatValue(3, 5, Qualifier::Range, Unit::Days, {}, Language::Chinese)), "3-5天");
    // Equal ends collapse to one value rather than ICU's default "~1.5 billion".
    EXPECT_EQ(en(NumberFormatter::formatValue(1.5e9, 1.5e9, Qualifier::Range, Unit::Count, {}, Language::English)),
              "1.5 billion");
    // A range whose upper end is missing shows the known end.
    EXPECT_EQ(en(NumberFormatter::formatValue(1.5e9, NaN, Qualifier::Range, Unit::Count, {}, Language::Chinese)),
              "15亿");
}

TEST(NumberFormatter, UnitLabels)
{
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Users, Language::English)), "users");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Users, Language::Chinese)), "用户");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Days, Language::Chinese)), "天");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::People, Language::Chinese)), "人");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Parameters, Language::English)), "parameters");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Money, Language::English, u"USD"_s)), "US dollars");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Money, Language::Chinese, u"USD"_s)), "美元");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Money, Language::Chinese, u"CNY"_s)), "人民币");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Money, Language::English)), "");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Percent, Language::Chinese)), "%");
    EXPECT_EQ(en(NumberFormatter::unitLabel(Unit::Count, Language::English)), "");
}
