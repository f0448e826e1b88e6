#pragma once

#include "domain/payment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

class Database;
class Statement;

// A paid card order, for staff: one whose customer never saw the number, or one the backend did
// not take (it needs a refund at the point of sale).
struct PaidOrder
{
    QString orderId;
    QString orderNumber;
    QString paymentId;
    Cents amount = 0;
    QDateTime paidAt;
    QString problem; // why the backend did not take it; "" for an order it took
};

// Today's card payments, for diagnostics (a "day" is the kiosk's local day).
struct PaymentDaySummary
{
    int attempts = 0;
    int completed = 0;
    Cents completedCents = 0;
    int declined = 0;
    int canceled = 0; // canceled and refused: nothing charged
};

// Card payment attempts and the payment state of card orders (schema 7), on one connection. Each
// method is one transaction, so a crash leaves a row as it was or fully changed. The GUI's
// connection saves attempts and the customer's choices; the payment worker's records what the
// backend said.
class PaymentStore
{
public:
    explicit PaymentStore(Database &db) : m_db(db) {}

    // --- the customer's side (GUI thread) ---

    // Saves a new attempt for the held order `orderId` with its create body, before anything is
    // sent. Refused (nullopt, `error` set) when the order is not awaiting payment or another
    // attempt of it is still open or completed: the kiosk never starts a second charge beside one
    // it has not settled.
    std::optional<PaymentAttempt> begin(const QString &orderId, const QString &terminalId,
                                        const QString &currency, const QDateTime &now, QString *error);
    // The customer (or the kiosk) wants the open attempt stopped; a request the worker carries
    // out. False when the attempt is final already or unknown.
    bool requestCancel(const QString &attemptId, PaymentCancelReason reason, const QDateTime &now);
    // The customer gave up on the card: the held order goes to the kitchen to be paid at the
    // counter (an "order_release" outbox entry, same transaction). Refused while an attempt is
    // open or once one completed.
    bool releaseForCounter(const QString &orderId, const QDateTime &now, QString *error);
    // Nobody will pay: the held order is dropped (an "order_cancel" outbox entry), and the points
    // its rewards would have cost are no longer held against the member. Same refusals.
    bool abandon(const QString &orderId, const QDateTime &now, QString *error);
    // The customer saw the order's number (the paid order's confirmation page).
    bool markNumberShown(const QString &orderId, const QDateTime &now);

    // --- the payment worker's side ---

    // Attempts that are not final, oldest first.
    QList<PaymentAttempt> openAttempts();
    std::optional<PaymentAttempt> attempt(const QString &attemptId);
    // Stores what the backend said. A completion marks the order paid in the same transaction;
    // a final status stamps settled_at. A report never moves a final attempt.
    bool recordReport(const QString &attemptId, const PaymentReport &report, const QDateTime &now);
    // The backend refused the create for good: final, nothing charged.
    bool recordRefused(const QString &attemptId, const QString &code, const QDateTime &now);
    // A call failed (no answer): kept for staff, the attempt stays open.
    bool recordCallFailed(const QString &attemptId, const QString &error, const QDateTime &now);
    // A held order that turned out paid although the kiosk had not recorded it (the backend
    // refused its release or cancel as "order_already_paid"): paid, the number not yet shown.
    bool recordPaidElsewhere(const QString &orderId, const QDateTime &now);
    // A paid order the backend did not take (with why): staff must refund it.
    bool recordNotTaken(const QString &orderId, const QString &problem, const QDateTime &now);
    // Every order held now (awaiting payment), oldest first.
    QStringList heldOrders();
    // Staff refunded a paid order the backend did not take: it leaves that list (and /healthz).
    bool markRefunded(const QString &orderId, const QDateTime &now);
    // Held orders with no open attempt and no completed one: of those held when the kiosk
    // started, nobody is at the kiosk to pay for them any more.
    QStringList orphanedHeldOrders();
    // Whether the held order's own creation reached the backend: delivered, still queued, or
    // refused (a 422: nobody may be charged for it).
    enum class HeldOrderDelivery { Delivered, Queued, Refused };
    HeldOrderDelivery heldOrderDelivery(const QString &orderId);
    // What the backend answered when it took the held order (the outbox receipt); empty until
    // it is delivered. The adapters read their own receipts back (Square's order id).
    QByteArray heldOrderReceipt(const QString &orderId);

    // --- staff ---
    PaymentDaySummary summaryForDay(const QDate &localDay);
    QList<PaymentAttempt> recentAttempts(int limit = 50);
    QList<PaidOrder> paidNumberNotShown();
    QList<PaidOrder> paidNotTaken();
    std::optional<OrderPaymentState> orderState(const QString &orderId);

    QString lastError() const;

    // A held order's release, cancel or paid notice is queued under "<order id>/release",
    // "<order id>/cancel" or "<order id>/paid" (outbox keys are unique, and the order's own
    // entry has its bare id).
    static QString heldOrderOutboxKey(const QString &orderId, const QString &outboxKind);
    static QString orderIdOfOutboxKey(const QString &key) { return key.section(u'/', 0, 0); }

    // The staff lists as statements for any connection to kiosk.db (kioskctl reads it read-only
    // with them), so every reader runs the same SQL and reads rows the same way.
    // recentAttemptsSql binds the limit as ?2; the paid-order lists bind nothing.
    static QByteArray recentAttemptsSql();
    static QByteArray paidNumberNotShownSql();
    static QByteArray paidNotTakenSql();
    static PaymentAttempt readAttempt(const Statement &row);
    static PaidOrder readPaidOrder(const Statement &row);

private:
    static QByteArray attemptsSql(const char *where);
    static QByteArray paidOrdersSql(const char *where);
    bool leaveHeld(const QString &orderId, OrderPaymentState to, const QString &outboxKind,
                   const QByteArray &body, const QDateTime &now, QString *error);
    QList<PaymentAttempt> attempts(const char *where, const QString &arg, int limit);
    QList<PaidOrder> paidOrders(const QByteArray &sql);

    Database &m_db;
};

} // namespace kiosk
