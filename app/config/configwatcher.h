#pragma once

#include "config/configsnapshot.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace kiosk {

// Watches a config folder (kiosk.json, menu.json, promotions.json and the images they reference)
// and reads it again after a change, once writes have paused for the debounce interval. Reading and
// validating run on a pool thread; snapshotRead() is emitted on the watcher's (GUI) thread.
// Editors that save by writing a new file and renaming it over the old one drop a file's
// watch, so the folder itself is watched too and every file is watched again after each read.
class ConfigWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 500;

    explicit ConfigWatcher(QString dir, QObject *parent = nullptr);
    ~ConfigWatcher() override; // waits for a read under way

    QString dir() const { return m_dir; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Starts watching `files` (those of the snapshot in force) and their folders.
    void watch(const QStringList &files);
    // Reads the folder now, changed or not ("reload now").
    void readNow();

signals:
    // `requested`: the read was asked for by readNow(), not triggered by a change.
    void snapshotRead(const kiosk::ConfigSnapshot &snapshot, bool requested);

private:
    void onChanged();
    void startRead();
    void onReadFinished();

    QString m_dir;
    QFileSystemWatcher m_fs;
    QTimer m_debounce;
    QFutureWatcher<ConfigSnapshot> m_read;
    bool m_readRequested = false;   // the read under way was asked for
    bool m_pendingRead = false;     // another read is due once this one ends
    bool m_pendingRequested = false;
};

} // namespace kiosk
