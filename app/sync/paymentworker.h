#pragma once

#include "config/paymentsettings.h"
#include "domain/payment.h"
#include "sync/backendport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace kiosk {

class Database;
class PaymentStore;

// The payment thread's side: carries every open attempt to a final status, one backend call at a
// time, through its own BackendPort and database connection. What to ask next is the domain's
// nextPaymentStep(); this class only does it and records the answer before acting on it.
//
// At start it settles what the previous run left open before anything else touches those
// orders: each open attempt gets a cancel request and is read until final; then held orders
// nobody paid for are queued for cancelling on the backend.
class PaymentWorker : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // What the previous run left: the attempts open and the orders held when the kiosk started.
    struct LeftOpen
    {
        QSet<QString> attemptIds;
        QStringList heldOrderIds;
    };

    // `leftOpen` is read by PaymentService::start() before this thread runs. `pollIntervalMs`:
    // how often an open attempt's status is read. `clock` (UTC) for tests.
    PaymentWorker(PaymentSettings settings, QString databasePath, const std::atomic_bool *stopping,
                  BackendPortFactory portFactory, LeftOpen leftOpen, int pollIntervalMs = DefaultPollIntervalMs,
                  Clock clock = {});
    ~PaymentWorker() override;

    static constexpr int DefaultPollIntervalMs = 400;
    // After a call that got no answer the next waits longer, up to this: a customer is waiting,
    // so never the outbox's minutes.
    static constexpr int MaxRetryDelayMs = 5000;

public slots:
    void start();
    void wake();
    void checkNow();

signals:
    void attemptChanged(const kiosk::PaymentAttempt &attempt);
    void orderPaid(const QString &orderId, const QString &orderNumber);
    void recoveryFinished(int settled);
    void storageError(const QString &message);

private:
    // What the worker knows of an attempt beyond its row: whether its create may be on the
    // backend unknown to us, whether the cancel went out, and when to call next.
    struct Track
    {
        bool createUncertain = true;
        bool cancelSent = false;
        int failures = 0;
        QDateTime nextAt; // invalid: now
    };

    void runDue();
    void schedule();
    void advance(PaymentAttempt attempt, Track &track);
    // Carries out one call; false when it got no usable answer.
    bool call(const PaymentAttempt &attempt, const PaymentStep &step, Track &track);
    bool onKnown(const PaymentAttempt &attempt, const PaymentStep &step, const PaymentReport &report, Track &track);
    void noteFailure(const PaymentAttempt &attempt, Track &track, const QString &reason,
                     std::optional<std::chrono::milliseconds> retryAfter);
    void publish(const QString &attemptId);
    void finishRecoveryIfSettled();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    bool stopping() const { return m_stopping->load(); }

    const PaymentSettings m_settings;
    const QString m_databasePath;
    const std::atomic_bool *m_stopping;
    const BackendPortFactory m_portFactory;
    const int m_pollIntervalMs;
    const Clock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PaymentStore> m_store;
    std::unique_ptr<BackendPort> m_port;
    QTimer *m_timer; // a child, so moveToThread() takes it along
    QHash<QString, Track> m_tracks; // open attempts by id
    QSet<QString> m_recovering;     // attempts open at start, not yet final
    QStringList m_heldAtStart;      // orders held at start: their customers are gone
    bool m_recoveryDone = false;
};

} // namespace kiosk
