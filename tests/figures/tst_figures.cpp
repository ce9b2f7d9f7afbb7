#include "DateParser.h"
#include "FigureParser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using tigerscope::DateMention;
using tigerscope::DateParser;
using tigerscope::Figure;
using tigerscope::FigureParser;

namespace {

using U = Figure::Unit;
using Q = Figure::Qualifier;

struct Printed
{
    const char16_t *text;
    double value;
    const char16_t *currency;
    U unit;
    Q qualifier;
    double valueHigh = qQNaN();
};

void PrintTo(const Printed &p, std::ostream *os)
{
    *os << QString::fromUtf16(p.text).toStdString();
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

class PrintedForms : public ::testing::TestWithParam<Printed>
{};

TEST_P(PrintedForms, ParsesToNormalisedValue)
{
    const Printed &p = GetParam();
    const QString text = QString::fromUtf16(p.text);
    const std::optional<Figure> figure = FigureParser::parse(text);
    ASSERT_TRUE(figure.has_value()) << text.toStdString();
    EXPECT_TRUE(near(figure->value, p.value)) << text.toStdString() << " gave " << figure->value;
    EXPECT_EQ(figure->currency, QString::fromUtf16(p.currency)) << text.toStdString();
    EXPECT_EQ(figure->unit, p.unit) << text.toStdString();
    EXPECT_EQ(figure->qualifier, p.qualifier) << text.toStdString();
    if (std::isnan(p.valueHigh))
        EXPECT_TRUE(std::isnan(figure->valueHigh)) << text.toStdString();
    else
        EXPECT_TRUE(near(figure->valueHigh, p.valueHigh)) << text.toStdString() << " high " << figure->valueHigh;
    // A short printed form is one figure spanning all of it.
    EXPECT_EQ(FigureParser::extract(text).size(), 1) << text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BothLanguages, PrintedForms,
    ::testing::Values(
        Printed{u"15亿", 1.5e9, u"", U::Number, Q::Exact}, Printed{u"1.5 billion", 1.5e9, u"", U::Number, Q::Exact},
        Printed{u"1.5 billion RMB", 1.5e9, u"CNY", U::Money, Q::Exact},
        Printed{u"15亿人民币", 1.5e9, u"CNY", U::Money, Q::Exact},
        Printed{u"1500000000", 1.5e9, u"", U::Number, Q::Exact}, Printed{u"１５亿", 1.5e9, u"", U::Number, Q::Exact},
        Printed{u"70万", 7e5, u"", U::Number, Q::Exact}, Printed{u"700000", 7e5, u"", U::Number, Q::Exact},
        Printed{u"700 thousand", 7e5, u"", U::Number, Q::Exact},
        Printed{u"557.6万美元", 5.576e6, u"USD", U::Money, Q::Exact},
        Printed{u"5.576 million US dollars", 5.576e6, u"USD", U::Money, Q::Exact},
        Printed{u"$5.576 million", 5.576e6, u"USD", U::Money, Q::Exact},
        Printed{u"1845万", 1.845e7, u"", U::Number, Q::Exact},
        Printed{u"18.45 million", 1.845e7, u"", U::Number, Q::Exact},
        Printed{u"1.3亿元", 1.3e8, u"CNY", U::Money, Q::Exact},
        Printed{u"130 million yuan", 1.3e8, u"CNY", U::Money, Q::Exact},
        Printed{u"约1.3亿元", 1.3e8, u"CNY", U::Money, Q::Approx},
        Printed{u"approximately 130 million yuan", 1.3e8, u"CNY", U::Money, Q::Approx},
        Printed{u"4070万人民币", 4.07e7, u"CNY", U::Money, Q::Exact},
        Printed{u"40.7 million RMB", 4.07e7, u"CNY", U::Money, Q::Exact},
        Printed{u"约合4070万人民币", 4.07e7, u"CNY", U::Money, Q::Approx},
        Printed{u"200亿元", 2e10, u"CNY", U::Money, Q::Exact},
        Printed{u"20 billion yuan", 2e10, u"CNY", U::Money, Q::Exact},
        Printed{u"30亿元人民币", 3e9, u"CNY", U::Money, Q::Exact},
        Printed{u"一千余人", 1000, u"", U::Number, Q::AtLeast},
        Printed{u"over a thousand people", 1000, u"", U::Number, Q::AtLeast},
        Printed{u"45%", 45, u"", U::Percent, Q::Exact}, Printed{u"8.0%", 8, u"", U::Percent, Q::Exact},
        Printed{u"7%", 7, u"", U::Percent, Q::Exact}, Printed{u"45 percent", 45, u"", U::Percent, Q::Exact},
        Printed{u"百分之四十五", 45, u"", U::Percent, Q::Exact}, Printed{u"超过100%", 100, u"", U::Percent, Q::AtLeast},
        Printed{u"exceeding 100%", 100, u"", U::Percent, Q::AtLeast},
        Printed{u"130,000", 1.3e5, u"", U::Number, Q::Exact}, Printed{u"3.3", 3.3, u"", U::Number, Q::Exact},
        Printed{u"2700 yuan", 2700, u"CNY", U::Money, Q::Exact},
        Printed{u"671B", 6.71e11, u"", U::Parameters, Q::Exact},
        Printed{u"671 billion parameters", 6.71e11, u"", U::Parameters, Q::Exact},
        Printed{u"上万张", 1e4, u"", U::Number, Q::AtLeast},
        Printed{u"tens of thousands", 1e4, u"", U::Number, Q::AtLeast},
        Printed{u"十分之一", 0.1, u"", U::Ratio, Q::Exact}, Printed{u"one tenth", 0.1, u"", U::Ratio, Q::Exact},
        Printed{u"a third", 1.0 / 3.0, u"", U::Ratio, Q::Exact}, Printed{u"三十", 30, u"", U::Number, Q::Exact},
        Printed{u"两千", 2000, u"", U::Number, Q::Exact}, Printed{u"二十五", 25, u"", U::Number, Q::Exact},
        Printed{u"一亿五千万", 1.5e8, u"", U::Number, Q::Exact}, Printed{u"三百零五", 305, u"", U::Number, Q::Exact},
        Printed{u"十万", 1e5, u"", U::Number, Q::Exact}, Printed{u"two thousand", 2000, u"", U::Number, Q::Exact},
        Printed{u"thirty-two", 32, u"", U::Number, Q::Exact},
        Printed{u"one hundred and twenty", 120, u"", U::Number, Q::Exact},
        Printed{u"近70万", 7e5, u"", U::Number, Q::Approx}, Printed{u"nearly 700,000", 7e5, u"", U::Number, Q::Approx},
        Printed{u"100万以上", 1e6, u"", U::Number, Q::AtLeast}, Printed{u"10+", 10, u"", U::Number, Q::AtLeast},
        Printed{u"不到5%", 5, u"", U::Percent, Q::AtMost}, Printed{u"up to 5%", 5, u"", U::Percent, Q::AtMost},
        Printed{u"3000多万", 3e7, u"", U::Number, Q::AtLeast},
        Printed{u"7800万美元甚至是1亿美元", 7.8e7, u"USD", U::Money, Q::Exact, 1e8},
        Printed{u"78 million US dollars or even 100 million US dollars", 7.8e7, u"USD", U::Money, Q::Exact, 1e8},
        Printed{u"3至5亿元", 3e8, u"CNY", U::Money, Q::Exact, 5e8}, Printed{u"in 2024", 2024, u"", U::Year, Q::Exact},
        Printed{u"10天内", 10, u"", U::Days, Q::Exact}, Printed{u"18 days", 18, u"", U::Days, Q::Exact},
        Printed{u"18天", 18, u"", U::Days, Q::Exact}, Printed{u"10日内", 10, u"", U::Days, Q::Exact},
        Printed{u"3周", 21, u"", U::Days, Q::Exact}, Printed{u"3 weeks", 21, u"", U::Days, Q::Exact},
        Printed{u"3个月", 90, u"", U::Days, Q::Exact}, Printed{u"10年", 3650, u"", U::Days, Q::Exact},
        Printed{u"48小时", 2, u"", U::Days, Q::Exact}, Printed{u"90 minutes", 90.0 / 1440, u"", U::Days, Q::Exact},
        Printed{u"3至5周", 21, u"", U::Days, Q::Exact, 35}, Printed{u"10人", 10, u"", U::Number, Q::Exact},
        Printed{u"10 people", 10, u"", U::Number, Q::Exact}));

TEST(FigureParser, DurationsAreNotCounts)
{
    const QList<Figure> figures = FigureParser::extract(u"这家公司10天内融资15亿元,团队已有500人。"_s);
    ASSERT_EQ(figures.size(), 3);
    EXPECT_EQ(figures.at(0).unit, U::Days);
    EXPECT_EQ(figures.at(0).value, 10);
    EXPECT_EQ(figures.at(1).unit, U::Money);
    EXPECT_EQ(figures.at(2).unit, U::Number);
    const QList<Figure> english = FigureParser::extract(u"It reached the mark within 18 days with 40 engineers."_s);
    ASSERT_EQ(english.size(), 2);
    EXPECT_EQ(english.at(0).unit, U::Days);
    EXPECT_EQ(english.at(1).unit, U::Number);
}

TEST(FigureParser, TimeWordsOfDatesAreNotDurations)
{
    // A month, a day of the month, an anniversary, a decade, a year: no duration among them.
    for (const QString &text : {u"3月发布"_s, u"10日发布"_s, u"成立10周年"_s, u"80年代"_s, u"2024年"_s}) {
        for (const Figure &figure : FigureParser::extract(text))
            EXPECT_NE(figure.unit, U::Days) << text.toStdString();
    }
}

TEST(FigureParser, ExtractionReportsSpans)
{
    const QString text = u"智谱10天之内补充弹药达15亿人民币,约1.3亿元。"_s;
    const QList<Figure> figures = FigureParser::extract(text);
    ASSERT_EQ(figures.size(), 3);
    EXPECT_EQ(text.mid(figures[0].position, figures[0].length), u"10天"_s);
    EXPECT_EQ(figures[0].unit, Figure::Unit::Days);
    EXPECT_EQ(text.mid(figures[1].position, figures[1].length), u"15亿人民币"_s);
    EXPECT_EQ(text.mid(figures[2].position, figures[2].length), u"约1.3亿元"_s);
    EXPECT_DOUBLE_EQ(figures[2].value, 1.3e8);

    const QString english = u"It raised $1.5 billion, about 45% of the 98 firms."_s;
    const QList<Figure> en = FigureParser::extract(english);
    ASSERT_EQ(en.size(), 3);
    EXPECT_EQ(english.mid(en[0].position, en[0].length), u"$1.5 billion"_s);
    EXPECT_EQ(english.mid(en[1].position, en[1].length), u"about 45%"_s);
    EXPECT_EQ(english.mid(en[2].position, en[2].length), u"98"_s);
}

TEST(FigureParser, FullWidthSpansMatchTheSource)
{
    const QString text = u"收入为１５亿元"_s;
    const QList<Figure> figures = FigureParser::extract(text);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(text.mid(figures[0].position, figures[0].length), u"１５亿元"_s);
    EXPECT_DOUBLE_EQ(figures[0].value, 1.5e9);
}

TEST(FigureParser, ModelNamesAreNotFigures)
{
    for (const QString &text : {u"GPT-4o"_s, u"DeepSeek-R1"_s, u"Deepseek V3"_s, u"H800"_s, u"H100芯片"_s, u"Qwen2.5"_s,
                                u"ChatGPT-4o"_s, u"B2B"_s, u"CC0"_s, u"the 2nd round"_s}) {
        EXPECT_TRUE(FigureParser::extract(text).isEmpty()) << text.toStdString();
    }
}

TEST(FigureParser, NoFiguresInsideWords)
{
    // Numeral characters that belong to words and names, and lone counting words.
    for (const QString &text :
         {u"零一万物"_s, u"百度和百川"_s, u"通义千问"_s, u"万一失败"_s, u"千万不要"_s, u"十分激烈"_s, u"一颗重磅炸弹"_s,
          u"之一"_s, u"六小虎"_s, u"统一"_s, u"Zero One Thing"_s, u"one of the Six Little Tigers"_s, u"someone often"_s,
          u"元宝"_s}) {
        EXPECT_TRUE(FigureParser::extract(text).isEmpty()) << text.toStdString();
    }
}

TEST(FigureParser, YearsAreDatesNotNumbers)
{
    // "2024年" is a date, so FigureParser leaves it to DateParser; the 100% after it is a figure.
    const QList<Figure> zh = FigureParser::extract(u"2024年的整体商业化收入超过100%"_s);
    ASSERT_EQ(zh.size(), 1);
    EXPECT_EQ(zh[0].unit, U::Percent);
    const QList<Figure> en = FigureParser::extract(u"revenue exceeding 100% by 2024"_s);
    ASSERT_EQ(en.size(), 2);
    EXPECT_EQ(en[1].unit, U::Year);
    EXPECT_EQ(en[1].value, 2024);
}

TEST(FigureParser, ParameterCountBesideModelName)
{
    const QList<Figure> figures = FigureParser::extract(u"训练Deepseek V3(671B参数满血版)的成本"_s);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures[0].unit, U::Parameters);
    EXPECT_DOUBLE_EQ(figures[0].value, 6.71e11);
}

TEST(FigureParser, FiguresNeverShareCharacters)
{
    // "参数" ends one figure; its 数 is not the "数" of "数亿" that would start the next (found by fuzzing).
    const QString text = u"1.2万亿参数亿"_s;
    const QList<Figure> figures = FigureParser::extract(text);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(text.mid(figures[0].position, figures[0].length), u"1.2万亿参数"_s);
    EXPECT_EQ(FigureParser::extract(u"数亿用户"_s).size(), 1);
}

TEST(FigureParser, ParseRejectsTextWithoutFigures)
{
    EXPECT_FALSE(FigureParser::parse(u"DeepSeek"_s).has_value());
    EXPECT_FALSE(FigureParser::parse(QString()).has_value());
}

struct PrintedDate
{
    const char16_t *text;
    int year;
    int month;
    int day;
    DateMention::Part part;
};

void PrintTo(const PrintedDate &p, std::ostream *os)
{
    *os << QString::fromUtf16(p.text).toStdString();
}

class PrintedDates : public ::testing::TestWithParam<PrintedDate>
{};

TEST_P(PrintedDates, ParsesFields)
{
    const PrintedDate &p = GetParam();
    const QString text = QString::fromUtf16(p.text);
    const QList<DateMention> dates = DateParser::extract(text);
    ASSERT_EQ(dates.size(), 1) << text.toStdString();
    EXPECT_EQ(dates[0].year, p.year);
    EXPECT_EQ(dates[0].month, p.month);
    EXPECT_EQ(dates[0].day, p.day);
    EXPECT_EQ(dates[0].part, p.part);
    EXPECT_EQ(dates[0].position, 0);
    EXPECT_EQ(dates[0].length, text.size());
}

using P = DateMention::Part;
INSTANTIATE_TEST_SUITE_P(BothLanguages, PrintedDates,
                         ::testing::Values(PrintedDate{u"2025年2月9日", 2025, 2, 9, P::Whole},
                                           PrintedDate{u"February 9, 2025", 2025, 2, 9, P::Whole},
                                           PrintedDate{u"9 February 2025", 2025, 2, 9, P::Whole},
                                           PrintedDate{u"2025-03-26", 2025, 3, 26, P::Whole},
                                           PrintedDate{u"２０２５年３月", 2025, 3, 0, P::Whole},
                                           PrintedDate{u"2024年底", 2024, 0, 0, P::End},
                                           PrintedDate{u"end of 2024", 2024, 0, 0, P::End},
                                           PrintedDate{u"early 2025", 2025, 0, 0, P::Start},
                                           PrintedDate{u"2月底", 0, 2, 0, P::End},
                                           PrintedDate{u"end of February", 0, 2, 0, P::End},
                                           PrintedDate{u"March 2025", 2025, 3, 0, P::Whole}));

TEST(DateParser, FindsDatesInRunningText)
{
    const QString text = u"据QuestMobile数据显示,截至2025年2月9日,豆包的周日均活跃用户数为1845万"_s;
    const QList<DateMention> dates = DateParser::extract(text);
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(text.mid(dates[0].position, dates[0].length), u"2025年2月9日"_s);
    // The date's digits are not figures; the user count is.
    const QList<Figure> figures = FigureParser::extract(text);
    ASSERT_EQ(figures.size(), 1);
    EXPECT_DOUBLE_EQ(figures[0].value, 1.845e7);
}

TEST(DateParser, IgnoresNonDates)
{
    EXPECT_TRUE(DateParser::extract(u"1845万 and 130,000 users, May we"_s).isEmpty());
    EXPECT_TRUE(DateParser::extract(u"5000年"_s).isEmpty());
}

} // namespace
