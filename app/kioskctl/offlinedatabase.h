#pragma once

#include "domain/feedbackstats.h"
#include "health/outboxlisting.h"
#include "storage/outbox.h"
#include "storage/paymentstore.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;

namespace kiosk::ctl {

class Context;

// kiosk.db when the kiosk is not running. Reading opens it with SQLITE_OPEN_READONLY: it is
// never created, migrated or written, and the file stays byte for byte the same (a WAL reader
// may add empty -wal and -shm files; SQLite gives them the database's owner). Safe beside a
// running kiosk too, whose writer a reader never blocks.
class OfflineDatabase
{
public:
    static std::unique_ptr<OfflineDatabase> openReadOnly(const QString &path, QString *error);
    // The database of `context`, read-only, after saying so on standard error; nullptr once the
    // reason it cannot be read is printed. What a listing command starts with.
    static std::unique_ptr<OfflineDatabase> openForReading(Context &context);
    ~OfflineDatabase();
    OfflineDatabase(const OfflineDatabase &) = delete;
    OfflineDatabase &operator=(const OfflineDatabase &) = delete;

    std::optional<Outbox::Counts> counts();
    // nullopt with an empty lastError() when nothing is pending.
    std::optional<QDateTime> oldestPendingCreatedAt();
    // "ok", or the first few problems PRAGMA quick_check found.
    std::optional<QString> quickCheck();
    // The most recent entries, without bodies or responses.
    std::optional<QList<OutboxEntry>> list(OutboxFilter filter, int limit);
    // Customers' answers created at or after `since` (the kiosk's own query), and how many
    // calls for staff are still open. Both need schema 3.
    std::optional<QList<FeedbackAnswer>> feedbackSince(const QDateTime &since);
    std::optional<int> openStaffCalls();
    // Card payment (schema PaymentSchema): the `limit` most recent attempts, newest first, and
    // the paid orders staff must act on (offlinepayments.cpp).
    struct Payments
    {
        QList<PaymentAttempt> recent;
        QList<PaidOrder> numberNotShown; // the customer never saw the number: hand it over
        QList<PaidOrder> notTaken;       // the backend did not take the order: refund it
    };
    std::optional<Payments> payments(int limit);
    static constexpr int PaymentSchema = 7;
    QString lastError() const { return m_error; }

    // The one write kioskctl ever makes: a failed entry back to pending, due at once, in one
    // UPDATE, and its "kioskctl_outbox_retry" staff_audit row, in one transaction. Only while
    // no other program has the database open: it takes SQLite's exclusive lock first, which a
    // running kiosk's connections (or a reader) make impossible. Schema AuditedSchema and up.
    struct RetryResult
    {
        enum Outcome { Retried, NotFound, NotFailed, InUse, Error } outcome = Error;
        QString error;
    };
    static RetryResult retryFailed(const QString &path, qint64 seq);
    static constexpr int AuditedSchema = 3;

private:
    explicit OfflineDatabase(sqlite3 *db) : m_db(db) {}
    bool fail(const QString &what);

    sqlite3 *m_db;
    QString m_error;
};

} // namespace kiosk::ctl
