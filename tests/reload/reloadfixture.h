#pragma once

// Shared by the reload, recovery and full-disk tests: a private copy of the sample store whose
// files a test edits the ways people and editors do, and the real `kiosk --check-config` to
// compare messages with.
#include "support/files.h"
#include "support/freeport.h"
#include "support/storecopy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>
#include <functional>

namespace kiosk::test {

// Writes a temporary file beside `path` and renames it over `path`, the way vim, VS Code
// and configuration management tools save: the watched file is replaced by a new inode.
inline bool replaceByRename(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + QStringLiteral(".tmp-save");
    if (!writeFile(temp, bytes))
        return false;
    return std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0;
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

// A copy of the sample store in `dir` that talks to nothing by accident: the backend on
// `backendPort` (a closed port unless a test starts refpos there), the listener on `healthPort`.
inline bool makeStore(const QString &dir, quint16 backendPort, quint16 healthPort)
{
    return copyStore(dir, {{QStringLiteral("backend"), loopbackBackend(backendPort)},
                           {QStringLiteral("health"), QJsonObject{{QStringLiteral("listen_port"), healthPort}}}});
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
