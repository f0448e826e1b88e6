#pragma once

#include "squaresim/idempotency.h"
#include "squaresim/squarejson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace kiosk::squaresim {

class Catalog;
class Orders;

// The Loyalty and Customers APIs the kiosk uses: accounts by phone or customer, the customer's
// name, the program (reward tiers priced by catalog PRICING_RULE + DISCOUNT objects, SPEND
// accrual rules), rewards tied to an order and points accumulated for a paid order.
// https://developer.squareup.com/docs/loyalty-api/overview
class Loyalty
{
public:
    Loyalty(const Catalog &catalog, Orders &orders, QString locationId);
    void load(const QJsonObject &program, const QJsonArray &accounts, const QJsonArray &customers);

    Response searchAccounts(const QJsonObject &body) const;
    Response account(const QString &id) const;
    Response customer(const QString &id) const;
    Response program(const QString &id) const;
    Response createReward(const QJsonObject &body);
    Response deleteReward(const QString &id);
    Response retrieveReward(const QString &id) const;
    Response searchRewards(const QJsonObject &body) const;
    Response accumulate(const QString &accountId, const QJsonObject &body);

    // The order was paid: its rewards are REDEEMED.
    void orderPaid(const QString &orderId);

private:
    std::optional<QJsonObject> tier(const QString &tierId) const;
    // The discount a tier's pricing rule gives, as an order discount (name, type, amount).
    std::optional<QJsonObject> tierDiscount(const QJsonObject &tier) const;
    qint64 pointsFor(const QJsonObject &order) const;
    void addPoints(const QString &accountId, qint64 points);

    const Catalog &m_catalog;
    Orders &m_orders;
    QString m_locationId;
    QJsonObject m_program;
    QStringList m_accountIds;
    QHash<QString, QJsonObject> m_accounts;
    QHash<QString, QJsonObject> m_customers;
    QStringList m_rewardIds;
    QHash<QString, QJsonObject> m_rewards;
    QHash<QString, QJsonArray> m_accumulated; // order id -> the events that accumulated for it
    Idempotency m_keys;
};

} // namespace kiosk::squaresim
