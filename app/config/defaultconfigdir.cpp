#include "config/defaultconfigdir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiosk {

QString defaultConfigDir()
{
    return defaultConfigDir(QCoreApplication::applicationDirPath(), QDir::currentPath());
}

QString defaultConfigDir(const QString &applicationDir, const QString &workingDir)
{
    const QString buildDir = QDir::cleanPath(QStringLiteral(KIOSK_BUILD_DIR));
    const QString appDir = QDir::cleanPath(applicationDir);
    const bool fromBuildTree = appDir == buildDir || appDir.startsWith(buildDir + u'/');
    const QString local = QDir(workingDir).filePath(u"kiosk-config"_s);
    if (fromBuildTree && QFileInfo::exists(local + u"/kiosk.json"_s))
        return local;
    return u"/etc/kiosk"_s;
}

} // namespace kiosk
