#include "DateFormatter.h"

#include <gtest/gtest.h>

#include <string>

using namespace Qt::StringLiterals;
using tigerscope::DateFormatter;
using tigerscope::DatePrecision;
using tigerscope::Language;

namespace {

std::string text(const QDate &date, DatePrecision precision, Language language)
{
    return DateFormatter::format(date, precision, language).toStdString();
}

} // namespace

TEST(DateFormatter, EachPrecisionInBothLanguages)
{
    const QDate day(2025, 2, 9);
    EXPECT_EQ(text(day, DatePrecision::Day, Language::English), "9 Feb 2025");
    EXPECT_EQ(text(day, DatePrecision::Day, Language::Chinese), "2025年2月9日");
    EXPECT_EQ(text(QDate(2025, 2, 1), DatePrecision::Month, Language::English), "Feb 2025");
    EXPECT_EQ(text(QDate(2025, 2, 1), DatePrecision::Month, Language::Chinese), "2025年2月");
    EXPECT_EQ(text(QDate(2024, 10, 1), DatePrecision::Quarter, Language::English), "Q4 2024");
    EXPECT_EQ(text(QDate(2024, 10, 1), DatePrecision::Quarter, Language::Chinese), "2024年第4季度");
    EXPECT_EQ(text(QDate(2025, 1, 1), DatePrecision::Year, Language::English), "2025");
    EXPECT_EQ(text(QDate(2025, 1, 1), DatePrecision::Year, Language::Chinese), "2025年");
}

TEST(DateFormatter, AnyDayOfThePeriodGivesThePeriod)
{
    EXPECT_EQ(text(QDate(2024, 12, 31), DatePrecision::Quarter, Language::English), "Q4 2024");
    EXPECT_EQ(text(QDate(2024, 3, 31), DatePrecision::Quarter, Language::Chinese), "2024年第1季度");
    EXPECT_EQ(text(QDate(2025, 2, 28), DatePrecision::Month, Language::English), "Feb 2025");
}

TEST(DateFormatter, CalendarDaysDoNotShiftWithTimeZones)
{
    // Midnight and the last day of a year, either side of the epoch.
    EXPECT_EQ(text(QDate(1969, 12, 31), DatePrecision::Day, Language::English), "31 Dec 1969");
    EXPECT_EQ(text(QDate(2023, 12, 31), DatePrecision::Year, Language::English), "2023");
    EXPECT_EQ(text(QDate(2024, 1, 1), DatePrecision::Day, Language::Chinese), "2024年1月1日");
}

TEST(DateFormatter, MissingDateReadsNotGiven)
{
    EXPECT_EQ(text(QDate(), DatePrecision::Day, Language::English), "date not given");
    EXPECT_EQ(text(QDate(), DatePrecision::Year, Language::Chinese), "未注明日期");
    EXPECT_EQ(DateFormatter::format(QString(), u"month"_s, Language::Chinese).toStdString(), "未注明日期");
    EXPECT_EQ(DateFormatter::format(u"not a date"_s, u"day"_s, Language::English).toStdString(), "date not given");
    EXPECT_EQ(DateFormatter::notGiven(Language::English).toStdString(), "date not given");
}

TEST(DateFormatter, FromDatabaseColumns)
{
    EXPECT_EQ(DateFormatter::format(u"2025-02-09"_s, u"day"_s, Language::English).toStdString(), "9 Feb 2025");
    EXPECT_EQ(DateFormatter::format(u"2024-10-01"_s, u"quarter"_s, Language::Chinese).toStdString(), "2024年第4季度");
    EXPECT_EQ(DateFormatter::format(u"2025-02-01"_s, u"month"_s, Language::Chinese).toStdString(), "2025年2月");
    EXPECT_EQ(DateFormatter::format(u"2025-01-01"_s, u"year"_s, Language::English).toStdString(), "2025");
    // No precision: the day. A date-time: its date.
    EXPECT_EQ(DateFormatter::format(u"2025-02-09"_s, QString(), Language::Chinese).toStdString(), "2025年2月9日");
    EXPECT_EQ(DateFormatter::format(u"2025-02-09T23:30:00Z"_s, u"day"_s, Language::English).toStdString(),
              "9 Feb 2025");
}
