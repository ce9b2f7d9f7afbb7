#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace tigerscope {

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

void Settings::rememberFolderOf(const Setting<QString> &folder, const QString &path)
{
    setValue(folder, QFileInfo(path).absolutePath());
}

QVariant Settings::stored(QLatin1StringView key) const
{
    return m_store->value(key);
}

void Settings::store(QLatin1StringView key, const QVariant &value)
{
    m_store->setValue(key, value);
    Q_EMIT changed(key);
}

} // namespace tigerscope
