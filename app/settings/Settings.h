#pragma once

#include "Setting.h"

#include <QObject>

#include <memory>

class QSettings;

namespace tigerscope {

/// The user's settings, read and written by the keys of SettingKeys.h with their own types. The
/// application has one, owned by AppContext; a test makes its own over a file of its own, so it
/// never reads or changes the user's.
class Settings : public QObject
{
    Q_OBJECT
public:
    /// The application's settings, where QSettings keeps them for the organisation and the
    /// application name (set those first).
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in an INI file of their own.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    /// What is stored for the setting, or its default when nothing readable is.
    template<typename T>
    T value(const Setting<T> &setting) const
    {
        if (std::optional<T> saved = SettingCodec<T>::decode(stored(setting.key())))
            return *std::move(saved);
        return setting.defaultValue();
    }

    template<typename T>
    void setValue(const Setting<T> &setting, const T &value)
    {
        const std::optional<T> current = SettingCodec<T>::decode(stored(setting.key()));
        if (current && *current == value)
            return;
        store(setting.key(), SettingCodec<T>::encode(value));
    }

    /// Whether the user's settings hold a value for the setting (its default is not one).
    template<typename T>
    bool contains(const Setting<T> &setting) const
    {
        return stored(setting.key()).isValid();
    }

    /// Stores the folder of path, for the next file dialog to start in.
    void rememberFolderOf(const Setting<QString> &folder, const QString &path);

Q_SIGNALS:
    /// A setting's stored value changed (setting it to what it was already says nothing).
    void changed(const QString &key);

private:
    QVariant stored(QLatin1StringView key) const;
    void store(QLatin1StringView key, const QVariant &value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace tigerscope
