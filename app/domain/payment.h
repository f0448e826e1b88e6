#pragma once

// Card payment at the kiosk (issue 15): the attempt, as the kiosk keeps it, and the rules that
// say what to ask the backend next. The backend drives the card terminal; the kiosk only asks it
// to start, reads the status, and asks it to cancel. Qt Core only, no I/O: the payment worker
// (app/sync) carries the steps out and the payment store (app/storage) keeps the attempts.
//
// The rules that make "charged but no order" and "charged twice" impossible live here:
// - an attempt is saved before its create is sent, and every create of it is the same request;
// - after a lost answer the kiosk reads the status before anything else, and a 404 (the create
//   never arrived) re-sends that same create, never a new one;
// - a cancel is a request: the attempt stays open until the backend reports a final status.

#include "domain/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace kiosk {

// How a store takes payment ("payment.mode" in kiosk.json).
enum class PaymentMode {
    Counter,       // "counter": every order is paid at the counter (the default)
    Card,          // "card": on the terminal; the counter only when the card cannot be offered
    CardOrCounter, // "card_or_counter": the customer chooses
};

// How one order is to be paid; the contract's `payment.method`.
enum class PaymentMethod { Counter, Card };

QString paymentModeCode(PaymentMode mode); // "counter" | "card" | "card_or_counter"
std::optional<PaymentMode> paymentModeFromCode(const QString &code);
QString paymentMethodCode(PaymentMethod method); // "counter" | "card"

// Where a card order stands on the kiosk (orders.payment_state). Counter orders have none.
enum class OrderPaymentState {
    AwaitingPayment, // "awaiting_payment": stored held, no completed attempt yet
    Paid,            // "paid": an attempt completed; the backend released it to the kitchen
    Counter,         // "counter": the customer gave up on the card; released to pay at the counter
    Abandoned,       // "abandoned": nobody paid; the held order is cancelled on the backend
};
QString orderPaymentStateCode(OrderPaymentState state);
std::optional<OrderPaymentState> orderPaymentStateFromCode(const QString &code);

// An attempt's status. The first is the kiosk's own (saved, the backend not yet known to have
// it); the next five are the contract's; Refused is the kiosk's own final word for a create the
// backend refused (terminal busy, order not held): nothing was ever charged.
enum class PaymentStatus { Saved, Pending, InProgress, Completed, Declined, Canceled, Refused };
QString paymentStatusCode(PaymentStatus status); // "saved", "pending", ..., "refused"
std::optional<PaymentStatus> paymentStatusFromCode(const QString &code);
bool isFinal(PaymentStatus status);

// Why the kiosk asks for a cancel: the customer (or a crash recovery) or the kiosk's timeout.
enum class PaymentCancelReason { SellerCanceled, TimedOut };
QString paymentCancelReasonCode(PaymentCancelReason reason); // "seller_canceled" | "timed_out"

struct CardSummary
{
    QString brand; // "VISA"
    QString last4; // "4242"

    bool operator==(const CardSummary &) const = default;
};

// The backend's view of a payment: GET /v1/payments/<id>, or its create/cancel answer.
struct PaymentReport
{
    PaymentStatus status = PaymentStatus::Pending; // never Saved or Refused
    QString reason;                                // "" | "buyer_canceled" | ... | decline text
    std::optional<CardSummary> card;               // when completed
    // What the backend asks the card for, when it says (Square: the order's total as Square
    // computed it); the payment page shows it in place of the kiosk's own total.
    std::optional<Cents> amount = std::nullopt;
};

// One attempt to charge a card for one held order, as the kiosk keeps it (payment_attempts).
struct PaymentAttempt
{
    QString id;        // UUID: the Idempotency-Key and the body's id, for every retry
    QString orderId;   // the held order's id
    QString orderNumber;
    Cents amount = 0;  // the order's total
    QString currency;
    QString terminalId;
    QDateTime createdAt; // UTC; also the body's created_at
    QByteArray body;     // the create request exactly as first saved: every create sends it
    PaymentStatus status = PaymentStatus::Saved;
    QString reason;      // the backend's reason, or the refusal's code for Refused
    std::optional<CardSummary> card;
    // The create may have reached the backend without the kiosk knowing (sent, answer lost; or
    // the kiosk restarted): the status must be read before anything else is sent.
    bool createUncertain = true;
    std::optional<PaymentCancelReason> cancelRequested; // set by the customer, timeout, recovery
    bool cancelSent = false;   // the cancel request reached the backend
    QDateTime updatedAt;       // the last change the kiosk recorded
    QString lastError;         // the last call's failure, for staff; "" when it succeeded

    bool isFinal() const { return kiosk::isFinal(status); }
};

// What to do next for an attempt that is not final.
struct PaymentStep
{
    enum class Kind {
        Create, // send the saved create (again)
        Read,   // GET the status
        Cancel, // ask for a cancel with `cancelReason`
        Done,   // final: nothing more to ask
    };
    Kind kind = Kind::Done;
    PaymentCancelReason cancelReason = PaymentCancelReason::SellerCanceled;
};

// The next call for `attempt`, given the time. `timeoutS` is payment.timeout_s: an attempt that
// is still open that long after it was saved gets a TimedOut cancel (once; then reads). Pure.
PaymentStep nextPaymentStep(const PaymentAttempt &attempt, const QDateTime &now, int timeoutS);

// Whether `attempt` has passed its time at the terminal (and should be cancelled, or, for staff,
// is overdue).
bool isOverdue(const PaymentAttempt &attempt, const QDateTime &now, int timeoutS);

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::PaymentAttempt)
