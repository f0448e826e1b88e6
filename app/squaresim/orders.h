#pragma once

#include "squaresim/idempotency.h"
#include "squaresim/pricing.h"
#include "squaresim/squarejson.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace kiosk::squaresim {

class Catalog;

// The Orders API the kiosk uses: CreateOrder, RetrieveOrder, UpdateOrder (cancel, with the
// version check), CalculateOrder; and what payments and rewards do to an order.
class Orders
{
public:
    Orders(const Catalog &catalog, QString locationId, QString currency);

    Response create(const QJsonObject &body);
    Response retrieve(const QString &id) const;
    Response update(const QString &id, const QJsonObject &body);
    Response calculate(const QJsonObject &body) const;

    std::optional<QJsonObject> order(const QString &id) const;
    QJsonArray all() const; // oldest first
    bool isPaid(const QString &id) const;
    // A completed payment: a CARD tender; the order COMPLETED when it has no fulfillment (else
    // it stays OPEN for the kitchen), and `onPaid` told (rewards on it become REDEEMED).
    void pay(const QString &id, const QJsonObject &payment, const QString &brand, const QString &last4);
    void setOnPaid(std::function<void(const QString &orderId)> onPaid) { m_onPaid = std::move(onPaid); }
    // A loyalty reward's discount joins or leaves the order, which is priced again and whose
    // version goes up. nullopt with the error answer when the order cannot take it.
    std::optional<Response> addRewardDiscount(const QString &orderId, const QString &rewardId,
                                              const QString &rewardTierId, const QJsonObject &discount);
    void removeRewardDiscount(const QString &orderId, const QString &rewardId);

private:
    // The request's order with Square's checks (location, PICKUP fulfillment) and prices.
    std::optional<QJsonObject> priced(const QJsonObject &order, qint64 paid, Response *rejection) const;
    void reprice(QJsonObject *order);

    const Catalog &m_catalog;
    Pricing m_pricing;
    QString m_locationId;
    QString m_currency;
    QStringList m_ids; // in creation order
    QHash<QString, QJsonObject> m_orders;
    Idempotency m_keys;
    std::function<void(const QString &)> m_onPaid;
};

} // namespace kiosk::squaresim
