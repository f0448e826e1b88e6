#include "support/storecopy.h"

#include "support/files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kiosk::test {

namespace {
const QString KioskJson = QStringLiteral("kiosk.json");
const QString Images = QStringLiteral("images");
} // namespace

QJsonObject mergedJson(QJsonObject into, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue old = into.value(it.key());
        if (old.isObject() && it.value().isObject())
            into.insert(it.key(), mergedJson(old.toObject(), it.value().toObject()));
        else
            into.insert(it.key(), it.value());
    }
    return into;
}

QJsonObject loopbackBackend(quint16 port, const QString &tokenFile)
{
    QJsonObject backend{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port)}};
    if (!tokenFile.isEmpty())
        backend.insert(QStringLiteral("token_file"), tokenFile);
    return backend;
}

bool copyStore(const QString &dir, const QJsonObject &changes, const QString &from)
{
    // Every file but kiosk.json as it is. The images are copied too, not linked: a link out of
    // the config folder is refused, as it would be on a kiosk.
    const QString imagesCopy = QDir(dir).filePath(Images);
    if (QFileInfo(imagesCopy).isSymLink())
        QFile::remove(imagesCopy); // a store laid by an older version of this helper
    if (!QDir().mkpath(dir) || !copyTree(from, dir, {KioskJson}))
        return false;
    return writeJson(QDir(dir).filePath(KioskJson), mergedJson(readJson(QDir(from).filePath(KioskJson)), changes));
}

} // namespace kiosk::test
