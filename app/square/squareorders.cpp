#include "square/squareorders.h"

#include "square/squareorderreceipt.h"
#include "square/squareorderrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString dollars(Cents cents)
{
    return u"$%1.%2"_s.arg(cents / 100).arg(qAbs(cents % 100), 2, 10, QChar(u'0'));
}

} // namespace

DeliveryOutcome squareDeliveryFailure(const SquareReply &reply, const QString &what)
{
    DeliveryOutcome outcome;
    const QString reason = what + u": "_s + reply.describe();
    switch (reply.kind()) {
    case SquareReply::Kind::RetryLater:
    case SquareReply::Kind::AuthFailed: // staff fix the token; the order must not fail for good
    case SquareReply::Kind::Mangled:    // it may have been taken: replay under the same key
    case SquareReply::Kind::Ok:
        outcome = DeliveryOutcome::retryLater(reason, reply.retryAfter());
        break;
    case SquareReply::Kind::KeyReused:
        outcome = DeliveryOutcome::rejected(reason, reply.http.body, u"idempotency_conflict"_s);
        break;
    case SquareReply::Kind::NotFound:
    case SquareReply::Kind::Refused:
        outcome = DeliveryOutcome::rejected(reason, reply.http.body, u"refused"_s);
        break;
    }
    reply.fill(outcome);
    return outcome;
}

SquareOrders::SquareOrders(SquareClient &client, const SyncSettings &settings)
    : m_client(client), m_settings(settings)
{
}

DeliveryOutcome SquareOrders::deliver(const Delivery &delivery)
{
    if (delivery.kind == u"order")
        return createOrder(delivery);
    if (delivery.kind == u"order_cancel" || delivery.kind == u"order_release")
        return cancelOrder(delivery, delivery.kind == u"order_release");
    if (delivery.kind == u"order_paid")
        return orderPaid(delivery);
    if (delivery.kind == u"feedback" || delivery.kind == u"assist") {
        // Square has no API for a customer's rating or a call for staff: both stay on the
        // kiosk (its database, diagnostics and the staff screen), delivered without a request.
        DeliveryOutcome outcome = DeliveryOutcome::delivered(R"({"square":"kept on the kiosk: Square has no API for it"})");
        return outcome;
    }
    if (delivery.kind == u"item_availability") {
        // Square's catalog has no pause with an end: a pause stays on this kiosk (docs/square.md).
        return DeliveryOutcome::rejected(
            u"not supported: Square has no way to pause an item until a time; the pause stays on this kiosk"_s,
            {}, u"not_supported"_s);
    }
    if (delivery.kind == loyaltyEnrolmentKind()) {
        // Square's loyalty API has no enrolment this adapter maps (a Square store cannot turn
        // loyalty.join on: the config refuses it); one queued anyway stops here, for staff.
        return DeliveryOutcome::rejected(u"not supported: the Square adapter cannot enrol a loyalty member"_s, {},
                                         u"not_supported"_s);
    }
    return DeliveryOutcome::rejected(u"the Square adapter does not deliver \"%1\""_s.arg(delivery.kind), {}, u"validation"_s);
}

DeliveryOutcome SquareOrders::createOrder(const Delivery &delivery)
{
    const QJsonObject kioskOrder = QJsonDocument::fromJson(delivery.body).object();
    QString error;
    const std::optional<QJsonObject> request = squareCreateOrder(kioskOrder, m_settings.square.locationId, &error);
    if (!request)
        return DeliveryOutcome::rejected(u"the order cannot go to Square: "_s + error, {}, u"validation"_s);
    const SquareReply created = m_client.post("/v2/orders", *request);
    if (!created.ok())
        return squareDeliveryFailure(created, u"Square did not take the order"_s);
    QJsonObject order = created.json.value(u"order"_s).toObject();
    SquareOrderReceipt receipt;
    receipt.orderId = order.value(u"id"_s).toString();
    receipt.locationId = m_settings.square.locationId;
    if (receipt.orderId.isEmpty())
        return squareDeliveryFailure(SquareReply{created.http, {}, {}}, u"Square's order answer has no id"_s);

    QList<OrderAdjustment> adjustments;
    const QJsonObject loyalty = kioskOrder.value(u"loyalty"_s).toObject();
    receipt.loyaltyAccountId = loyalty.value(u"member_id"_s).toString();
    QStringList tiers;
    for (const QJsonValue &tier : loyalty.value(u"reward_ids"_s).toArray())
        tiers.append(tier.toString());
    if (!receipt.loyaltyAccountId.isEmpty() && !tiers.isEmpty()) {
        DeliveryOutcome failure;
        const std::optional<QStringList> rewards = createRewards(kioskOrder.value(u"id"_s).toString(), receipt.orderId,
                                                                 receipt.loyaltyAccountId, tiers, &adjustments, &failure);
        if (!rewards)
            return failure;
        receipt.rewardIds = *rewards;
        if (!rewards->isEmpty()) {
            // A reward's discount changed the order: Square's total is the order's now.
            const SquareReply read = m_client.get("/v2/orders/" + receipt.orderId.toUtf8());
            if (!read.ok())
                return squareDeliveryFailure(read, u"Square did not give the order back"_s);
            order = read.json.value(u"order"_s).toObject();
        }
    }
    receipt.totalCents = squareAmount(order, u"total_money"_s);
    receipt.currency = order.value(u"total_money"_s).toObject().value(u"currency"_s).toString();
    const Cents kioskTotal = kioskOrder.value(u"total_cents"_s).toInteger();
    if (receipt.totalCents != kioskTotal) {
        adjustments.append(OrderAdjustment{u"total"_s, u"total"_s,
                                           u"Square computed %1, the kiosk %2"_s.arg(dollars(receipt.totalCents), dollars(kioskTotal)),
                                           receipt.totalCents - kioskTotal});
    }
    DeliveryOutcome outcome = DeliveryOutcome::delivered(receipt.toJson(), std::nullopt, adjustments);
    created.fill(outcome);
    return outcome;
}

std::optional<QStringList> SquareOrders::createRewards(const QString &kioskOrderId, const QString &orderId,
                                                       const QString &accountId, const QStringList &tierIds,
                                                       QList<OrderAdjustment> *adjustments, DeliveryOutcome *failure)
{
    QStringList created;
    for (const QString &tier : tierIds) {
        // Square locks the tier's points and adds its discount to the order; it redeems the
        // reward itself when the order is paid, so the kiosk never calls /redeem
        // (https://developer.squareup.com/docs/loyalty-api/loyalty-rewards).
        const QJsonObject body{
            {u"idempotency_key"_s, kioskOrderId + u"/reward/"_s + tier},
            {u"reward"_s, QJsonObject{{u"loyalty_account_id"_s, accountId}, {u"reward_tier_id"_s, tier}, {u"order_id"_s, orderId}}},
        };
        const SquareReply reply = m_client.post("/v2/loyalty/rewards", body);
        switch (reply.kind()) {
        case SquareReply::Kind::Ok:
            created.append(reply.json.value(u"reward"_s).toObject().value(u"id"_s).toString());
            break;
        case SquareReply::Kind::NotFound:
        case SquareReply::Kind::Refused:
        case SquareReply::Kind::KeyReused:
            adjustments->append(OrderAdjustment{u"reward"_s, tier, u"Square refused the reward: "_s + squareErrorWords(reply.errors), 0});
            break;
        default:
            *failure = squareDeliveryFailure(reply, u"Square did not take the order's reward"_s);
            return std::nullopt;
        }
    }
    return created;
}

} // namespace kiosk
