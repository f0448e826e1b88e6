#pragma once

#include "domain/money.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// What the adapter keeps of an order Square took (the outbox receipt of "order"; nothing else
// reads it). Compact JSON:
//   {"square_order_id": "...", "location_id": "...", "total_cents": 1234, "currency": "USD",
//    "loyalty_account_id": "..." (only with a loyalty claim), "reward_ids": ["..."] (created)}
// The held-order kinds and createPayment find the order again through it.
struct SquareOrderReceipt
{
    QString orderId;
    QString locationId;
    Cents totalCents = 0;
    QString currency;
    QString loyaltyAccountId;
    QStringList rewardIds;

    QByteArray toJson() const;
    // nullopt when `receipt` has no Square order id (say, a contract v1 receipt).
    static std::optional<SquareOrderReceipt> fromJson(const QByteArray &receipt);
};

// Square's Money as cents (0 when absent).
Cents squareAmount(const QJsonObject &parent, const QString &field);

// An order Square holds as paid: COMPLETED, or tenders that leave nothing due (an order with a
// fulfillment stays OPEN once paid, until the kitchen completes it).
bool squareOrderIsPaid(const QJsonObject &order);

} // namespace kiosk
