#include "Language.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QList<Language> allLanguages()
{
    return {Language::English, Language::Chinese};
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString languageColumnSuffix(Language language)
{
    return language == Language::Chinese ? u"zh"_s : u"en"_s;
}

Language languageFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    const bool chinese = trimmed.size() >= 2 && trimmed.first(2).compare(u"zh", Qt::CaseInsensitive) == 0
        && (trimmed.size() == 2 || trimmed.at(2) == u'_' || trimmed.at(2) == u'-');
    return chinese ? Language::Chinese : Language::English;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

Language systemDefaultLanguage()
{
    return languageForLocale(QLocale::system());
}

QLocale localeFor(Language language)
{
    if (language == Language::Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::World);
}

QString nativeLanguageName(Language language)
{
    return language == Language::Chinese ? u"简体中文"_s : u"English"_s;
}

} // namespace tigerscope
