// squaresim's Terminal checkouts and payments: scripted outcomes, cancels, search.
#include "squarecalls.h"

#include <QTest>

using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestSquaresimPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approvedCheckoutPaysTheOrder();
    void amountMustBeWhatTheOrderOwes();
    void cancelIsRequestedThenDone();
    void cancelAfterTheBuyerPaidCompletes();
    void buyerCancelsOnTheDevice();
    void checkoutKeyIsIdempotent();
    void searchFindsTheCheckoutByDevice();
    void cleanupTestCase();

private:
    // An order of one Classic Burger Single and a checkout for it on `device`, after
    // scripting the device with `script`.
    QJsonObject checkout(const QString &device, const QJsonObject &script, const QString &key);
    HttpResult createCheckout(const QJsonObject &order, const QString &device, const QString &key, qint64 amount);

    SquareCalls m_square;
};

void TestSquaresimPayments::initTestCase()
{
    QString error;
    QVERIFY2(m_square.start({}, &error), qPrintable(error));
}

HttpResult TestSquaresimPayments::createCheckout(const QJsonObject &order, const QString &device, const QString &key,
                                                 qint64 amount)
{
    const QJsonObject checkout{
        {u"amount_money"_s, QJsonObject{{u"amount"_s, amount}, {u"currency"_s, u"USD"_s}}},
        {u"order_id"_s, order.value(u"id"_s)},
        {u"reference_id"_s, u"attempt-"_s + key},
        {u"device_options"_s, QJsonObject{{u"device_id"_s, device}}},
    };
    return m_square.post(u"/v2/terminals/checkouts"_s, QJsonObject{{u"idempotency_key"_s, key}, {u"checkout"_s, checkout}});
}

QJsonObject TestSquaresimPayments::checkout(const QString &device, const QJsonObject &script, const QString &key)
{
    const HttpResult scripted = m_square.admin("PUT", u"/sim/terminals/"_s + device, script);
    if (scripted.status != 200)
        qWarning("script: %s", scripted.body.constData());
    const QJsonObject order = m_square.createOrder({{SquareCalls::variationId(u"Classic Burger"_s, u"Single"_s), 1}}, u"order-"_s + key);
    const qint64 due = order.value(u"net_amount_due_money"_s).toObject().value(u"amount"_s).toInteger();
    return createCheckout(order, device, key, due).json().value(u"checkout"_s).toObject();
}

void TestSquaresimPayments::approvedCheckoutPaysTheOrder()
{
    const QJsonObject created = checkout(u"dev-approve"_s, QJsonObject{{u"next"_s, u"approve"_s}, {u"after_ms"_s, 300}}, u"a1"_s);
    QCOMPARE(created.value(u"status"_s).toString(), u"PENDING"_s);
    const QJsonObject done = m_square.waitForCheckout(created.value(u"id"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(done.value(u"status"_s).toString(), u"COMPLETED"_s);
    const QJsonArray paymentIds = done.value(u"payment_ids"_s).toArray();
    QCOMPARE(paymentIds.size(), 1);

    const QJsonObject payment = m_square.get(u"/v2/payments/"_s + paymentIds.first().toString()).json().value(u"payment"_s).toObject();
    QCOMPARE(payment.value(u"status"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(payment.value(u"order_id"_s), created.value(u"order_id"_s));
    const QJsonObject card = payment.value(u"card_details"_s).toObject().value(u"card"_s).toObject();
    QCOMPARE(card.value(u"card_brand"_s).toString(), u"VISA"_s);
    QCOMPARE(card.value(u"last_4"_s).toString().size(), 4);

    const QJsonObject order = m_square.get(u"/v2/orders/"_s + created.value(u"order_id"_s).toString()).json().value(u"order"_s).toObject();
    QCOMPARE(order.value(u"net_amount_due_money"_s).toObject().value(u"amount"_s).toInt(), 0);
    QCOMPARE(order.value(u"tenders"_s).toArray().size(), 1);
    QCOMPARE(order.value(u"tenders"_s).toArray().first().toObject().value(u"payment_id"_s), paymentIds.first());
    QCOMPARE(order.value(u"state"_s).toString(), u"OPEN"_s); // its PICKUP fulfillment is still to do
    QCOMPARE(order.value(u"version"_s).toInt(), 2);

    // What a lab sees of it.
    const QJsonArray checkouts = m_square.admin("GET", u"/sim/checkouts"_s).json().value(u"checkouts"_s).toArray();
    QCOMPARE(checkouts.first().toObject().value(u"id"_s), created.value(u"id"_s));
    const QJsonArray orders = m_square.admin("GET", u"/sim/orders"_s).json().value(u"orders"_s).toArray();
    QCOMPARE(orders.first().toObject().value(u"id"_s), created.value(u"order_id"_s));
}

void TestSquaresimPayments::amountMustBeWhatTheOrderOwes()
{
    const QJsonObject order = m_square.createOrder({{SquareCalls::variationId(u"Classic Burger"_s, u"Single"_s), 1}}, u"order-m1"_s);
    const qint64 due = order.value(u"net_amount_due_money"_s).toObject().value(u"amount"_s).toInteger();
    const HttpResult result = createCheckout(order, u"dev-mismatch"_s, u"m1"_s, due - 1);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"checkout.amount_money"_s);
}

void TestSquaresimPayments::cancelIsRequestedThenDone()
{
    const QJsonObject created = checkout(u"dev-cancel"_s, QJsonObject{{u"next"_s, u"no_answer"_s}, {u"cancel_after_ms"_s, 300}}, u"c1"_s);
    const QString id = created.value(u"id"_s).toString();
    const HttpResult cancel = m_square.post(u"/v2/terminals/checkouts/"_s + id + u"/cancel"_s);
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.json().value(u"checkout"_s).toObject().value(u"status"_s).toString(), u"CANCEL_REQUESTED"_s);
    const QJsonObject done = m_square.waitForCheckout(id, u"CANCELED"_s);
    QCOMPARE(done.value(u"status"_s).toString(), u"CANCELED"_s);
    QCOMPARE(done.value(u"cancel_reason"_s).toString(), u"SELLER_CANCELED"_s);
    const QJsonObject order = m_square.get(u"/v2/orders/"_s + created.value(u"order_id"_s).toString()).json().value(u"order"_s).toObject();
    QVERIFY(order.value(u"tenders"_s).toArray().isEmpty());
}

void TestSquaresimPayments::cancelAfterTheBuyerPaidCompletes()
{
    const QJsonObject created = checkout(u"dev-late"_s, QJsonObject{{u"next"_s, u"approve"_s}, {u"after_ms"_s, 600},
                                                                   {u"cancel_after_ms"_s, 3000}}, u"l1"_s);
    const QString id = created.value(u"id"_s).toString();
    const HttpResult cancel = m_square.post(u"/v2/terminals/checkouts/"_s + id + u"/cancel"_s);
    QCOMPARE(cancel.json().value(u"checkout"_s).toObject().value(u"status"_s).toString(), u"CANCEL_REQUESTED"_s);
    const QJsonObject done = m_square.waitForCheckout(id, u"COMPLETED"_s);
    QCOMPARE(done.value(u"status"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(done.value(u"payment_ids"_s).toArray().size(), 1);
    // Too late now: a completed checkout cannot be canceled.
    QCOMPARE(m_square.post(u"/v2/terminals/checkouts/"_s + id + u"/cancel"_s).status, 400);
}

void TestSquaresimPayments::buyerCancelsOnTheDevice()
{
    const QJsonObject created = checkout(u"dev-buyer"_s, QJsonObject{{u"next"_s, u"buyer_cancel"_s}, {u"after_ms"_s, 100}}, u"b1"_s);
    const QJsonObject done = m_square.waitForCheckout(created.value(u"id"_s).toString(), u"CANCELED"_s);
    QCOMPARE(done.value(u"cancel_reason"_s).toString(), u"BUYER_CANCELED"_s);
}

void TestSquaresimPayments::checkoutKeyIsIdempotent()
{
    const QJsonObject order = m_square.createOrder({{SquareCalls::variationId(u"Classic Burger"_s, u"Single"_s), 1}}, u"order-k1"_s);
    const qint64 due = order.value(u"net_amount_due_money"_s).toObject().value(u"amount"_s).toInteger();
    const QString first = createCheckout(order, u"dev-key"_s, u"k1"_s, due).json().value(u"checkout"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(createCheckout(order, u"dev-key"_s, u"k1"_s, due).json().value(u"checkout"_s).toObject().value(u"id"_s).toString(), first);
    const HttpResult reused = createCheckout(order, u"dev-other"_s, u"k1"_s, due);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"IDEMPOTENCY_KEY_REUSED"_s);
}

// After a lost answer the kiosk finds its checkout by device and its own reference_id.
void TestSquaresimPayments::searchFindsTheCheckoutByDevice()
{
    const QJsonObject created = checkout(u"dev-search"_s, QJsonObject{{u"next"_s, u"no_answer"_s}}, u"s1"_s);
    const QJsonObject body{{u"query"_s, QJsonObject{{u"filter"_s, QJsonObject{{u"device_id"_s, u"dev-search"_s}}},
                                                   {u"sort"_s, QJsonObject{{u"sort_order"_s, u"DESC"_s}}}}},
                           {u"limit"_s, 10}};
    const HttpResult found = m_square.post(u"/v2/terminals/checkouts/search"_s, body);
    QCOMPARE(found.status, 200);
    const QJsonArray checkouts = found.json().value(u"checkouts"_s).toArray();
    QCOMPARE(checkouts.size(), 1);
    QCOMPARE(checkouts.first().toObject().value(u"reference_id"_s).toString(), u"attempt-s1"_s);
    QCOMPARE(checkouts.first().toObject().value(u"id"_s), created.value(u"id"_s));
    QJsonObject completedOnly = body;
    completedOnly.insert(u"query"_s, QJsonObject{{u"filter"_s, QJsonObject{{u"device_id"_s, u"dev-search"_s}, {u"status"_s, u"COMPLETED"_s}}}});
    QVERIFY(m_square.post(u"/v2/terminals/checkouts/search"_s, completedOnly).json().value(u"checkouts"_s).toArray().isEmpty());
}

void TestSquaresimPayments::cleanupTestCase()
{
    const QJsonArray violations = m_square.violations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.first().toString()));
}

QTEST_GUILESS_MAIN(TestSquaresimPayments)
#include "tst_squaresimpayments.moc"
