#pragma once

#include "domain/upsellcounts.h"
#include "health/clocksync.h"
#include "print/printerstatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace kiosk {

// Card payment attempts as the probe reads them from payment_attempts and orders (schema 7):
// row counts, not events, like the outbox's order counts.
struct PaymentSample
{
    bool read = false;                  // false: the tables could not be read (or are not there)
    QMap<QString, int> finalByStatus;   // "completed", "declined", "canceled", "refused": rows now
    int open = 0;                       // attempts not final yet (saved, pending, in progress)
    QDateTime oldestOpenCreatedAt;      // invalid when none is open
    int notTaken = 0;                   // paid orders the backend did not take: to refund
};

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

    PaymentSample payments;
    ClockSync clock;                    // whether the system clock is kept in step (NTP)
};

// The receipt printer as the print service last reported it (app/print).
struct PrinterHealth
{
    PrinterStatus status;
    QList<FailedTicket> failedTickets; // given up and listed for staff, oldest first
    qint64 printed = 0;                // tickets printed since start
    qint64 givenUp = 0;                // tickets given up since start (after 2 minutes of retries)
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
    // "feedback_entries", "audit", "enrolment_entries").
    QMap<QString, qint64> retentionDeleted;

    // payment.timeout_s while card payment is on (payment.mode not "counter"); nullopt in
    // "counter" mode, where the payments checks are absent, as they always were.
    std::optional<int> paymentTimeoutS;

    // printer.kind not "none"; nullopt without a printer, where the printer check is absent.
    std::optional<PrinterHealth> printer;

    // Suggestions offered and taken since start, per rule (copied from the GUI's counts).
    UpsellCounts upsell;
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::ProbeSample)
