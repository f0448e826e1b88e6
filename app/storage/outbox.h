#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

class Database;

// One row of the outbox: a request body waiting for (or done with) the backend.
struct OutboxEntry
{
    enum class State { Pending, Delivered, Failed };

    qint64 seq = 0;            // delivery order
    QString kind;              // "order", "feedback", "assist", "item_availability", ...
    QString key;               // idempotency key (an order's id)
    QByteArray body;           // JSON request body
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;   // invalid: due at once
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
    QByteArray response;       // the backend's answer to the last attempt that got one
    std::optional<int> pointsEarned;
    QString orderNumber;       // "K1-042" for orders: what logs and diagnostics show
    QDateTime discardedAt;     // valid once staff discarded this failed entry (schema 3)
};

// The queue of requests for the backend, on the `outbox` table that checkout fills. Every
// change is one statement, so a crash leaves a row either as it was or fully updated; a row is
// never marked in flight, so one interrupted mid-delivery is simply still pending and is sent
// again with the same idempotency key.
class Outbox
{
public:
    explicit Outbox(Database &db) : m_db(db) {}

    struct Counts
    {
        int pending = 0;
        int delivered = 0;
        int failed = 0; // discarded entries not counted
    };

    // Queues a request (checkout queues orders itself, inside its own transaction).
    bool enqueue(const QString &kind, const QString &key, const QByteArray &body, const QDateTime &now);

    // The kinds that have pending entries, the one with the oldest head first.
    QStringList pendingKinds();
    // The oldest pending entry of `kind` if it is due at `now`. Entries of one kind go out in
    // `seq` order: while the head is backing off, the rest of its kind waits behind it.
    std::optional<OutboxEntry> nextDue(const QString &kind, const QDateTime &now);
    // The earliest time a head entry (of any kind) is due; nullopt when nothing is pending.
    std::optional<QDateTime> nextDueAt();

    // Whether an entry of `kind` with `key` is still pending: one seek on outbox_kind_pending,
    // whose range is only that kind's pending entries (a handful).
    bool hasPending(const QString &kind, const QString &key);
    // Every pending entry of `kind`, oldest first.
    QList<OutboxEntry> pending(const QString &kind);

    bool markDelivered(qint64 seq, const QByteArray &response, std::optional<int> pointsEarned,
                       const QDateTime &now);
    // Failed for good: kept with its reason, never retried unless retry() is called.
    bool markFailed(qint64 seq, const QString &reason, const QByteArray &response);
    // Counts the attempt and keeps the entry pending until `nextAttemptAt`.
    bool scheduleRetry(qint64 seq, const QString &error, const QDateTime &nextAttemptAt);
    // Makes pending entries whose last attempt failed on the network due at `now` (the
    // backend is reachable again); entries waiting on a Retry-After keep their time.
    int expediteNetworkRetries(const QDateTime &now);
    // A failed entry goes back to pending, due at once (from diagnostics). False if `seq`
    // is not a failed entry, or was discarded.
    bool retry(qint64 seq);
    // Staff give up on a failed entry (diagnostics): it stays in the table for the record but
    // leaves the failed list and can never be retried. False if `seq` is not a failed entry
    // or was discarded already.
    bool discard(qint64 seq, const QDateTime &now);

    Counts counts();
    // Seconds since the oldest pending entry was created; 0 when nothing is pending.
    qint64 oldestPendingAgeS(const QDateTime &now);
    // The most recent entries first, optionally only those in `state`; discarded entries
    // appear only in the unfiltered list.
    QList<OutboxEntry> list(std::optional<OutboxEntry::State> state = std::nullopt, int limit = 100);
    std::optional<OutboxEntry> entry(qint64 seq);

    QString lastError() const;

    // The prefix of last_error for network failures, which expediteNetworkRetries() looks for.
    static QString networkErrorPrefix() { return QStringLiteral("network: "); }
    static QString stateCode(OutboxEntry::State state);

private:
    Database &m_db;
};

} // namespace kiosk
