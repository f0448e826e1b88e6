#pragma once

#include "config/paymentsettings.h"
#include "config/syncsettings.h"
#include "domain/payment.h"
#include "sync/backendport.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>

namespace kiosk {

class Database;
class PaymentWorker;

// The GUI thread's handle on card payments. It owns the payment thread and its PaymentWorker,
// which has its own backend port and database connection, so a customer at the card reader never
// waits behind the outbox. Attempts are saved by the GUI (PaymentStore::begin) before wake();
// everything else the worker does and reports by queued signals. Only stop() blocks (it joins).
class PaymentService : public QObject
{
    Q_OBJECT

public:
    // `portFactory` makes the worker's port on the payment thread; without one, contract v1 over
    // HTTP as `sync` says (the same backend and token as the outbox).
    PaymentService(SyncSettings sync, PaymentSettings payment, QString databasePath,
                   BackendPortFactory portFactory = {}, QObject *parent = nullptr);
    ~PaymentService() override;

    // Starts the thread. The worker first settles every attempt left open by the previous run:
    // it asks for a cancel, reads until the status is final, then drops (cancels) held orders
    // nobody paid for; recoveryFinished() says when. What counts as "left by the previous run"
    // is read here, before start() returns, on `database` (a connection of this thread; nullptr
    // opens one for the read): so an attempt a customer saves a moment later is never taken for
    // one to settle, however late the thread starts.
    void start(Database *database = nullptr);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    bool isRecovering() const { return m_recovering; }

public slots:
    // An attempt was saved or a cancel requested: look now rather than at the next poll.
    void wake();
    // Staff's "check now": read every open attempt at once, whatever its backoff.
    void checkNow();

signals:
    // After every change the worker recorded (status, a call's failure).
    void attemptChanged(const kiosk::PaymentAttempt &attempt);
    // An order became paid (live, or found paid while recovering).
    void orderPaid(const QString &orderId, const QString &orderNumber);
    // The attempts open at start are settled and orphaned held orders queued for cancelling.
    void recoveryFinished(int settled);
    void storageError(const QString &message);

private:
    const SyncSettings m_sync;
    const PaymentSettings m_payment;
    const QString m_databasePath;
    const BackendPortFactory m_portFactory;
    QThread m_thread;
    QPointer<PaymentWorker> m_worker;
    std::atomic_bool m_stopping = false;
    bool m_recovering = false;
};

} // namespace kiosk
