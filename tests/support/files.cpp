#include "support/files.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

namespace kiosk::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool copyTree(const QString &from, const QString &to, const QStringList &except)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        const bool skipped = std::any_of(except.begin(), except.end(), [&relative](const QString &path) {
            return relative == path || relative.startsWith(path + u'/');
        });
        if (skipped)
            continue;
        QFile in(source); // not QFile::copy: it syncs every file to disk, slow for many cases
        const QString target = QDir(to).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).path()) || !in.open(QIODevice::ReadOnly)
            || !writeFile(target, in.readAll()))
            return false;
    }
    return true;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

bool writeJson(const QString &path, const QJsonObject &root)
{
    return writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void overwrite(const QString &path, qint64 offset, qint64 length, char fill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(QByteArray(length, fill)) != length)
        qFatal("cannot damage %s", qPrintable(path));
}

} // namespace kiosk::test
