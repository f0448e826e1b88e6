#include "config/configwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcConfigWatch, "kiosk.config.watch")

namespace kiosk {

ConfigWatcher::ConfigWatcher(QString dir, QObject *parent)
    : QObject(parent), m_dir(QDir::cleanPath(QDir(dir).absolutePath()))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ConfigWatcher::startRead);
    connect(&m_fs, &QFileSystemWatcher::fileChanged, this, &ConfigWatcher::onChanged);
    connect(&m_fs, &QFileSystemWatcher::directoryChanged, this, &ConfigWatcher::onChanged);
    connect(&m_read, &QFutureWatcherBase::finished, this, &ConfigWatcher::onReadFinished);
}

ConfigWatcher::~ConfigWatcher()
{
    m_read.waitForFinished();
}

void ConfigWatcher::watch(const QStringList &files)
{
    QStringList wanted{m_dir};
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            wanted.append(file);
        const QString folder = QFileInfo(file).absolutePath();
        if (QFileInfo(folder).isDir())
            wanted.append(folder);
    }
    wanted.removeDuplicates();
    const QStringList watched = m_fs.files() + m_fs.directories();
    QStringList stale;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_fs.removePaths(stale);
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            missing.append(path);
    }
    // A file replaced by rename is no longer watched (Qt drops it): adding it again re-arms it.
    if (!missing.isEmpty()) {
        const QStringList failed = m_fs.addPaths(missing);
        if (!failed.isEmpty())
            qCWarning(lcConfigWatch) << "cannot watch" << failed;
    }
}

void ConfigWatcher::readNow()
{
    m_debounce.stop();
    if (m_read.isRunning()) {
        m_pendingRead = true;
        m_pendingRequested = true;
        return;
    }
    m_readRequested = true;
    startRead();
}

void ConfigWatcher::onChanged()
{
    // Editors write in bursts (truncate, write, rename): read once things are quiet.
    m_debounce.start();
}

void ConfigWatcher::startRead()
{
    if (m_read.isRunning()) {
        m_pendingRead = true;
        return;
    }
    m_read.setFuture(QtConcurrent::run([dir = m_dir] { return readConfigSnapshot(dir); }));
}

void ConfigWatcher::onReadFinished()
{
    const ConfigSnapshot snapshot = m_read.result();
    const bool requested = m_readRequested;
    m_readRequested = false;
    watch(snapshot.files);
    if (!snapshot.stable) {
        // Written to while it was read: wait for the writer and read it again.
        qCInfo(lcConfigWatch) << "config changed while it was read; reading it again";
        m_readRequested = requested;
        m_debounce.start();
        return;
    }
    emit snapshotRead(snapshot, requested);
    if (m_pendingRead) {
        m_pendingRead = false;
        m_readRequested = m_pendingRequested;
        m_pendingRequested = false;
        m_debounce.start();
    }
}

} // namespace kiosk
