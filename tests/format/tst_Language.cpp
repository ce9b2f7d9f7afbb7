#include "Language.h"
#include "LanguageCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::Language;

TEST(Language, CodesAndColumnSuffixes)
{
    EXPECT_EQ(tigerscope::languageCode(Language::English), u"en"_s);
    EXPECT_EQ(tigerscope::languageCode(Language::Chinese), u"zh_CN"_s);
    EXPECT_EQ(tigerscope::languageColumnSuffix(Language::English), u"en"_s);
    EXPECT_EQ(tigerscope::languageColumnSuffix(Language::Chinese), u"zh"_s);
}

TEST(Language, FromCodeRoundTripsAndAcceptsVariants)
{
    for (Language language : tigerscope::allLanguages())
        EXPECT_EQ(tigerscope::languageFromCode(tigerscope::languageCode(language)), language);

    for (const QString &code : {u"zh"_s, u"zh_CN"_s, u"zh-CN"_s, u"zh_Hans"_s, u"ZH_tw"_s, u" zh "_s})
        EXPECT_EQ(tigerscope::languageFromCode(code), Language::Chinese) << code.toStdString();
    for (const QString &code : {u"en"_s, u"en_US"_s, u"fr"_s, u""_s, u"zhx"_s, u"z"_s})
        EXPECT_EQ(tigerscope::languageFromCode(code), Language::English) << code.toStdString();
}

TEST(Language, LocaleDecidesTheDefault)
{
    EXPECT_EQ(tigerscope::languageForLocale(QLocale(u"zh_CN"_s)), Language::Chinese);
    EXPECT_EQ(tigerscope::languageForLocale(QLocale(u"zh_TW"_s)), Language::Chinese);
    EXPECT_EQ(tigerscope::languageForLocale(QLocale(u"en_US"_s)), Language::English);
    EXPECT_EQ(tigerscope::languageForLocale(QLocale(u"de_DE"_s)), Language::English);
    EXPECT_EQ(tigerscope::languageForLocale(QLocale::c()), Language::English);
    EXPECT_EQ(tigerscope::systemDefaultLanguage(), tigerscope::languageForLocale(QLocale::system()));
}

TEST(Language, LocalesAndNativeNames)
{
    EXPECT_EQ(tigerscope::localeFor(Language::Chinese).name(), u"zh_CN"_s);
    EXPECT_EQ(tigerscope::localeFor(Language::English).name(), u"en_001"_s);
    EXPECT_EQ(tigerscope::nativeLanguageName(Language::Chinese), u"简体中文"_s);
    EXPECT_EQ(tigerscope::nativeLanguageName(Language::English), u"English"_s);
}

TEST(LanguageCatalogue, LooksUpTheRequestedLanguageWhateverIsInstalled)
{
    EXPECT_EQ(tigerscope::LanguageCatalogue::path(Language::Chinese), u":/i18n/tigerscope_zh_CN.qm"_s);
    EXPECT_EQ(tigerscope::LanguageCatalogue::translate(Language::Chinese, "DateFormatter", "date not given"),
              u"未注明日期"_s);
    // English has no catalogue in the suite: the source text is the English text.
    EXPECT_EQ(tigerscope::LanguageCatalogue::translate(Language::English, "DateFormatter", "date not given"),
              u"date not given"_s);
    // An unknown string falls back to its source text.
    EXPECT_EQ(tigerscope::LanguageCatalogue::translate(Language::Chinese, "DateFormatter", "no such string"),
              u"no such string"_s);
}
