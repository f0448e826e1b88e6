#include "square/squareorderreceipt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

QByteArray SquareOrderReceipt::toJson() const
{
    QJsonObject json{{u"square_order_id"_s, orderId}, {u"location_id"_s, locationId},
                     {u"total_cents"_s, totalCents}, {u"currency"_s, currency}};
    if (!loyaltyAccountId.isEmpty()) {
        json.insert(u"loyalty_account_id"_s, loyaltyAccountId);
        json.insert(u"reward_ids"_s, QJsonArray::fromStringList(rewardIds));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<SquareOrderReceipt> SquareOrderReceipt::fromJson(const QByteArray &receipt)
{
    const QJsonObject json = QJsonDocument::fromJson(receipt).object();
    SquareOrderReceipt read;
    read.orderId = json.value(u"square_order_id"_s).toString();
    if (read.orderId.isEmpty())
        return std::nullopt;
    read.locationId = json.value(u"location_id"_s).toString();
    read.totalCents = json.value(u"total_cents"_s).toInteger();
    read.currency = json.value(u"currency"_s).toString();
    read.loyaltyAccountId = json.value(u"loyalty_account_id"_s).toString();
    for (const QJsonValue &id : json.value(u"reward_ids"_s).toArray())
        read.rewardIds.append(id.toString());
    return read;
}

Cents squareAmount(const QJsonObject &parent, const QString &field)
{
    return parent.value(field).toObject().value(u"amount"_s).toInteger();
}

bool squareOrderIsPaid(const QJsonObject &order)
{
    if (order.value(u"state"_s).toString() == u"COMPLETED")
        return true;
    return !order.value(u"tenders"_s).toArray().isEmpty() && squareAmount(order, u"net_amount_due_money"_s) == 0;
}

} // namespace kiosk
