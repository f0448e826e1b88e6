#include "squaresim/orders.h"

#include "squaresim/catalog.h"

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

qint64 paidSoFar(const QJsonObject &order)
{
    qint64 paid = 0;
    for (const QJsonValue &tender : order.value(u"tenders"_s).toArray())
        paid += amountOf(tender.toObject().value(u"amount_money"_s));
    return paid;
}

// The fields Square computes or assigns: a client that sends them is refused
// ("read only", https://developer.squareup.com/reference/square/objects/Order).
const QStringList &readOnlyFields()
{
    static const QStringList fields{u"id"_s, u"created_at"_s, u"updated_at"_s, u"closed_at"_s, u"tenders"_s,
                                    u"total_money"_s, u"total_tax_money"_s, u"total_discount_money"_s,
                                    u"net_amounts"_s, u"net_amount_due_money"_s, u"rewards"_s};
    return fields;
}

} // namespace

Orders::Orders(const Catalog &catalog, QString locationId, QString currency)
    : m_catalog(catalog), m_pricing(catalog, locationId, currency), m_locationId(std::move(locationId)),
      m_currency(std::move(currency))
{
}

std::optional<QJsonObject> Orders::priced(const QJsonObject &order, qint64 paid, Response *rejection) const
{
    if (order.value(u"location_id"_s).toString() != m_locationId) {
        *rejection = badRequest(u"INVALID_VALUE"_s, u"Unknown location_id `%1`."_s.arg(order.value(u"location_id"_s).toString()),
                                u"order.location_id"_s);
        return std::nullopt;
    }
    for (const QString &key : readOnlyFields()) {
        if (order.contains(key)) {
            *rejection = badRequest(u"INVALID_VALUE"_s, u"Read-only field."_s, u"order."_s + key);
            return std::nullopt;
        }
    }
    // A PICKUP fulfillment needs pickup_details with a recipient (display_name, or a
    // customer_id), and a pickup_at unless schedule_type is ASAP; schedule_type defaults to
    // SCHEDULED (https://developer.squareup.com/docs/orders-api/fulfillments,
    // https://developer.squareup.com/reference/square/objects/FulfillmentPickupDetails).
    const QJsonArray fulfillments = order.value(u"fulfillments"_s).toArray();
    if (fulfillments.size() > 1) {
        *rejection = badRequest(u"INVALID_VALUE"_s, u"Only one fulfillment can be added to an order."_s, u"order.fulfillments"_s);
        return std::nullopt;
    }
    for (const QJsonValue &value : fulfillments) {
        const QJsonObject fulfillment = value.toObject();
        if (fulfillment.value(u"type"_s).toString() != u"PICKUP")
            continue;
        const QJsonObject pickup = fulfillment.value(u"pickup_details"_s).toObject();
        const QJsonObject recipient = pickup.value(u"recipient"_s).toObject();
        QString missing;
        if (recipient.value(u"display_name"_s).toString().isEmpty() && recipient.value(u"customer_id"_s).toString().isEmpty())
            missing = u"order.fulfillments[0].pickup_details.recipient.display_name"_s;
        else if (pickup.value(u"schedule_type"_s).toString(u"SCHEDULED"_s) == u"SCHEDULED" && !pickup.contains(u"pickup_at"_s))
            missing = u"order.fulfillments[0].pickup_details.pickup_at"_s;
        if (!missing.isEmpty()) {
            *rejection = badRequest(u"MISSING_REQUIRED_PARAMETER"_s, u"Missing required parameter."_s, missing);
            return std::nullopt;
        }
    }
    return m_pricing.price(order, paid, rejection);
}

Response Orders::create(const QJsonObject &body)
{
    const QString key = body.value(u"idempotency_key"_s).toString();
    if (!key.isEmpty()) {
        const auto replay = [this](const QString &id) { return squareJson(QJsonObject{{u"order"_s, m_orders.value(id)}}); };
        if (auto known = m_keys.answer(u"CreateOrder"_s, key, body, replay))
            return *known;
    }
    Response rejection;
    std::optional<QJsonObject> order = priced(body.value(u"order"_s).toObject(), 0, &rejection);
    if (!order)
        return rejection;
    const QString id = newSquareId(29);
    const QString now = rfc3339(nowMs());
    order->insert(u"id"_s, id);
    order->insert(u"created_at"_s, now);
    order->insert(u"updated_at"_s, now);
    order->insert(u"state"_s, u"OPEN"_s);
    order->insert(u"version"_s, 1);
    QJsonArray fulfillments = order->value(u"fulfillments"_s).toArray();
    for (qsizetype i = 0; i < fulfillments.size(); ++i) {
        QJsonObject fulfillment = fulfillments.at(i).toObject();
        if (!fulfillment.contains(u"uid"_s))
            fulfillment.insert(u"uid"_s, newSquareId(22));
        fulfillment.insert(u"state"_s, u"PROPOSED"_s);
        fulfillments.replace(i, fulfillment);
    }
    if (!fulfillments.isEmpty())
        order->insert(u"fulfillments"_s, fulfillments);
    m_ids.append(id);
    m_orders.insert(id, *order);
    if (!key.isEmpty())
        m_keys.remember(u"CreateOrder"_s, key, body, id);
    return squareJson(QJsonObject{{u"order"_s, *order}});
}

Response Orders::retrieve(const QString &id) const
{
    if (!m_orders.contains(id))
        return notFound(u"Order `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"order"_s, m_orders.value(id)}});
}

std::optional<QJsonObject> Orders::order(const QString &id) const
{
    if (!m_orders.contains(id))
        return std::nullopt;
    return m_orders.value(id);
}

QJsonArray Orders::all() const
{
    QJsonArray orders;
    for (const QString &id : m_ids)
        orders.append(m_orders.value(id));
    return orders;
}

bool Orders::isPaid(const QString &id) const
{
    const QJsonObject order = m_orders.value(id);
    return !order.isEmpty() && !order.value(u"tenders"_s).toArray().isEmpty()
        && amountOf(order.value(u"net_amount_due_money"_s)) == 0;
}

// The simulator updates what the kiosk changes: the state (to CANCELED), after Square's
// optimistic concurrency check on `version` (https://developer.squareup.com/docs/orders-api/manage-orders/update-orders).
Response Orders::update(const QString &id, const QJsonObject &body)
{
    if (!m_orders.contains(id))
        return notFound(u"Order `%1` not found."_s.arg(id));
    QJsonObject &order = m_orders[id];
    const QJsonObject sparse = body.value(u"order"_s).toObject();
    if (!sparse.contains(u"version"_s))
        return badRequest(u"MISSING_REQUIRED_PARAMETER"_s, u"The order's version is required to update it."_s, u"order.version"_s);
    if (sparse.value(u"version"_s).toInteger() != order.value(u"version"_s).toInteger())
        return badRequest(u"VERSION_MISMATCH"_s, u"The order's version does not match: it changed since you read it."_s,
                          u"order.version"_s);
    for (auto it = sparse.constBegin(); it != sparse.constEnd(); ++it) {
        if (it.key() != u"version" && it.key() != u"state" && it.key() != u"location_id")
            return badRequest(u"BAD_REQUEST"_s, u"The simulator updates only an order's state."_s, u"order."_s + it.key());
    }
    const QString state = sparse.value(u"state"_s).toString();
    if (!state.isEmpty()) {
        if (state != u"CANCELED")
            return badRequest(u"INVALID_VALUE"_s, u"The simulator moves orders to CANCELED only."_s, u"order.state"_s);
        if (order.value(u"state"_s).toString() != u"OPEN" || isPaid(id))
            return badRequest(u"BAD_REQUEST"_s, u"Only an OPEN order that is not paid can be canceled."_s, u"order.state"_s);
        const QString now = rfc3339(nowMs());
        order.insert(u"state"_s, state);
        order.insert(u"closed_at"_s, now);
        order.insert(u"updated_at"_s, now);
        order.insert(u"version"_s, order.value(u"version"_s).toInteger() + 1);
    }
    return squareJson(QJsonObject{{u"order"_s, order}});
}

Response Orders::calculate(const QJsonObject &body) const
{
    Response rejection;
    const std::optional<QJsonObject> order = priced(body.value(u"order"_s).toObject(), 0, &rejection);
    if (!order)
        return rejection;
    return squareJson(QJsonObject{{u"order"_s, *order}});
}

void Orders::reprice(QJsonObject *order)
{
    Response ignored;
    QJsonObject request = *order;
    // The line items keep the uids they have; the computed fields are computed again.
    for (const QString &key : readOnlyFields())
        request.remove(key);
    std::optional<QJsonObject> priced = m_pricing.price(request, paidSoFar(*order), &ignored);
    if (!priced)
        return; // the catalog changed under the order: it keeps its totals, as Square's do
    for (const QString &key : readOnlyFields()) {
        if (order->contains(key) && !priced->contains(key))
            priced->insert(key, order->value(key));
    }
    priced->insert(u"version"_s, order->value(u"version"_s).toInteger() + 1);
    priced->insert(u"updated_at"_s, rfc3339(nowMs()));
    *order = *priced;
}

std::optional<Response> Orders::addRewardDiscount(const QString &orderId, const QString &rewardId,
                                                  const QString &rewardTierId, const QJsonObject &discount)
{
    if (!m_orders.contains(orderId))
        return notFound(u"Order `%1` not found."_s.arg(orderId));
    QJsonObject &order = m_orders[orderId];
    if (order.value(u"state"_s).toString() != u"OPEN" || isPaid(orderId))
        return badRequest(u"BAD_REQUEST"_s, u"A reward can be added to an OPEN order that is not paid only."_s,
                          u"reward.order_id"_s);
    QJsonArray discounts = order.value(u"discounts"_s).toArray();
    QJsonObject withReward = discount;
    withReward.insert(u"uid"_s, newSquareId(22));
    withReward.insert(u"scope"_s, u"ORDER"_s);
    withReward.insert(u"reward_ids"_s, QJsonArray{rewardId});
    discounts.append(withReward);
    order.insert(u"discounts"_s, discounts);
    QJsonArray rewards = order.value(u"rewards"_s).toArray();
    rewards.append(QJsonObject{{u"id"_s, rewardId}, {u"reward_tier_id"_s, rewardTierId}});
    order.insert(u"rewards"_s, rewards);
    reprice(&order);
    return std::nullopt;
}

void Orders::removeRewardDiscount(const QString &orderId, const QString &rewardId)
{
    if (!m_orders.contains(orderId))
        return;
    QJsonObject &order = m_orders[orderId];
    QJsonArray discounts, rewards;
    for (const QJsonValue &value : order.value(u"discounts"_s).toArray()) {
        if (!value.toObject().value(u"reward_ids"_s).toArray().contains(QJsonValue(rewardId)))
            discounts.append(value);
    }
    for (const QJsonValue &value : order.value(u"rewards"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() != rewardId)
            rewards.append(value);
    }
    for (const auto &[key, array] : {std::pair{u"discounts"_s, discounts}, {u"rewards"_s, rewards}}) {
        if (array.isEmpty())
            order.remove(key);
        else
            order.insert(key, array);
    }
    reprice(&order);
}

void Orders::pay(const QString &id, const QJsonObject &payment, const QString &brand, const QString &last4)
{
    if (!m_orders.contains(id))
        return;
    QJsonObject &order = m_orders[id];
    const QString now = rfc3339(nowMs());
    QJsonArray tenders = order.value(u"tenders"_s).toArray();
    tenders.append(QJsonObject{
        {u"id"_s, payment.value(u"id"_s)},
        {u"location_id"_s, m_locationId},
        {u"transaction_id"_s, id},
        {u"created_at"_s, now},
        {u"amount_money"_s, payment.value(u"amount_money"_s)},
        {u"type"_s, u"CARD"_s},
        {u"card_details"_s, QJsonObject{{u"status"_s, u"CAPTURED"_s}, {u"entry_method"_s, u"EMV"_s},
                                        {u"card"_s, QJsonObject{{u"card_brand"_s, brand}, {u"last_4"_s, last4}}}}},
        {u"payment_id"_s, payment.value(u"id"_s)},
    });
    order.insert(u"tenders"_s, tenders);
    const qint64 due = std::max<qint64>(amountOf(order.value(u"total_money"_s)) - paidSoFar(order), 0);
    order.insert(u"net_amount_due_money"_s, money(due, m_currency));
    // Paid in full with no fulfillment, an order is COMPLETED; with one it stays OPEN until the
    // seller completes the fulfillment (Square's forums:
    // https://developer.squareup.com/forums/t/orders-with-fulfillment-dashboard-behavior/18972).
    if (due == 0 && order.value(u"fulfillments"_s).toArray().isEmpty()) {
        order.insert(u"state"_s, u"COMPLETED"_s);
        order.insert(u"closed_at"_s, now);
    }
    order.insert(u"updated_at"_s, now);
    order.insert(u"version"_s, order.value(u"version"_s).toInteger() + 1);
    if (due == 0 && m_onPaid)
        m_onPaid(id);
}

} // namespace kiosk::squaresim
