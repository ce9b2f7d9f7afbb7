#include "NameCollator.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::Language;
using tigerscope::NameCollator;

TEST(NameCollator, ChineseNamesSortByPinyin)
{
    // Code-point order would be 智谱, 月之暗面, 百度, 腾讯, 阿里巴巴.
    QStringList names{u"智谱"_s, u"腾讯"_s, u"月之暗面"_s, u"百度"_s, u"阿里巴巴"_s};
    NameCollator(Language::Chinese).sort(names);
    const QStringList expected{u"阿里巴巴"_s, u"百度"_s, u"腾讯"_s, u"月之暗面"_s, u"智谱"_s};
    EXPECT_EQ(names, expected) << names.join(u' ').toStdString();
}

TEST(NameCollator, WorksWithStdSortAndCompare)
{
    const NameCollator collator(Language::Chinese);
    EXPECT_LT(collator.compare(u"阿里巴巴"_s, u"百度"_s), 0);
    EXPECT_GT(collator.compare(u"智谱"_s, u"腾讯"_s), 0);
    EXPECT_EQ(collator.compare(u"百度"_s, u"百度"_s), 0);

    QStringList names{u"智谱"_s, u"百度"_s};
    std::sort(names.begin(), names.end(), collator);
    EXPECT_EQ(names.first(), u"百度"_s);
}

TEST(NameCollator, EnglishIsAlphabeticalIgnoringCaseWithNumbersByValue)
{
    const NameCollator collator(Language::English);
    EXPECT_EQ(collator.language(), Language::English);
    QStringList names{u"Zhipu"_s, u"baidu"_s, u"MiniMax"_s, u"Alibaba"_s};
    collator.sort(names);
    const QStringList expected{u"Alibaba"_s, u"baidu"_s, u"MiniMax"_s, u"Zhipu"_s};
    EXPECT_EQ(names, expected) << names.join(u' ').toStdString();

    EXPECT_EQ(collator.compare(u"DeepSeek"_s, u"deepseek"_s), 0);
    EXPECT_LT(collator.compare(u"R2"_s, u"R10"_s), 0);
}
