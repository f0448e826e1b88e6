#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace kiosk {

// What the probe thread reads: the outbox through its own read-only SQLite connection, the
// database's integrity, free disk space of the data directory and the process's memory.
struct ProbeSample
{
    enum class Integrity { Unknown, Ok, Failed };

    QDateTime at;                       // invalid: no sample yet
    bool outboxRead = false;            // false: the outbox could not be read (see outboxError)
    QString outboxError;
    QMap<QString, int> pendingByKind;   // every kind in the outbox, 0 when none is pending
    int pending = 0;
    QDateTime oldestPendingCreatedAt;   // invalid when nothing is pending
    int ordersPending = 0;              // the outbox's "order" entries by state
    int ordersDelivered = 0;
    int ordersFailed = 0;

    Integrity integrity = Integrity::Unknown;
    QString integrityDetail;            // "ok", or SQLite's first complaint
    QDateTime integrityAt;

    qint64 diskFreeBytes = -1;          // -1: unknown
    qint64 rssBytes = -1;
};

// Everything the checks are computed from, gathered on the GUI thread.
struct HealthInputs
{
    QDateTime startedAt;

    struct BackendProbe
    {
        bool ok = false;
        qint64 latencyMs = 0;
        QString error;
        QDateTime at;
    };
    std::optional<BackendProbe> backend;    // nullopt until the kiosk reports a probe
    QDateTime lastSyncSuccess;              // invalid: none since start

    ProbeSample probe;

    qint64 eventLoopLatencyMs = 0;          // worst recent

    struct ConfigState
    {
        QString goodVersion;                // the config in force
        QString rejection;                  // why the last reload was refused; empty if it was not
        QDateTime at;
    };
    std::optional<ConfigState> config;

    // What start-up did about a damaged database (StorageRecovery::note()); empty if nothing.
    QString storageRecovery;

    // The diagnostics PIN (app/staff): whether one is set, and lockouts in the last 24 h.
    struct StaffPin
    {
        bool set = false;
        int lockoutsInLastDay = 0;
    };
    std::optional<StaffPin> staffPin;   // nullopt until the kiosk reports it

    // Rows the retention thread deleted since start, by kind ("orders", "comments",
    // "feedback_entries", "audit").
    QMap<QString, qint64> retentionDeleted;
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::ProbeSample)
