// squaresim's Orders API: Square's arithmetic, idempotency, refusals and the version check.
#include "squarecalls.h"

#include <QTest>

using namespace kiosk::test;
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

QString errorField(const HttpResult &result)
{
    return result.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString();
}

} // namespace

class TestSquaresimOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createComputesSquaresTotals();
    void taxesRoundHalfToEven();
    void orderTaxesRoundOncePerTax();
    void calculateMatchesCreate();
    void sameKeySameBodyIsTheSameOrder();
    void sameKeyOtherBodyIsRefused();
    void refusesWhatCannotBeSold_data();
    void refusesWhatCannotBeSold();
    void pickupNeedsRecipient();
    void cancelChecksTheVersion();
    void cleanupTestCase();

private:
    QJsonObject orderBody(const QJsonArray &lines) const;

    SquareCalls m_square;
};

void TestSquaresimOrders::initTestCase()
{
    QString error;
    QVERIFY2(m_square.start({}, &error), qPrintable(error));
}

QJsonObject TestSquaresimOrders::orderBody(const QJsonArray &lines) const
{
    return QJsonObject{{u"location_id"_s, QString::fromLatin1(SquaresimLocationId)}, {u"line_items"_s, lines},
                       {u"pricing_options"_s, QJsonObject{{u"auto_apply_taxes"_s, true}}}};
}

// 2 x Classic Burger Single (8.99) with Bacon (1.50): gross 20.98, Sales Tax 8.25% ADDITIVE =
// 1.73085 -> 1.73; 1 Fountain Soda Small (2.49), Beverage Tax 5% INCLUSIVE = 2.49 x 5/105 =
// 0.11857 -> 0.12 (inside the price). Total 20.98 + 1.73 + 2.49 = 25.20, tax 1.85.
void TestSquaresimOrders::createComputesSquaresTotals()
{
    const QJsonArray lines{
        QJsonObject{{u"catalog_object_id"_s, SquareCalls::variationId(u"Classic Burger"_s, u"Single"_s)},
                    {u"quantity"_s, u"2"_s},
                    {u"modifiers"_s, QJsonArray{QJsonObject{{u"catalog_object_id"_s, SquareCalls::modifierId(u"Extras"_s, u"Bacon"_s)}}}}},
        QJsonObject{{u"catalog_object_id"_s, SquareCalls::variationId(u"Fountain Soda"_s, u"Small"_s)}, {u"quantity"_s, u"1"_s}},
    };
    const HttpResult result = m_square.post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, u"totals-1"_s}, {u"order"_s, orderBody(lines)}});
    QCOMPARE(result.status, 200);
    const QJsonObject order = result.json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"state"_s).toString(), u"OPEN"_s);
    QCOMPARE(order.value(u"version"_s).toInt(), 1);
    QCOMPARE(amount(order, u"total_money"_s), 2520);
    QCOMPARE(amount(order, u"total_tax_money"_s), 185);
    QCOMPARE(amount(order, u"net_amount_due_money"_s), 2520);
    const QJsonArray items = order.value(u"line_items"_s).toArray();
    QCOMPARE(amount(items.at(0).toObject(), u"gross_sales_money"_s), 2098);
    QCOMPARE(amount(items.at(0).toObject(), u"total_tax_money"_s), 173);
    QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), u"Classic Burger"_s);
    QCOMPARE(items.at(0).toObject().value(u"variation_name"_s).toString(), u"Single"_s);
    QCOMPARE(amount(items.at(1).toObject(), u"total_tax_money"_s), 12);
    QCOMPARE(amount(items.at(1).toObject(), u"total_money"_s), 249);
    QCOMPARE(order.value(u"taxes"_s).toArray().size(), 2);
}

// Bankers' rounding (https://developer.squareup.com/docs/orders-api/price-adjustments):
// 2.00 x 8.25% = 0.165 -> 0.16; 6.00 x 8.25% = 0.495 -> 0.50.
void TestSquaresimOrders::taxesRoundHalfToEven()
{
    const QString salesTax = SquareCalls::catalogId(u"TAX"_s, u"Sales Tax"_s);
    for (const auto &[price, tax] : {std::pair{200, 16}, {600, 50}}) {
        QJsonObject order = orderBody(QJsonArray{QJsonObject{
            {u"name"_s, u"Custom"_s}, {u"quantity"_s, u"1"_s},
            {u"base_price_money"_s, QJsonObject{{u"amount"_s, price}, {u"currency"_s, u"USD"_s}}}}});
        order.insert(u"taxes"_s, QJsonArray{QJsonObject{{u"catalog_object_id"_s, salesTax}, {u"scope"_s, u"ORDER"_s}}});
        const HttpResult result = m_square.post(u"/v2/orders/calculate"_s, QJsonObject{{u"order"_s, order}});
        QCOMPARE(result.status, 200);
        QCOMPARE(amount(result.json().value(u"order"_s).toObject(), u"total_tax_money"_s), tax);
    }
}

// ORDER-scoped taxes are computed once on the lines they apply to and rounded once
// (https://developer.squareup.com/docs/international-development/japan-order-calculation);
// a line blocks a tax with pricing_blocklists. Bacon Cheeseburger 10.49 + Mushroom Swiss 10.99:
// 21.48 x 8.25% = 1.7721 -> 1.77 (per line 0.87 + 0.91 = 1.78); Fountain Soda Small 2.49 blocks
// the Sales Tax, the burgers block the Beverage Tax (2.49 x 5/105 = 0.1186 -> 0.12, inside).
void TestSquaresimOrders::orderTaxesRoundOncePerTax()
{
    const QString salesTax = SquareCalls::catalogId(u"TAX"_s, u"Sales Tax"_s);
    const QString beverageTax = SquareCalls::catalogId(u"TAX"_s, u"Beverage Tax (included)"_s);
    const auto line = [](const QString &variation, const QString &blocked) {
        return QJsonObject{{u"catalog_object_id"_s, variation}, {u"quantity"_s, u"1"_s},
                           {u"pricing_blocklists"_s, QJsonObject{{u"blocked_taxes"_s, QJsonArray{QJsonObject{{u"tax_catalog_object_id"_s, blocked}}}}}}};
    };
    QJsonObject order{{u"location_id"_s, QString::fromLatin1(SquaresimLocationId)},
                      {u"line_items"_s, QJsonArray{line(SquareCalls::variationId(u"Bacon Cheeseburger"_s, u"Regular"_s), beverageTax),
                                                   line(SquareCalls::variationId(u"Mushroom Swiss Burger"_s, u"Regular"_s), beverageTax),
                                                   line(SquareCalls::variationId(u"Fountain Soda"_s, u"Small"_s), salesTax)}},
                      {u"taxes"_s, QJsonArray{QJsonObject{{u"uid"_s, u"sales"_s}, {u"catalog_object_id"_s, salesTax}, {u"scope"_s, u"ORDER"_s}},
                                              QJsonObject{{u"uid"_s, u"beverage"_s}, {u"catalog_object_id"_s, beverageTax}, {u"scope"_s, u"ORDER"_s}}}}};
    const HttpResult result = m_square.post(u"/v2/orders/calculate"_s, QJsonObject{{u"order"_s, order}});
    QCOMPARE(result.status, 200);
    const QJsonObject priced = result.json().value(u"order"_s).toObject();
    QCOMPARE(amount(priced, u"total_tax_money"_s), 177 + 12);
    QCOMPARE(amount(priced, u"total_money"_s), 2148 + 177 + 249);
    const QJsonArray items = priced.value(u"line_items"_s).toArray();
    QCOMPARE(amount(items.at(0).toObject(), u"total_tax_money"_s) + amount(items.at(1).toObject(), u"total_tax_money"_s), 177);
    QCOMPARE(amount(items.at(2).toObject(), u"total_tax_money"_s), 12);
    QCOMPARE(amount(items.at(2).toObject(), u"total_money"_s), 249);
}

void TestSquaresimOrders::calculateMatchesCreate()
{
    const QJsonArray lines{QJsonObject{{u"catalog_object_id"_s, SquareCalls::variationId(u"Chicken Tenders"_s, u"5 pieces"_s)},
                                       {u"quantity"_s, u"3"_s}}};
    const HttpResult calculated = m_square.post(u"/v2/orders/calculate"_s, QJsonObject{{u"order"_s, orderBody(lines)}});
    const HttpResult created = m_square.post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, u"calc-1"_s}, {u"order"_s, orderBody(lines)}});
    QCOMPARE(calculated.status, 200);
    QCOMPARE(created.status, 200);
    QVERIFY(!calculated.json().value(u"order"_s).toObject().contains(u"id"_s));
    QCOMPARE(amount(calculated.json().value(u"order"_s).toObject(), u"total_money"_s),
             amount(created.json().value(u"order"_s).toObject(), u"total_money"_s));
    QCOMPARE(amount(created.json().value(u"order"_s).toObject(), u"total_money"_s), 3447 + 284); // 34.47 + 8.25%
}

void TestSquaresimOrders::sameKeySameBodyIsTheSameOrder()
{
    const QList<std::pair<QString, int>> lines{{SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s), 1}};
    const QJsonObject first = m_square.createOrder(lines, u"replay-1"_s);
    const QJsonObject again = m_square.createOrder(lines, u"replay-1"_s);
    QVERIFY(!first.value(u"id"_s).toString().isEmpty());
    QCOMPARE(again.value(u"id"_s).toString(), first.value(u"id"_s).toString());
    QVERIFY(m_square.createOrder(lines, u"replay-2"_s).value(u"id"_s).toString() != first.value(u"id"_s).toString());
}

void TestSquaresimOrders::sameKeyOtherBodyIsRefused()
{
    m_square.createOrder({{SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s), 1}}, u"reuse-1"_s);
    const QJsonArray other{QJsonObject{{u"catalog_object_id"_s, SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s)},
                                       {u"quantity"_s, u"2"_s}}};
    const HttpResult result = m_square.post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, u"reuse-1"_s}, {u"order"_s, orderBody(other)}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), u"IDEMPOTENCY_KEY_REUSED"_s);
}

void TestSquaresimOrders::refusesWhatCannotBeSold_data()
{
    QTest::addColumn<QString>("variation");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown id") << u"NOSUCHVARIATION000000000"_s << u"NOT_FOUND"_s;
    QTest::newRow("absent at the location") << SquareCalls::variationId(u"Harbor Veggie Burger"_s, u"Regular"_s) << u"INVALID_VALUE"_s;
    QTest::newRow("sold out at the location") << SquareCalls::variationId(u"Classic Fries"_s, u"Large"_s) << u"INVALID_VALUE"_s;
    QTest::newRow("an item, not a variation") << SquareCalls::catalogId(u"ITEM"_s, u"Classic Fries"_s) << u"NOT_FOUND"_s;
}

void TestSquaresimOrders::refusesWhatCannotBeSold()
{
    QFETCH(QString, variation);
    QFETCH(QString, code);
    const QJsonArray lines{QJsonObject{{u"catalog_object_id"_s, variation}, {u"quantity"_s, u"1"_s}}};
    const HttpResult result = m_square.post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, QTest::currentDataTag()},
                                                                          {u"order"_s, orderBody(lines)}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), code);
    QCOMPARE(errorField(result), u"order.line_items[0].catalog_object_id"_s);
}

void TestSquaresimOrders::pickupNeedsRecipient()
{
    QJsonObject order = orderBody(QJsonArray{QJsonObject{
        {u"catalog_object_id"_s, SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s)}, {u"quantity"_s, u"1"_s}}});
    order.insert(u"fulfillments"_s, QJsonArray{QJsonObject{{u"type"_s, u"PICKUP"_s},
                                                           {u"pickup_details"_s, QJsonObject{{u"schedule_type"_s, u"ASAP"_s}}}}});
    const HttpResult result = m_square.post(u"/v2/orders"_s, QJsonObject{{u"idempotency_key"_s, u"pickup-1"_s}, {u"order"_s, order}});
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), u"MISSING_REQUIRED_PARAMETER"_s);
    QCOMPARE(errorField(result), u"order.fulfillments[0].pickup_details.recipient.display_name"_s);
}

void TestSquaresimOrders::cancelChecksTheVersion()
{
    const QJsonObject order = m_square.createOrder({{SquareCalls::variationId(u"Creamy Coleslaw"_s, u"Regular"_s), 1}}, u"cancel-1"_s);
    const QString path = u"/v2/orders/"_s + order.value(u"id"_s).toString();
    const auto cancel = [&](int version) {
        return m_square.put(path, QJsonObject{{u"idempotency_key"_s, u"cancel-%1"_s.arg(version)},
                                              {u"order"_s, QJsonObject{{u"location_id"_s, QString::fromLatin1(SquaresimLocationId)},
                                                                       {u"version"_s, version}, {u"state"_s, u"CANCELED"_s}}}});
    };
    const HttpResult stale = cancel(7);
    QCOMPARE(stale.status, 400);
    QCOMPARE(errorCode(stale), u"VERSION_MISMATCH"_s);
    const HttpResult canceled = cancel(1);
    QCOMPARE(canceled.status, 200);
    QCOMPARE(canceled.json().value(u"order"_s).toObject().value(u"state"_s).toString(), u"CANCELED"_s);
    QCOMPARE(canceled.json().value(u"order"_s).toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(m_square.get(path).json().value(u"order"_s).toObject().value(u"state"_s).toString(), u"CANCELED"_s);
}

void TestSquaresimOrders::cleanupTestCase()
{
    const QJsonArray violations = m_square.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.first().toString()));
}

QTEST_GUILESS_MAIN(TestSquaresimOrders)
#include "tst_squaresimorders.moc"
