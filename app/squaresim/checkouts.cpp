#include "squaresim/checkouts.h"

#include "squaresim/orders.h"
#include "squaresim/terminal.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

constexpr int MaxSearchLimit = 100;

bool isOpen(const QJsonObject &checkout)
{
    const QString status = checkout.value(u"status"_s).toString();
    return status == u"PENDING" || status == u"IN_PROGRESS" || status == u"CANCEL_REQUESTED";
}

} // namespace

Checkouts::Checkouts(Orders &orders, Terminal &terminal, QString locationId)
    : m_orders(orders), m_terminal(terminal), m_locationId(std::move(locationId))
{
}

Response Checkouts::create(const QJsonObject &body)
{
    const QString key = body.value(u"idempotency_key"_s).toString();
    if (auto known = m_keys.answer(u"CreateTerminalCheckout"_s, key, body, [this](const QString &id) { return get(id); }))
        return *known;

    const QJsonObject request = body.value(u"checkout"_s).toObject();
    const QString deviceId = request.value(u"device_options"_s).toObject().value(u"device_id"_s).toString();
    if (deviceId.isEmpty())
        return badRequest(u"MISSING_REQUIRED_PARAMETER"_s, u"Missing device_id."_s, u"checkout.device_options.device_id"_s);
    const QJsonObject amount = request.value(u"amount_money"_s).toObject();
    // The Terminal API takes no zero amount: 400 BAD_REQUEST "amount must be > 0" on
    // amount_money.amount (https://developer.squareup.com/forums/t/terminal-checkout-request-fails-for-tip-only-payment/21523).
    if (amountOf(amount) <= 0)
        return badRequest(u"BAD_REQUEST"_s, u"amount must be > 0"_s, u"checkout.amount_money.amount"_s);
    const QString orderId = request.value(u"order_id"_s).toString();
    if (!orderId.isEmpty()) {
        const std::optional<QJsonObject> order = m_orders.order(orderId);
        if (!order)
            return badRequest(u"NOT_FOUND"_s, u"Order `%1` not found."_s.arg(orderId), u"checkout.order_id"_s);
        if (order->value(u"state"_s).toString() != u"OPEN" || m_orders.isPaid(orderId))
            return badRequest(u"BAD_REQUEST"_s, u"Order `%1` is not open for payment."_s.arg(orderId), u"checkout.order_id"_s);
        // With an order, the checkout collects exactly what the order still owes. Square's
        // reference does not state the rule; its developer forums do ("The order total will
        // always have to match the payment total",
        // https://developer.squareup.com/forums/t/cad-cash-payment-rounding/2874; the error
        // reads "The payment total does not match the order total",
        // https://developer.squareup.com/forums/t/terminal-api-partial-payments-no-gift-cards/18067).
        // The code, BAD_REQUEST, is the simulator's guess.
        if (amount != order->value(u"net_amount_due_money"_s).toObject())
            return badRequest(u"BAD_REQUEST"_s, u"The payment total does not match the order total."_s,
                              u"checkout.amount_money"_s);
    }

    const qint64 now = nowMs();
    const TerminalOutcome outcome = m_terminal.takeNext(deviceId);
    Checkout checkout;
    checkout.planned = outcome.kind;
    checkout.createdMs = now;
    checkout.dueMs = now + outcome.afterMs;
    checkout.deadlineMs = now + DeadlineMs;
    checkout.json = request;
    const QString id = newSquareId(12);
    checkout.json.insert(u"id"_s, id);
    checkout.json.insert(u"status"_s, u"PENDING"_s);
    checkout.json.insert(u"deadline_duration"_s, u"PT5M"_s);
    checkout.json.insert(u"created_at"_s, rfc3339(now));
    checkout.json.insert(u"updated_at"_s, rfc3339(now));
    checkout.json.insert(u"app_id"_s, u"sq0idp-squaresim"_s);
    checkout.json.insert(u"location_id"_s, m_locationId);
    checkout.json.insert(u"payment_type"_s, u"CARD_PRESENT"_s);
    m_ids.append(id);
    m_checkouts.insert(id, checkout);
    m_keys.remember(u"CreateTerminalCheckout"_s, key, body, id);
    return squareJson(QJsonObject{{u"checkout"_s, checkout.json}});
}

Response Checkouts::get(const QString &id)
{
    settle();
    if (!m_checkouts.contains(id))
        return notFound(u"Terminal checkout `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"checkout"_s, m_checkouts.value(id).json}});
}

// A cancel is a request: the device acts on it a moment later, unless the buyer paid first.
Response Checkouts::cancel(const QString &id)
{
    settle();
    if (!m_checkouts.contains(id))
        return notFound(u"Terminal checkout `%1` not found."_s.arg(id));
    Checkout &checkout = m_checkouts[id];
    const QString status = checkout.json.value(u"status"_s).toString();
    if (status == u"COMPLETED")
        return badRequest(u"BAD_REQUEST"_s, u"Terminal checkout `%1` is COMPLETED and cannot be canceled."_s.arg(id));
    if (status == u"PENDING" || status == u"IN_PROGRESS") {
        const qint64 now = nowMs();
        const QString deviceId = checkout.json.value(u"device_options"_s).toObject().value(u"device_id"_s).toString();
        checkout.cancelDueMs = now + m_terminal.cancelAfterMs(deviceId);
        checkout.json.insert(u"status"_s, u"CANCEL_REQUESTED"_s);
        checkout.json.insert(u"updated_at"_s, rfc3339(now));
        settle(); // a device that acts at once
    }
    return squareJson(QJsonObject{{u"checkout"_s, m_checkouts.value(id).json}});
}

Response Checkouts::search(const QJsonObject &body)
{
    settle();
    const QJsonObject query = body.value(u"query"_s).toObject();
    const QJsonObject filter = query.value(u"filter"_s).toObject();
    const QString deviceId = filter.value(u"device_id"_s).toString();
    const QString status = filter.value(u"status"_s).toString();
    const QJsonObject range = filter.value(u"created_at"_s).toObject();
    qint64 from = std::numeric_limits<qint64>::min(), to = std::numeric_limits<qint64>::max();
    for (const auto &[key, target] : {std::pair{u"start_at"_s, &from}, {u"end_at"_s, &to}}) {
        if (!range.contains(key))
            continue;
        const std::optional<qint64> at = parseRfc3339(range.value(key).toString());
        if (!at)
            return badRequest(u"INVALID_VALUE"_s, u"Expected an RFC 3339 timestamp."_s, u"query.filter.created_at."_s + key);
        *target = *at;
    }
    const int limit = body.contains(u"limit"_s) ? body.value(u"limit"_s).toInt() : MaxSearchLimit;
    if (limit < 1 || limit > MaxSearchLimit)
        return badRequest(u"INVALID_VALUE"_s, u"limit must be from 1 to 100."_s, u"limit"_s);
    // Newest first unless sort_order is ASC (TerminalCheckoutQuerySort's default is DESC).
    const bool ascending = query.value(u"sort"_s).toObject().value(u"sort_order"_s).toString() == u"ASC";
    QJsonArray found;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const Checkout &checkout = m_checkouts.value(m_ids.at(ascending ? i : m_ids.size() - 1 - i));
        if (!deviceId.isEmpty() && checkout.json.value(u"device_options"_s).toObject().value(u"device_id"_s).toString() != deviceId)
            continue;
        if (!status.isEmpty() && checkout.json.value(u"status"_s).toString() != status)
            continue;
        if (checkout.createdMs < from || checkout.createdMs >= to)
            continue;
        found.append(checkout.json);
    }
    const std::optional<Page> page = pageOf(found, body.value(u"cursor"_s).toString(), limit);
    if (!page)
        return badRequest(u"INVALID_VALUE"_s, u"Invalid cursor."_s, u"cursor"_s);
    return squareJson(page->toJson(u"checkouts"_s));
}

Response Checkouts::payment(const QString &id)
{
    settle();
    if (!m_payments.contains(id))
        return notFound(u"Payment `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"payment"_s, m_payments.value(id)}});
}

QJsonArray Checkouts::all()
{
    settle();
    QJsonArray checkouts;
    for (const QString &id : std::as_const(m_ids))
        checkouts.append(m_checkouts.value(id).json);
    return checkouts;
}

void Checkouts::settle()
{
    const qint64 now = nowMs();
    for (const QString &id : std::as_const(m_ids)) {
        Checkout &checkout = m_checkouts[id];
        if (isOpen(checkout.json))
            apply(checkout, now);
    }
}

void Checkouts::apply(Checkout &checkout, qint64 now)
{
    qint64 endsAt = std::numeric_limits<qint64>::max();
    QString ending; // COMPLETED, or a cancel reason
    if (checkout.planned == u"approve" || checkout.planned == u"buyer_cancel") {
        endsAt = checkout.dueMs;
        ending = checkout.planned == u"approve" ? u"COMPLETED"_s : u"BUYER_CANCELED"_s;
    }
    if (checkout.cancelDueMs >= 0 && checkout.cancelDueMs < endsAt) {
        endsAt = checkout.cancelDueMs;
        ending = u"SELLER_CANCELED"_s;
    }
    if (checkout.deadlineMs < endsAt) {
        endsAt = checkout.deadlineMs;
        ending = u"TIMED_OUT"_s;
    }
    if (endsAt <= now) {
        checkout.json.insert(u"updated_at"_s, rfc3339(endsAt));
        if (ending == u"COMPLETED") {
            complete(checkout, endsAt);
        } else {
            checkout.json.insert(u"status"_s, u"CANCELED"_s);
            checkout.json.insert(u"cancel_reason"_s, ending);
        }
    } else if (checkout.json.value(u"status"_s).toString() == u"PENDING" && checkout.createdMs + ShowAfterMs <= now) {
        checkout.json.insert(u"status"_s, u"IN_PROGRESS"_s);
        checkout.json.insert(u"updated_at"_s, rfc3339(checkout.createdMs + ShowAfterMs));
    }
}

void Checkouts::complete(Checkout &checkout, qint64 atMs)
{
    const QString at = rfc3339(atMs);
    const QString paymentId = newSquareId(29);
    const QJsonObject amount = checkout.json.value(u"amount_money"_s).toObject();
    QJsonObject payment{
        {u"id"_s, paymentId},
        {u"created_at"_s, at},
        {u"updated_at"_s, at},
        {u"amount_money"_s, amount},
        {u"total_money"_s, amount},
        {u"approved_money"_s, amount},
        {u"status"_s, u"COMPLETED"_s},
        {u"source_type"_s, u"CARD"_s},
        {u"card_details"_s, QJsonObject{
            {u"status"_s, u"CAPTURED"_s},
            {u"card"_s, QJsonObject{{u"card_brand"_s, u"VISA"_s}, {u"last_4"_s, u"1111"_s}, {u"card_type"_s, u"CREDIT"_s}}},
            {u"entry_method"_s, u"EMV"_s},
        }},
        {u"location_id"_s, m_locationId},
        {u"terminal_checkout_id"_s, checkout.json.value(u"id"_s)},
    };
    for (const QString &key : {u"order_id"_s, u"reference_id"_s, u"note"_s}) {
        if (checkout.json.contains(key))
            payment.insert(key, checkout.json.value(key));
    }
    m_payments.insert(paymentId, payment);
    checkout.json.insert(u"status"_s, u"COMPLETED"_s);
    checkout.json.insert(u"payment_ids"_s, QJsonArray{paymentId});
    if (checkout.json.contains(u"order_id"_s))
        m_orders.pay(checkout.json.value(u"order_id"_s).toString(), payment, u"VISA"_s, u"1111"_s);
}

} // namespace kiosk::squaresim
