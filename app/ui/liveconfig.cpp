#include "ui/liveconfig.h"

#include <QDir>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcReload, "kiosk.config.reload")

namespace kiosk {

namespace {

const QStringList &restartOnlyKeys()
{
    static const QStringList keys{QStringLiteral("kiosk_id"), QStringLiteral("data_dir"),
                                  QStringLiteral("backend"), QStringLiteral("menu_source"),
                                  QStringLiteral("sync"), QStringLiteral("health"), QStringLiteral("display")};
    return keys;
}

} // namespace

LiveConfig::LiveConfig(QObject *parent) : QObject(parent)
{
    connect(&m_versionRead, &QFutureWatcher<QString>::finished, this, &LiveConfig::onVersionRead);
}

LiveConfig::~LiveConfig()
{
    m_versionRead.waitForFinished();
}

void LiveConfig::watch(const LoadedConfig &inForce)
{
    m_inForce = inForce;
    m_startKioskJson = inForce.kioskJson;
    const QString dir = inForce.kiosk.configDir;
    m_versionRead.waitForFinished(); // a previous watch()'s, if any
    m_version.clear();
    m_earlySnapshot.reset();
    // One walk of the menu's items for both: 5,000 of them share a few dozen pictures.
    const QStringList images = referencedImages(inForce);
    m_versionRead.setFuture(QtConcurrent::run([dir, images] { return configVersionOf(dir, images); }));
    m_loadedAt = QDateTime::currentDateTimeUtc();
    m_lastRejection.clear();
    m_lastRejectedAt = {};
    m_pending.reset();
    m_watcher = std::make_unique<ConfigWatcher>(dir);
    connect(m_watcher.get(), &ConfigWatcher::snapshotRead, this, &LiveConfig::onSnapshot);
    m_watcher->watch(configJsonFiles(dir) + images);
    emit stateChanged();
}

void LiveConfig::onVersionRead()
{
    m_version = m_versionRead.result();
    emit stateChanged();
    if (m_earlySnapshot) {
        const auto [snapshot, requested] = std::move(*m_earlySnapshot);
        m_earlySnapshot.reset();
        onSnapshot(snapshot, requested);
    }
}

void LiveConfig::setOrderOpen(bool open)
{
    m_orderOpen = open;
    if (open || !m_pending)
        return;
    const ConfigSnapshot pending = std::move(*m_pending);
    m_pending.reset();
    apply(pending);
}

void LiveConfig::reload()
{
    if (!m_watcher) {
        qCWarning(lcReload) << "reload asked for before a config was loaded";
        return;
    }
    qCInfo(lcReload) << "reload requested";
    m_watcher->readNow();
}

void LiveConfig::onSnapshot(const ConfigSnapshot &snapshot, bool requested)
{
    if (m_version.isEmpty()) {
        // Compared with the version in force, which is still being read: the latest waits.
        m_earlySnapshot = std::make_pair(snapshot, requested || (m_earlySnapshot && m_earlySnapshot->second));
        return;
    }
    if (!snapshot.config) {
        // The last good config stays in force, and so does a valid change waiting for the order.
        m_lastRejection = formatErrors(snapshot.errors);
        m_lastRejectedAt = QDateTime::currentDateTimeUtc();
        qCWarning(lcReload).noquote() << "config change rejected, keeping" << m_version
                                      << "in force:\n" << m_lastRejection;
        emit stateChanged();
        emit rejected(m_lastRejection);
        return;
    }
    // The latest change is a valid one: whatever was rejected before is superseded.
    m_lastRejection.clear();
    m_lastRejectedAt = {};
    if (snapshot.version == m_version) {
        // Back to (or still) the config in force: nothing to apply, nothing left waiting.
        m_pending.reset();
        emit stateChanged();
        if (requested)
            emit applied();
        return;
    }
    if (m_orderOpen) {
        qCInfo(lcReload) << "config" << snapshot.version << "is valid; it waits for the open order to end";
        m_pending = snapshot;
        emit stateChanged();
        return;
    }
    apply(snapshot);
}

void LiveConfig::apply(const ConfigSnapshot &snapshot)
{
    LoadedConfig next = *snapshot.config;
    QStringList needRestart;
    for (const QString &key : restartOnlyKeys()) {
        if (next.kioskJson.value(key) != m_startKioskJson.value(key))
            needRestart.append(key);
    }
    next.kiosk.kioskId = m_inForce.kiosk.kioskId;
    next.kiosk.dataDir = m_inForce.kiosk.dataDir;
    next.kiosk.backend = m_inForce.kiosk.backend;
    next.kiosk.menuSource = m_inForce.kiosk.menuSource;
    next.kiosk.sync = m_inForce.kiosk.sync;
    next.kiosk.health = m_inForce.kiosk.health;
    m_inForce = next;
    m_version = snapshot.version;
    m_loadedAt = QDateTime::currentDateTimeUtc();
    m_pending.reset();
    if (needRestart.isEmpty()) {
        qCInfo(lcReload) << "config" << m_version << "applied";
    } else {
        qCWarning(lcReload).noquote() << "config" << m_version << "applied, except"
                                      << needRestart.join(QStringLiteral(", "))
                                      << "which take effect after a restart of the kiosk";
    }
    emit changed(m_inForce);
    emit stateChanged();
    emit applied();
}

} // namespace kiosk
