// squaresim's Loyalty and Customers APIs: lookup, rewards on an order, accumulation.
#include "squarecalls.h"

#include <QTest>

using namespace kiosk::test;
using namespace kiosk::test::seed;
using namespace Qt::StringLiterals;

namespace {

qint64 amount(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject().value(u"amount"_s).toInteger();
}

QString errorCode(const HttpResult &result)
{
    return result.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString();
}

} // namespace

class TestSquaresimLoyalty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsAccountByPhoneAndGreetsByName();
    void phoneMustBeE164();
    void programHasTwoTiers();
    void rewardLocksPointsAndDiscountsTheOrder();
    void percentageRewardAppliesToTheOrder();
    void rewardNeedsEnoughPoints();
    void accumulateOnlyForPaidOrderAndOnce();
    void cleanupTestCase();

private:
    qint64 balance(const QString &accountId);
    QJsonObject order(const QString &key);
    HttpResult reward(const QString &account, const QString &tier, const QString &orderId, const QString &key);
    void pay(const QJsonObject &order, const QString &key);

    SquareCalls m_square;
};

void TestSquaresimLoyalty::initTestCase()
{
    QString error;
    QVERIFY2(m_square.start({u"--terminal-auto"_s, u"approve:0"_s}, &error), qPrintable(error));
}

qint64 TestSquaresimLoyalty::balance(const QString &accountId)
{
    const HttpResult account = m_square.get(u"/v2/loyalty/accounts/"_s + accountId);
    return account.status == 200 ? account.json().value(u"loyalty_account"_s).toObject().value(u"balance"_s).toInteger() : -1;
}

QJsonObject TestSquaresimLoyalty::order(const QString &key)
{
    // 2 x Bacon Cheeseburger (10.49) + 8.25%: 20.98 + 1.73 = 22.71.
    return m_square.createOrder({{SquareCalls::variationId(u"Bacon Cheeseburger"_s, u"Regular"_s), 2}}, key);
}

HttpResult TestSquaresimLoyalty::reward(const QString &account, const QString &tier, const QString &orderId, const QString &key)
{
    return m_square.post(u"/v2/loyalty/rewards"_s, QJsonObject{
        {u"idempotency_key"_s, key},
        {u"reward"_s, QJsonObject{{u"loyalty_account_id"_s, account}, {u"reward_tier_id"_s, tier}, {u"order_id"_s, orderId}}},
    });
}

void TestSquaresimLoyalty::pay(const QJsonObject &order, const QString &key)
{
    const QJsonObject current = m_square.get(u"/v2/orders/"_s + order.value(u"id"_s).toString()).json().value(u"order"_s).toObject();
    const HttpResult created = m_square.post(u"/v2/terminals/checkouts"_s, QJsonObject{
        {u"idempotency_key"_s, key},
        {u"checkout"_s, QJsonObject{{u"amount_money"_s, current.value(u"net_amount_due_money"_s)},
                                    {u"order_id"_s, order.value(u"id"_s)},
                                    {u"device_options"_s, QJsonObject{{u"device_id"_s, u"dev-loyalty"_s}}}}},
    });
    QCOMPARE(created.status, 200);
    QCOMPARE(m_square.waitForCheckout(created.json().value(u"checkout"_s).toObject().value(u"id"_s).toString(), u"COMPLETED"_s)
                 .value(u"status"_s).toString(), u"COMPLETED"_s);
}

void TestSquaresimLoyalty::findsAccountByPhoneAndGreetsByName()
{
    const QJsonObject body{{u"query"_s, QJsonObject{{u"mappings"_s, QJsonArray{QJsonObject{{u"phone_number"_s, u"+15555550101"_s}}}}}}};
    const QJsonArray accounts = m_square.post(u"/v2/loyalty/accounts/search"_s, body).json().value(u"loyalty_accounts"_s).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts.first().toObject();
    QCOMPARE(account.value(u"id"_s).toString(), QString::fromLatin1(Amelia));
    QCOMPARE(account.value(u"balance"_s).toInt(), 120);
    const QJsonObject customer = m_square.get(u"/v2/customers/"_s + account.value(u"customer_id"_s).toString())
                                     .json().value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"given_name"_s).toString(), u"Amelia"_s);
    QCOMPARE(customer.value(u"family_name"_s).toString(), u"Earhart"_s);

    const QJsonObject unknown{{u"query"_s, QJsonObject{{u"mappings"_s, QJsonArray{QJsonObject{{u"phone_number"_s, u"+15555550199"_s}}}}}}};
    const HttpResult none = m_square.post(u"/v2/loyalty/accounts/search"_s, unknown);
    QCOMPARE(none.status, 200);
    QVERIFY(none.json().value(u"loyalty_accounts"_s).toArray().isEmpty());
}

void TestSquaresimLoyalty::phoneMustBeE164()
{
    const QJsonObject body{{u"query"_s, QJsonObject{{u"mappings"_s, QJsonArray{QJsonObject{{u"phone_number"_s, u"555-0101"_s}}}}}}};
    const HttpResult result = m_square.post(u"/v2/loyalty/accounts/search"_s, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), u"INVALID_VALUE"_s);
}

void TestSquaresimLoyalty::programHasTwoTiers()
{
    const QJsonObject program = m_square.get(u"/v2/loyalty/programs/main"_s).json().value(u"program"_s).toObject();
    const QJsonArray tiers = program.value(u"reward_tiers"_s).toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.at(0).toObject().value(u"points"_s).toInt(), 50);
    // The tier's discount: its pricing rule, and the DISCOUNT that names, in one request.
    const QString rule = tiers.at(0).toObject().value(u"pricing_rule_reference"_s).toObject().value(u"object_id"_s).toString();
    const HttpResult retrieved = m_square.get(u"/v2/catalog/object/"_s + rule + u"?include_related_objects=true"_s);
    QCOMPARE(retrieved.status, 200);
    QCOMPARE(retrieved.json().value(u"object"_s).toObject().value(u"type"_s).toString(), u"PRICING_RULE"_s);
    const QJsonObject discount = retrieved.json().value(u"related_objects"_s).toArray().first().toObject();
    QCOMPARE(discount.value(u"discount_data"_s).toObject().value(u"amount_money"_s).toObject().value(u"amount"_s).toInt(), 200);
    QCOMPARE(program.value(u"accrual_rules"_s).toArray().first().toObject().value(u"accrual_type"_s).toString(), u"SPEND"_s);
}

// $2 off: 20.98 - 2.00 = 18.98, + 8.25% = 1.56585 -> 1.57: 20.55. Deleting the reward gives
// the points back and the order its total.
void TestSquaresimLoyalty::rewardLocksPointsAndDiscountsTheOrder()
{
    const QJsonObject created = order(u"o-lock"_s);
    const QString orderPath = u"/v2/orders/"_s + created.value(u"id"_s).toString();
    QCOMPARE(amount(created, u"total_money"_s), 2271);
    const HttpResult issued = reward(QString::fromLatin1(Amelia), QString::fromLatin1(TwoDollarsOff), created.value(u"id"_s).toString(), u"r-lock"_s);
    QCOMPARE(issued.status, 200);
    const QJsonObject rewardJson = issued.json().value(u"reward"_s).toObject();
    QCOMPARE(rewardJson.value(u"status"_s).toString(), u"ISSUED"_s);
    QCOMPARE(rewardJson.value(u"points"_s).toInt(), 50);
    QCOMPARE(balance(QString::fromLatin1(Amelia)), 70);
    // The same request again is the same reward, and locks nothing more.
    QCOMPARE(reward(QString::fromLatin1(Amelia), QString::fromLatin1(TwoDollarsOff), created.value(u"id"_s).toString(), u"r-lock"_s)
                 .json().value(u"reward"_s).toObject().value(u"id"_s), rewardJson.value(u"id"_s));
    QCOMPARE(balance(QString::fromLatin1(Amelia)), 70);

    QJsonObject discounted = m_square.get(orderPath).json().value(u"order"_s).toObject();
    QCOMPARE(amount(discounted, u"total_discount_money"_s), 200);
    QCOMPARE(amount(discounted, u"total_money"_s), 2055);
    QCOMPARE(discounted.value(u"version"_s).toInt(), 2);
    QCOMPARE(discounted.value(u"rewards"_s).toArray().size(), 1);

    const QString rewardPath = u"/v2/loyalty/rewards/"_s + rewardJson.value(u"id"_s).toString();
    QCOMPARE(m_square.del(rewardPath).status, 200);
    QCOMPARE(balance(QString::fromLatin1(Amelia)), 120);
    QCOMPARE(m_square.get(rewardPath).json().value(u"reward"_s).toObject().value(u"status"_s).toString(), u"DELETED"_s);
    QCOMPARE(m_square.del(rewardPath).status, 400);
    const QJsonObject restored = m_square.get(orderPath).json().value(u"order"_s).toObject();
    QCOMPARE(amount(restored, u"total_money"_s), 2271);
    QCOMPARE(restored.value(u"version"_s).toInt(), 3);
    QVERIFY(!restored.contains(u"rewards"_s));
}

// 10% off 20.98 = 2.098 -> 2.10; 18.88 + 8.25% = 1.5576 -> 1.56: 20.44. Paying the order
// redeems the reward, which can no longer be deleted.
void TestSquaresimLoyalty::percentageRewardAppliesToTheOrder()
{
    const QJsonObject created = order(u"o-pct"_s);
    const HttpResult issued = reward(QString::fromLatin1(Amelia), QString::fromLatin1(TenPercentOff), created.value(u"id"_s).toString(), u"r-pct"_s);
    QCOMPARE(issued.status, 200);
    const QJsonObject discounted = m_square.get(u"/v2/orders/"_s + created.value(u"id"_s).toString()).json().value(u"order"_s).toObject();
    QCOMPARE(amount(discounted, u"total_discount_money"_s), 210);
    QCOMPARE(amount(discounted, u"total_money"_s), 2044);
    pay(created, u"pay-pct"_s);
    const QString rewardPath = u"/v2/loyalty/rewards/"_s + issued.json().value(u"reward"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(m_square.get(rewardPath).json().value(u"reward"_s).toObject().value(u"status"_s).toString(), u"REDEEMED"_s);
    QCOMPARE(m_square.del(rewardPath).status, 400);
    QCOMPARE(balance(QString::fromLatin1(Amelia)), 20);
}

void TestSquaresimLoyalty::rewardNeedsEnoughPoints()
{
    const QJsonObject created = order(u"o-poor"_s);
    const HttpResult refused = reward(QString::fromLatin1(Diego), QString::fromLatin1(TwoDollarsOff), created.value(u"id"_s).toString(), u"r-poor"_s);
    QCOMPARE(refused.status, 400);
    QCOMPARE(balance(QString::fromLatin1(Diego)), 40);
}

// 1 point per whole dollar before tax: 20.98 -> 20 points.
void TestSquaresimLoyalty::accumulateOnlyForPaidOrderAndOnce()
{
    const QJsonObject created = order(u"o-acc"_s);
    const QString path = u"/v2/loyalty/accounts/"_s + QString::fromLatin1(Diego) + u"/accumulate"_s;
    const auto accumulate = [&](const QString &key) {
        return m_square.post(path, QJsonObject{{u"idempotency_key"_s, key},
                                               {u"location_id"_s, QString::fromLatin1(SquaresimLocationId)},
                                               {u"accumulate_points"_s, QJsonObject{{u"order_id"_s, created.value(u"id"_s)}}}});
    };
    QCOMPARE(accumulate(u"acc-early"_s).status, 400);
    QCOMPARE(balance(QString::fromLatin1(Diego)), 40);
    pay(created, u"pay-acc"_s);
    const HttpResult earned = accumulate(u"acc-1"_s);
    QCOMPARE(earned.status, 200);
    const QJsonObject event = earned.json().value(u"events"_s).toArray().first().toObject();
    QCOMPARE(event.value(u"type"_s).toString(), u"ACCUMULATE_POINTS"_s);
    QCOMPARE(event.value(u"accumulate_points"_s).toObject().value(u"points"_s).toInt(), 20);
    QCOMPARE(balance(QString::fromLatin1(Diego)), 60);
    // A replay answers the same; a second accumulation for the order is refused.
    QCOMPARE(accumulate(u"acc-1"_s).json().value(u"events"_s).toArray().first().toObject().value(u"id"_s), event.value(u"id"_s));
    QCOMPARE(accumulate(u"acc-2"_s).status, 400);
    QCOMPARE(balance(QString::fromLatin1(Diego)), 60);
}

void TestSquaresimLoyalty::cleanupTestCase()
{
    const QJsonArray violations = m_square.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.first().toString()));
}

QTEST_GUILESS_MAIN(TestSquaresimLoyalty)
#include "tst_squaresimloyalty.moc"
