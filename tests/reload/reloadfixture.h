#pragma once

// Shared by the reload, recovery and full-disk tests: a private copy of the sample store
// (kiosk-config/) whose files a test edits the ways people and editors do, and the real
// `kiosk --check-config` to compare messages with.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <cstdio>
#include <functional>

namespace kiosk::test {

inline QString sampleConfigDir()
{
    return QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes in place (truncate, then write), the way `echo > file` or a simple editor saves.
inline bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Writes a temporary file beside `path` and renames it over `path`, the way vim, VS Code
// and configuration management tools save: the watched file is replaced by a new inode.
inline bool replaceByRename(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + QStringLiteral(".tmp-save");
    if (!writeInPlace(temp, bytes))
        return false;
    return std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0;
}

// Copies the sample store's files into `to` (its images too, so the config is complete).
inline bool copySampleConfig(const QString &to)
{
    const QString from = sampleConfigDir();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).path()) || !writeInPlace(target, fileBytes(source)))
            return false;
    }
    return true;
}

inline QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(fileBytes(path)).object();
}

inline bool writeJson(const QString &path, const QJsonObject &root)
{
    return writeInPlace(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// Changes kiosk.json's keys in `dir` (in place).
inline bool editKioskJson(const QString &dir, const QJsonObject &changes)
{
    const QString path = QDir(dir).filePath(QStringLiteral("kiosk.json"));
    QJsonObject root = readJson(path);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        root.insert(it.key(), it.value());
    return writeJson(path, root);
}

// menu.json of `dir` with `edit` applied to the item `itemId`.
inline QByteArray menuWithItemEdit(const QString &dir, const QString &itemId,
                                   const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = readJson(QDir(dir).filePath(QStringLiteral("menu.json")));
    QJsonArray items = root.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(QStringLiteral("id")).toString() == itemId) {
            edit(item);
            items.replace(i, item);
        }
    }
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

inline QByteArray menuWithPrice(const QString &dir, const QString &itemId, int priceCents)
{
    return menuWithItemEdit(dir, itemId, [priceCents](QJsonObject &item) {
        item.insert(QStringLiteral("price_cents"), priceCents);
    });
}

// A port nothing listens on right now (bound, read, released).
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    return server.serverPort();
}

// A copy of the sample store in `dir` that talks to nothing by accident: the backend on
// `backendPort` (a closed port unless a test starts refpos there), the listener on `healthPort`.
inline bool makeStore(const QString &dir, quint16 backendPort, quint16 healthPort)
{
    if (!copySampleConfig(dir))
        return false;
    const QString path = QDir(dir).filePath(QStringLiteral("kiosk.json"));
    QJsonObject root = readJson(path);
    QJsonObject backend = root.value(QStringLiteral("backend")).toObject();
    backend.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(backendPort));
    root.insert(QStringLiteral("backend"), backend);
    QJsonObject health = root.value(QStringLiteral("health")).toObject();
    health.insert(QStringLiteral("listen_port"), healthPort);
    root.insert(QStringLiteral("health"), health);
    return writeJson(path, root);
}

struct CheckConfigRun
{
    int status = -1;
    QString out;
    QString err;
};

#ifdef KIOSK_BIN
// The real `kiosk --check-config DIR`: what a manager sees before copying a config over.
inline CheckConfigRun checkConfigWithKiosk(const QString &dir)
{
    QProcess process;
    process.start(QStringLiteral(KIOSK_BIN), {QStringLiteral("--check-config"), dir});
    CheckConfigRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}
#endif

} // namespace kiosk::test
