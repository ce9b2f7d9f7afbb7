#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace tigerscope {

/// The project's two languages: those the interface is shown in and those an article's paragraphs
/// are written in. English is the source language of every interface string.
enum class Language { English, Chinese };

/// Every language the interface offers, in menu order.
QList<Language> allLanguages();

/// Catalogue and settings code: "en" or "zh_CN".
QString languageCode(Language language);

/// Suffix of the bilingual data columns (name_en / name_zh): "en" or "zh".
QString languageColumnSuffix(Language language);

/// The language of a code such as "en", "zh_CN", "zh-Hans" or "zh"; anything not Chinese is English.
Language languageFromCode(QStringView code);

/// Chinese for any Chinese locale, English for every other.
Language languageForLocale(const QLocale &locale);

/// The language that suits the system locale when the user has not chosen one.
Language systemDefaultLanguage();

/// The locale whose conventions the language's numbers, dates and sorting follow. English uses
/// CLDR's international English (en_001): "9 Feb 2025" and "US$", neither US nor British alone.
QLocale localeFor(Language language);

/// The language's own name, for a language menu ("English", "简体中文"); deliberately not
/// translated, so that a reader can find their language whatever the interface shows.
QString nativeLanguageName(Language language);

} // namespace tigerscope
