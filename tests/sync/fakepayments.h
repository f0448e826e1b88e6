#pragma once

// The backend's payments as an in-memory script, for the payment worker's tests: what
// FakeBackendPort's createPayment/readPayment/cancelPayment answer. Shaped like contract v1:
// a create stores the payment (pending; a create of a known id is a replay: pending again),
// reads walk a scripted list of statuses, a cancel is a request that ends an open payment as
// canceled unless it is scripted to complete anyway. Faults are injected call by call. The
// worker's thread and the test's both use it, so every member locks.
#include "sync/backendport.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

namespace kiosk::test {

class FakePayments
{
public:
    FakePayments() = default;
    FakePayments(const FakePayments &) = delete;
    FakePayments &operator=(const FakePayments &) = delete;

    // --- the script ---

    // What successive reads of a payment report, one entry per read, after which the last one
    // stays (an empty script: pending for ever, a terminal nobody touches). Without `paymentId`,
    // for the next payment created that has no script of its own. A final status ends the walk.
    void scriptPaymentReports(const QList<PaymentReport> &reports, const QString &paymentId = {});
    // The same with the usual reason and card for each status (declined "Insufficient funds",
    // canceled "buyer_canceled", completed VISA 4242).
    void scriptPaymentStatuses(const QList<PaymentStatus> &statuses, const QString &paymentId = {});
    static PaymentReport report(PaymentStatus status);

    // A cancel of an open payment answers as it stood, and the read after the next `reads`
    // reads shows it canceled (0, the default: the cancel's own answer does), as a terminal slow
    // to act on it; meanwhile the script goes on, so an approval may still come first.
    void setCancelLag(int reads);
    // The next cancel of an open payment does not stop it: it completes (the card was approved
    // a moment earlier), and the cancel answers completed.
    void completeOnNextCancel();

    // The next `calls` payment calls (any of the three) get no answer and change nothing:
    // Unreachable (no connection) or, with `unreachable` false, a 5xx (Reach::Unknown).
    void failNextPaymentCalls(int calls, bool unreachable = true);
    // The next create is stored, but its answer is lost (a timeout).
    void loseNextCreateAnswer();
    // The next create is refused for good with this contract code ("terminal_busy",
    // "order_not_held", ...) and not stored.
    void refuseNextCreate(const QString &code);

    // --- what was asked ---

    QStringList paymentIds() const; // in the order first stored
    int creates(const QString &paymentId) const;
    int reads(const QString &paymentId) const;
    int cancels(const QString &paymentId) const;
    int totalCalls() const;
    // The body of every create under this id, in order (all equal, if the kiosk is right).
    QList<QByteArray> createBodies(const QString &paymentId) const;
    QList<PaymentCancelReason> cancelReasons(const QString &paymentId) const;
    // Where the backend's payment stands now; nullopt when it was never stored.
    std::optional<PaymentReport> current(const QString &paymentId) const;
    // Completed payments per order id (> 1 would be a double charge).
    int completedFor(const QString &orderId) const;

    // --- the port's side ---

    PaymentOutcome create(const PaymentAttempt &attempt);
    PaymentOutcome read(const QString &paymentId);
    PaymentOutcome cancel(const QString &paymentId, PaymentCancelReason reason);

private:
    struct Payment
    {
        QString orderId;
        QByteArray firstBody;
        PaymentReport report;
        QList<PaymentReport> script;
        std::optional<PaymentCancelReason> cancelPending; // asked, not yet acted on
        int cancelLag = 0;
    };
    struct Calls
    {
        int creates = 0;
        int reads = 0;
        int cancels = 0;
        QList<QByteArray> bodies;
        QList<PaymentCancelReason> reasons;
    };

    // A fault for this call, if one is scripted (and counts it).
    std::optional<PaymentOutcome> takeFault();
    void advance(Payment &payment);
    static PaymentOutcome known(const PaymentReport &report);

    mutable QMutex m_mutex;
    QHash<QString, Payment> m_payments;
    QStringList m_order;
    QHash<QString, Calls> m_calls;
    QHash<QString, QList<PaymentReport>> m_scripts; // for payments not stored yet
    QList<PaymentReport> m_nextScript;
    int m_cancelLag = 0;
    bool m_completeOnCancel = false;
    int m_failCalls = 0;
    bool m_failUnreachable = true;
    bool m_loseCreateAnswer = false;
    QString m_refuseCode;
    int m_totalCalls = 0;
};

} // namespace kiosk::test
