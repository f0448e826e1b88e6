// SquareOrders' held-order deliveries: a cancel (or a release, which with Square is the same)
// and the paid notice that accumulates loyalty points.

#include "square/squareorderreceipt.h"
#include "square/squareorders.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

DeliveryOutcome noSquareOrder(const QString &kind)
{
    return DeliveryOutcome::rejected(u"%1: the order's receipt names no Square order (was it sent through Square?)"_s.arg(kind), {},
                                     u"order_not_held"_s);
}

QByteArray cancelReceipt(const QString &orderId, bool released, const QString &note)
{
    QJsonObject json{{u"square_order_id"_s, orderId}, {u"state"_s, u"CANCELED"_s}};
    if (released)
        json.insert(u"note"_s, u"release: with Square the customer orders at the counter instead; the kiosk's order is canceled"_s);
    if (!note.isEmpty())
        json.insert(u"already"_s, note);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

// A held order nobody paid for: its ISSUED rewards deleted (their points go back to the
// account and their discounts leave the order; one gone already is fine), then the order
// CANCELED at its current version (UpdateOrder's optimistic concurrency: VERSION_MISMATCH means
// read again, https://developer.squareup.com/docs/orders-api/manage-orders/update-orders).
DeliveryOutcome SquareOrders::cancelOrder(const Delivery &delivery, bool released)
{
    const std::optional<SquareOrderReceipt> receipt = SquareOrderReceipt::fromJson(delivery.orderReceipt);
    if (!receipt)
        return noSquareOrder(delivery.kind);
    const QByteArray path = "/v2/orders/" + receipt->orderId.toUtf8();
    bool rewardsDeleted = false;
    bool refusedOnce = false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const SquareReply read = m_client.get(path);
        if (!read.ok())
            return squareDeliveryFailure(read, u"Square did not give the order to cancel"_s);
        const QJsonObject order = read.json.value(u"order"_s).toObject();
        if (order.value(u"state"_s).toString() == u"CANCELED") {
            DeliveryOutcome outcome = DeliveryOutcome::delivered(cancelReceipt(receipt->orderId, released, u"canceled before"_s));
            read.fill(outcome);
            return outcome;
        }
        if (squareOrderIsPaid(order)) {
            // The sync worker records it as paid elsewhere (the Square point of sale).
            DeliveryOutcome outcome = DeliveryOutcome::rejected(u"the order is paid in Square already"_s, read.http.body,
                                                                u"order_already_paid"_s);
            read.fill(outcome);
            return outcome;
        }
        if (!rewardsDeleted) {
            for (const QString &reward : receipt->rewardIds) {
                const SquareReply deleted = m_client.deleteResource("/v2/loyalty/rewards/" + reward.toUtf8());
                // Gone already (deleted by an earlier try) or no longer ISSUED is fine: the
                // order's own state decides what happens next.
                if (deleted.kind() == SquareReply::Kind::RetryLater || deleted.kind() == SquareReply::Kind::AuthFailed)
                    return squareDeliveryFailure(deleted, u"Square did not delete the order's reward"_s);
            }
            rewardsDeleted = true;
            continue; // deleting a reward changes the order's version: read it again
        }
        const QJsonObject body{{u"order"_s, QJsonObject{{u"location_id"_s, order.value(u"location_id"_s)},
                                                          {u"version"_s, order.value(u"version"_s)},
                                                          {u"state"_s, u"CANCELED"_s}}}};
        const SquareReply updated = m_client.put(path, body);
        if (updated.ok()) {
            DeliveryOutcome outcome = DeliveryOutcome::delivered(cancelReceipt(receipt->orderId, released, {}));
            updated.fill(outcome);
            return outcome;
        }
        // Changed since it was read (a reward, a payment): read again and decide again; a
        // refusal gets one more read too, which says whether it was paid meanwhile.
        if (hasSquareErrorCode(updated.errors, u"VERSION_MISMATCH"_s))
            continue;
        if (updated.kind() == SquareReply::Kind::Refused && !refusedOnce) {
            refusedOnce = true;
            continue;
        }
        return squareDeliveryFailure(updated, u"Square did not cancel the order"_s);
    }
    return DeliveryOutcome::retryLater(u"the Square order kept changing while the kiosk canceled it"_s);
}

// Points for a paid order, by order id, when the order carried a loyalty account
// (https://developer.squareup.com/reference/square/loyalty-api/accumulate-loyalty-points).
DeliveryOutcome SquareOrders::orderPaid(const Delivery &delivery)
{
    const std::optional<SquareOrderReceipt> receipt = SquareOrderReceipt::fromJson(delivery.orderReceipt);
    if (!receipt)
        return noSquareOrder(delivery.kind);
    if (receipt->loyaltyAccountId.isEmpty())
        return DeliveryOutcome::delivered(R"({"points":0,"note":"no loyalty account on the order"})");
    const QJsonObject body{
        {u"idempotency_key"_s, delivery.key + u"/accumulate"_s},
        {u"accumulate_points"_s, QJsonObject{{u"order_id"_s, receipt->orderId}}},
        {u"location_id"_s, m_settings.square.locationId},
    };
    const SquareReply reply = m_client.post("/v2/loyalty/accounts/" + receipt->loyaltyAccountId.toUtf8() + "/accumulate", body);
    if (!reply.ok())
        return squareDeliveryFailure(reply, u"Square did not accumulate the order's points"_s);
    int points = 0;
    for (const QJsonValue &event : reply.json.value(u"events"_s).toArray())
        points += event.toObject().value(u"accumulate_points"_s).toObject().value(u"points"_s).toInt();
    DeliveryOutcome outcome = DeliveryOutcome::delivered(
        QJsonDocument(QJsonObject{{u"square_order_id"_s, receipt->orderId}, {u"points"_s, points}}).toJson(QJsonDocument::Compact), points);
    reply.fill(outcome);
    return outcome;
}

} // namespace kiosk
