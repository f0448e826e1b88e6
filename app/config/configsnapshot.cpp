#include "config/configsnapshot.h"

#include "config/configcheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString PromotionsFile = u"promotions.json"_s;

// The JSON files' bytes: compared before and after a read to catch a write in between.
QByteArray jsonFilesDigest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList names{u"kiosk.json"_s, u"menu.json"_s};
    // Only when there: a store without promotions keeps the version it had before they existed.
    if (QFileInfo::exists(QDir(dir).filePath(PromotionsFile)))
        names.append(PromotionsFile);
    for (const QString &name : std::as_const(names)) {
        const QByteArray bytes = readBytes(QDir(dir).filePath(name));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return hash.result();
}

QString versionOf(const QByteArray &jsonDigest, const QString &dir, const QStringList &imageFiles)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(jsonDigest);
    QStringList images = imageFiles;
    images.sort();
    images.removeDuplicates();
    for (const QString &image : std::as_const(images)) {
        const QFileInfo info(image);
        hash.addData(u"%1 %2 %3\n"_s.arg(QDir(dir).relativeFilePath(image)).arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

QString configVersionOf(const QString &dir, const QStringList &imageFiles)
{
    return versionOf(jsonFilesDigest(dir), dir, imageFiles);
}

QStringList configJsonFiles(const QString &dir)
{
    return {QDir(dir).filePath(u"kiosk.json"_s), QDir(dir).filePath(u"menu.json"_s), QDir(dir).filePath(PromotionsFile)};
}

QStringList referencedImages(const LoadedConfig &config)
{
    QStringList images;
    if (!config.kiosk.branding.logo.isEmpty())
        images.append(config.kiosk.branding.logo);
    for (const Category &category : config.menu.categories()) {
        if (!category.image.isEmpty())
            images.append(category.image);
    }
    for (const MenuItem &item : config.menu.items()) {
        if (!item.image.isEmpty())
            images.append(item.image);
    }
    images.removeDuplicates();
    return images;
}

ConfigSnapshot readConfigSnapshot(const QString &dir)
{
    ConfigSnapshot snapshot;
    const QString configDir = QDir::cleanPath(QDir(dir).absolutePath());
    snapshot.files = configJsonFiles(configDir);

    const QByteArray before = jsonFilesDigest(configDir);
    ConfigCheck check = checkConfigDir(configDir);
    const QByteArray after = jsonFilesDigest(configDir);
    // An editor still writing: what was validated may not be what is on disk now.
    snapshot.stable = after == before;

    QStringList images;
    if (check.config)
        images = referencedImages(*check.config);
    snapshot.files += images;
    snapshot.version = versionOf(after, configDir, images);
    snapshot.config = std::move(check.config);
    snapshot.errors = std::move(check.errors);
    return snapshot;
}

} // namespace kiosk
