#pragma once

#include "Language.h"

#include <QLatin1StringView>
#include <QString>
#include <QVariant>

#include <optional>

namespace tigerscope {

/// One setting: the key it is stored under and the value it has until the user sets one. The
/// default is a function so that defaults that depend on the machine (the home folder, the
/// system's language) are asked when read, not when the program starts.
template<typename T>
class Setting
{
public:
    using Value = T;

    constexpr explicit Setting(const char *key, T (*makeDefault)() = &valueInitialised)
        : m_key(key)
        , m_defaultValue(makeDefault)
    {}

    constexpr QLatin1StringView key() const { return QLatin1StringView(m_key); }
    constexpr T defaultValue() const { return m_defaultValue(); }

private:
    static constexpr T valueInitialised() { return T(); }

    const char *m_key;
    T (*m_defaultValue)();
};

/// How a setting's value is stored: as the QVariant QSettings keeps. nullopt when what is stored
/// cannot be read as a T (the default is used then).
template<typename T>
struct SettingCodec
{
    static QVariant encode(const T &value) { return QVariant::fromValue(value); }
    static std::optional<T> decode(const QVariant &stored)
    {
        if (!stored.canConvert<T>())
            return std::nullopt;
        return stored.value<T>();
    }
};

/// The interface language is stored as its code ("en", "zh_CN"); an empty code means none chosen.
template<>
struct SettingCodec<Language>
{
    static QVariant encode(Language language) { return languageCode(language); }
    static std::optional<Language> decode(const QVariant &stored)
    {
        const QString code = stored.toString();
        if (code.isEmpty())
            return std::nullopt;
        return languageFromCode(code);
    }
};

} // namespace tigerscope
