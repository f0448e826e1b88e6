#pragma once

#include "config/syncsettings.h"
#include "square/squareclient.h"
#include "sync/backendport.h"

#include <QDateTime>
#include <QHash>

namespace kiosk {

// Card payments on a Square Terminal (docs/square.md, "Payments"), under contract v1's rules
// (app/domain/payment.h). Square makes the checkout id, so a checkout carries the kiosk's
// attempt id as `reference_id` and is found again with SearchTerminalCheckouts before any
// create: a lost answer or a restart never makes a second checkout.
// - createPayment: the order's amount still owed (net_amount_due_money) is what the checkout
//   asks; Known(Pending, amount);
// - readPayment: the checkout's status (squareCheckoutReport), the card from its payment;
// - cancelPayment: a request (CANCEL_REQUESTED reads InProgress until the device acts).
// No answer, 429, 5xx and 401 are Unavailable (retryAfter kept).
class SquareTerminal
{
public:
    SquareTerminal(SquareClient &client, const SyncSettings &settings);

    PaymentOutcome createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt);
    PaymentOutcome readPayment(const QString &paymentId);
    PaymentOutcome cancelPayment(const QString &paymentId, PaymentCancelReason reason);

private:
    // The checkout made for `attemptId` ("" when there is none), or a failure to report.
    // `since`: the search starts a little before it (null: no time filter).
    std::optional<QString> findCheckout(const QString &attemptId, const QDateTime &since, PaymentOutcome *failure);
    PaymentOutcome report(const QString &attemptId, const SquareReply &reply);

    SquareClient &m_client;
    const SyncSettings &m_settings;
    QHash<QString, QString> m_checkoutOf;                   // attempt id -> checkout id
    QHash<QString, PaymentCancelReason> m_cancelRequested;  // attempt id -> why the kiosk canceled
};

// A failed reply as a payment outcome: Unavailable for what may pass (network, 429, 5xx,
// 401/403, mangled), Unknown for a 404, Refused (code "refused") for the rest.
PaymentOutcome squarePaymentFailure(const SquareReply &reply, const QString &what);

} // namespace kiosk
