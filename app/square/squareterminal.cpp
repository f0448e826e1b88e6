#include "square/squareterminal.h"

#include "square/squarecheckoutstatus.h"
#include "square/squareorderreceipt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// How far before the attempt's own time a search for its checkout starts: the kiosk's clock and
// Square's may differ a little.
constexpr qint64 SearchSlackS = 600;
// A search pages through at most this many pages (100 checkouts each) of the device's checkouts.
constexpr int MaxSearchPages = 20;

PaymentOutcome refused(const QString &code, const QString &reason)
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Refused{code, reason};
    return outcome;
}

PaymentOutcome known(PaymentReport report)
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Known{std::move(report)};
    return outcome;
}

// A contract-like code for CreateTerminalCheckout's 400 by the field Square names.
QString createRefusalCode(const SquareReply &reply)
{
    for (const SquareError &error : reply.errors) {
        if (error.field.contains(u"amount_money"_s))
            return u"amount_mismatch"_s;
        if (error.field.contains(u"order_id"_s))
            return u"order_not_held"_s;
    }
    return u"refused"_s;
}

} // namespace

PaymentOutcome squarePaymentFailure(const SquareReply &reply, const QString &what)
{
    PaymentOutcome outcome;
    const QString reason = what + u": "_s + reply.describe();
    switch (reply.kind()) {
    case SquareReply::Kind::NotFound:
        outcome.result = PaymentOutcome::Unknown{};
        break;
    case SquareReply::Kind::Refused:
        outcome.result = PaymentOutcome::Refused{u"refused"_s, reason};
        break;
    default: // RetryLater, AuthFailed, Mangled; KeyReused: the checkout exists, read it
        outcome.result = PaymentOutcome::Unavailable{reason, reply.retryAfter()};
        break;
    }
    reply.fill(outcome);
    return outcome;
}

SquareTerminal::SquareTerminal(SquareClient &client, const SyncSettings &settings)
    : m_client(client), m_settings(settings)
{
}

std::optional<QString> SquareTerminal::findCheckout(const QString &attemptId, const QDateTime &since, PaymentOutcome *failure)
{
    if (m_checkoutOf.contains(attemptId))
        return m_checkoutOf.value(attemptId);
    QJsonObject filter{{u"device_id"_s, m_settings.square.deviceId}};
    if (since.isValid()) {
        filter.insert(u"created_at"_s, QJsonObject{{u"start_at"_s, since.toUTC().addSecs(-SearchSlackS).toString(Qt::ISODate)}});
    }
    QString cursor;
    for (int page = 0; page < MaxSearchPages; ++page) {
        QJsonObject body{{u"query"_s, QJsonObject{{u"filter"_s, filter}, {u"sort"_s, QJsonObject{{u"sort_order"_s, u"DESC"_s}}}}},
                         {u"limit"_s, 100}};
        if (!cursor.isEmpty())
            body.insert(u"cursor"_s, cursor);
        const SquareReply reply = m_client.post("/v2/terminals/checkouts/search", body);
        if (!reply.ok()) {
            *failure = squarePaymentFailure(reply, u"Square did not search the terminal's checkouts"_s);
            if (std::holds_alternative<PaymentOutcome::Unknown>(failure->result))
                failure->result = PaymentOutcome::Unavailable{u"Square did not search the terminal's checkouts: HTTP 404"_s};
            return std::nullopt;
        }
        for (const QJsonValue &value : reply.json.value(u"checkouts"_s).toArray()) {
            const QJsonObject checkout = value.toObject();
            if (checkout.value(u"reference_id"_s).toString() == attemptId) {
                m_checkoutOf.insert(attemptId, checkout.value(u"id"_s).toString());
                return m_checkoutOf.value(attemptId);
            }
        }
        cursor = reply.json.value(u"cursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    return QString();
}

PaymentOutcome SquareTerminal::createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt)
{
    const std::optional<SquareOrderReceipt> receipt = SquareOrderReceipt::fromJson(orderReceipt);
    if (!receipt)
        return refused(u"order_not_held"_s, u"the order's receipt names no Square order"_s);
    // A checkout made for this attempt already (its answer lost, the kiosk restarted) is the
    // attempt's: never a second one.
    PaymentOutcome failure;
    const std::optional<QString> existing = findCheckout(attempt.id, attempt.createdAt, &failure);
    if (!existing)
        return failure;
    if (!existing->isEmpty()) {
        const SquareReply read = m_client.get("/v2/terminals/checkouts/" + existing->toUtf8());
        if (!read.ok())
            return squarePaymentFailure(read, u"Square did not give the checkout"_s);
        PaymentReport report;
        report.amount = squareAmount(read.json.value(u"checkout"_s).toObject(), u"amount_money"_s);
        PaymentOutcome outcome = known(report); // a create's answer is Pending; reads say more
        read.fill(outcome);
        return outcome;
    }

    // What the order still owes is what the checkout must ask: Square refuses any other amount
    // for a checkout tied to an order (net_amount_due_money,
    // https://developer.squareup.com/reference/square/objects/Order).
    const SquareReply read = m_client.get("/v2/orders/" + receipt->orderId.toUtf8());
    if (!read.ok()) {
        PaymentOutcome outcome = squarePaymentFailure(read, u"Square did not give the order"_s);
        if (std::holds_alternative<PaymentOutcome::Unknown>(outcome.result))
            outcome.result = PaymentOutcome::Refused{u"order_not_held"_s, u"Square has no such order"_s};
        return outcome;
    }
    const QJsonObject order = read.json.value(u"order"_s).toObject();
    const Cents due = squareAmount(order, u"net_amount_due_money"_s);
    if (squareOrderIsPaid(order) || (due <= 0 && order.value(u"state"_s).toString() == u"OPEN"))
        return refused(u"order_already_paid"_s, u"the order is paid in Square already"_s);
    if (order.value(u"state"_s).toString() != u"OPEN")
        return refused(u"order_not_held"_s, u"the Square order is %1"_s.arg(order.value(u"state"_s).toString()));

    const QJsonObject checkout{
        {u"amount_money"_s, QJsonObject{{u"amount"_s, due}, {u"currency"_s, order.value(u"net_amount_due_money"_s).toObject().value(u"currency"_s)}}},
        {u"order_id"_s, receipt->orderId},
        {u"reference_id"_s, attempt.id},
        {u"note"_s, u"Order "_s + attempt.orderNumber},
        // No tip at a counter-service kiosk; no deadline_duration (deprecated): the kiosk's
        // payment.timeout_s cancels.
        {u"device_options"_s, QJsonObject{{u"device_id"_s, m_settings.square.deviceId},
                                          {u"tip_settings"_s, QJsonObject{{u"allow_tipping"_s, false}}}}},
    };
    const SquareReply created = m_client.post("/v2/terminals/checkouts",
                                              QJsonObject{{u"idempotency_key"_s, attempt.id}, {u"checkout"_s, checkout}});
    if (created.kind() == SquareReply::Kind::Refused)
        return refused(createRefusalCode(created), u"Square refused the checkout: "_s + squareErrorWords(created.errors));
    if (!created.ok())
        return squarePaymentFailure(created, u"Square did not take the checkout"_s);
    m_checkoutOf.insert(attempt.id, created.json.value(u"checkout"_s).toObject().value(u"id"_s).toString());
    PaymentReport report;
    report.amount = due;
    PaymentOutcome outcome = known(report);
    created.fill(outcome);
    return outcome;
}

PaymentOutcome SquareTerminal::report(const QString &attemptId, const SquareReply &reply)
{
    const QJsonObject checkout = reply.json.value(u"checkout"_s).toObject();
    const std::optional<PaymentReport> mapped = squareCheckoutReport(
        checkout, m_cancelRequested.contains(attemptId) ? std::optional(m_cancelRequested.value(attemptId)) : std::nullopt);
    if (!mapped) {
        PaymentOutcome outcome;
        outcome.result = PaymentOutcome::Unavailable{u"Square's checkout has an unknown status %1"_s.arg(checkout.value(u"status"_s).toString())};
        reply.fill(outcome);
        return outcome;
    }
    PaymentReport result = *mapped;
    if (result.status == PaymentStatus::Completed) {
        // The brand and last four digits for the ticket come from the payment.
        const QString paymentId = checkout.value(u"payment_ids"_s).toArray().first().toString();
        const SquareReply payment = m_client.get("/v2/payments/" + paymentId.toUtf8());
        if (payment.kind() == SquareReply::Kind::RetryLater || payment.kind() == SquareReply::Kind::AuthFailed)
            return squarePaymentFailure(payment, u"Square did not give the checkout's payment"_s);
        const QJsonObject card = payment.json.value(u"payment"_s).toObject().value(u"card_details"_s).toObject().value(u"card"_s).toObject();
        if (!card.isEmpty())
            result.card = CardSummary{card.value(u"card_brand"_s).toString(), card.value(u"last_4"_s).toString()};
    }
    PaymentOutcome outcome = known(result);
    reply.fill(outcome);
    return outcome;
}

PaymentOutcome SquareTerminal::readPayment(const QString &paymentId)
{
    PaymentOutcome failure;
    const std::optional<QString> checkoutId = findCheckout(paymentId, {}, &failure);
    if (!checkoutId)
        return failure;
    if (checkoutId->isEmpty())
        return PaymentOutcome{{}, PaymentOutcome::Unknown{}}; // the create goes again; it searches first
    const SquareReply read = m_client.get("/v2/terminals/checkouts/" + checkoutId->toUtf8());
    if (!read.ok())
        return squarePaymentFailure(read, u"Square did not give the checkout"_s);
    return report(paymentId, read);
}

PaymentOutcome SquareTerminal::cancelPayment(const QString &paymentId, PaymentCancelReason reason)
{
    PaymentOutcome failure;
    const std::optional<QString> checkoutId = findCheckout(paymentId, {}, &failure);
    if (!checkoutId)
        return failure;
    if (checkoutId->isEmpty())
        return PaymentOutcome{{}, PaymentOutcome::Unknown{}};
    m_cancelRequested.insert(paymentId, reason);
    const SquareReply cancel = m_client.post("/v2/terminals/checkouts/" + checkoutId->toUtf8() + "/cancel");
    // Refused: too late, the buyer paid (or it ended otherwise): what it came to is the answer.
    if (cancel.kind() == SquareReply::Kind::Refused)
        return readPayment(paymentId);
    if (!cancel.ok())
        return squarePaymentFailure(cancel, u"Square did not take the cancel"_s);
    return report(paymentId, cancel);
}

} // namespace kiosk
