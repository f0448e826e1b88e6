#pragma once

#include "config/configsnapshot.h"
#include "config/configwatcher.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace kiosk {

// Live config reload: watches the config folder and decides when a change comes into force.
// A valid change is applied at once between customers and waits while an order is open; an
// invalid one changes nothing and its exact messages stay visible until a valid change.
// Keys a running kiosk cannot take over (the database it has open, its identity, the sync
// thread's backend and settings, the health listener) keep their running value until a
// restart. What a change means for each part is the composition root's to apply.
class LiveConfig : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    // The version in force (a 12-hex fingerprint of the config files) and when it was applied.
    Q_PROPERTY(QString version READ version NOTIFY stateChanged)
    Q_PROPERTY(QDateTime loadedAt READ loadedAt NOTIFY stateChanged)
    // The last rejected change's exact messages; "" when the latest change was fine.
    Q_PROPERTY(QString lastRejection READ lastRejection NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastRejectedAt READ lastRejectedAt NOTIFY stateChanged)
    // A valid change waits for the open order to end.
    Q_PROPERTY(bool reloadPending READ reloadPending NOTIFY stateChanged)

public:
    explicit LiveConfig(QObject *parent = nullptr);
    ~LiveConfig() override;

    // Starts watching the folder of `inForce`. Its version is read on a pool thread (it hashes
    // every config file: tens of milliseconds for a large menu, right after the first frame);
    // version() is "" until then, and a change seen meanwhile waits for it.
    void watch(const LoadedConfig &inForce);
    // The watcher, for tests (a shorter debounce); nullptr before watch().
    ConfigWatcher *watcher() const { return m_watcher.get(); }

    QString version() const { return m_version; }
    QDateTime loadedAt() const { return m_loadedAt; }
    QString lastRejection() const { return m_lastRejection; }
    QDateTime lastRejectedAt() const { return m_lastRejectedAt; }
    bool reloadPending() const { return m_pending.has_value(); }

    // Whether a customer's order is open; when it closes, a change that waited is applied.
    void setOrderOpen(bool open);
    // Reads the folder now (diagnostics' "reload now", POST /config/reload); the outcome comes
    // as applied() or rejected().
    Q_INVOKABLE void reload();

signals:
    void stateChanged();
    // `next` is in force now; restart-only keys carry their running values.
    void changed(const kiosk::LoadedConfig &next);
    // A change is in force (or a requested reload found the config in force unchanged).
    void applied();
    // A change was refused with every problem, one a line; the last good one stays.
    void rejected(const QString &messages);

private:
    void onVersionRead();
    void onSnapshot(const ConfigSnapshot &snapshot, bool requested);
    void apply(const ConfigSnapshot &snapshot);

    std::unique_ptr<ConfigWatcher> m_watcher;
    LoadedConfig m_inForce;
    QJsonObject m_startKioskJson; // restart-only keys are compared to it
    QString m_version;
    QDateTime m_loadedAt;
    QString m_lastRejection;
    QDateTime m_lastRejectedAt;
    std::optional<ConfigSnapshot> m_pending;
    QFutureWatcher<QString> m_versionRead;
    // A snapshot read before the version in force was known, and whether it was asked for.
    std::optional<std::pair<ConfigSnapshot, bool>> m_earlySnapshot;
    bool m_orderOpen = false;
};

} // namespace kiosk
