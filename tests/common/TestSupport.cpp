#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>

namespace testsupport {

QString seedsDir()
{
    const QString fromEnvironment = qEnvironmentVariable("TIGERSCOPE_SEEDS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/seeds"));
}

QString seedPath(const QString &prefix)
{
    const QDir dir(seedsDir());
    const QStringList matches = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files, QDir::Name);
    return matches.isEmpty() ? QString() : dir.absoluteFilePath(matches.first());
}

QString executablePath()
{
    return QStringLiteral(TIGERSCOPE_EXECUTABLE);
}

QString sourceDir()
{
    return QStringLiteral(TIGERSCOPE_SOURCE_DIR);
}

} // namespace testsupport
