// SquareOrders against squaresim: orders priced by Square as the kiosk priced them, replays,
// rewards, cancels, points, and what each failure means for the outbox.
#include "squareadapterfixture.h"
#include "square/squareorders.h"

#include <QJsonDocument>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::test::seed;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
const T *as(const DeliveryOutcome &outcome)
{
    return std::get_if<T>(&outcome.result);
}

// A copy: the outcome is often a temporary.
std::optional<DeliveryOutcome::Delivered> deliveredOf(const DeliveryOutcome &outcome)
{
    if (const auto *delivered = as<DeliveryOutcome::Delivered>(outcome))
        return *delivered;
    return std::nullopt;
}

QString describe(const DeliveryOutcome &outcome)
{
    if (const auto *r = as<DeliveryOutcome::RetryLater>(outcome))
        return u"RetryLater: "_s + r->reason;
    if (const auto *r = as<DeliveryOutcome::Rejected>(outcome))
        return u"Rejected (%1): %2"_s.arg(r->code, r->reason);
    return u"Delivered"_s;
}

} // namespace

class TestSquareOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void squareTotalsAreTheKiosks();
    void aReplayIsTheSameOrder();
    void anotherBodyUnderTheKeyIsAConflict();
    void aMenuThatIsNotSquaresIsRejected();
    void rewardsLockPointsAndARefusalIsAnAdjustment();
    void cancelDeletesRewardsAndCancels();
    void aReleaseCancelsToo();
    void cancelOfAPaidOrderIsAlreadyPaid();
    void paidAccumulatesPoints();
    void feedbackAndAssistStayOnTheKiosk();
    void pausesAreNotSupported();
    void enrolmentsAreNotSupported();
    void failuresRetryLater_data();
    void failuresRetryLater();

private:
    Order order(const QList<SquareAdapterFixture::Line> &lines, Cents discount = 0, std::optional<LoyaltyClaim> loyalty = {});
    DeliveryOutcome deliverOrder(const Order &order);

    SquareAdapterFixture m_fixture;
    std::unique_ptr<SquareOrders> m_orders;
    int m_number = 0;
};

void TestSquareOrders::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_orders = std::make_unique<SquareOrders>(m_fixture.client(), m_fixture.settings());
}

void TestSquareOrders::cleanup()
{
    QCOMPARE(m_fixture.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 0}}).status, 200);
    QCOMPARE(m_fixture.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, false}}).status, 200);
    QCOMPARE(m_fixture.square().violations(), QJsonArray());
}

Order TestSquareOrders::order(const QList<SquareAdapterFixture::Line> &lines, Cents discount, std::optional<LoyaltyClaim> loyalty)
{
    const std::optional<Order> made = m_fixture.order(lines, u"K1-%1"_s.arg(++m_number, 3, 10, QChar(u'0')), discount, loyalty);
    if (!made)
        qFatal("an item or option is not on the mapped seed menu");
    return *made;
}

DeliveryOutcome TestSquareOrders::deliverOrder(const Order &order)
{
    return m_orders->deliver(SquareAdapterFixture::delivery(order));
}

// The test that the screen and the reader agree: the kiosk prices the mapped seed menu with its
// own arithmetic (app/domain/pricing.h), Square prices the CreateOrder the adapter sends, and
// the two are the same to the cent. Burgers of 10.49, 10.99 and 2 x (8.99 + 1.50 bacon): 8.25%
// once on 42.46 is 3.50 (rounded per line 0.87 + 0.91 + 1.73 = 3.51); a 5% inclusive soda; an
// untaxed water.
void TestSquareOrders::squareTotalsAreTheKiosks()
{
    const Order kiosk = order({{u"Bacon Cheeseburger"_s, {}, 1},
                               {u"Mushroom Swiss Burger"_s, {}, 1},
                               {u"Fountain Soda"_s, {u"Small"_s, u"Cola"_s}, 1},
                               {u"Bottled Water"_s, {}, 1},
                               {u"Classic Burger"_s, {u"Single"_s, u"Bacon"_s}, 2}});
    QCOMPARE(kiosk.totals.tax, 350);
    QVERIFY(kiosk.totals.taxIncluded > 0);
    const DeliveryOutcome outcome = deliverOrder(kiosk);
    const auto *delivered = as<DeliveryOutcome::Delivered>(outcome);
    QVERIFY2(delivered, qPrintable(describe(outcome)));
    QCOMPARE(delivered->adjustments.size(), 0);
    const QJsonObject receipt = QJsonDocument::fromJson(delivered->receipt).object();
    QCOMPARE(receipt.value(u"total_cents"_s).toInteger(), kiosk.totals.total);
    QCOMPARE(receipt.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(receipt.value(u"location_id"_s).toString(), QString::fromLatin1(SquaresimLocationId));
    const QJsonObject square = m_fixture.squareOrder(receipt.value(u"square_order_id"_s).toString());
    QCOMPARE(square.value(u"total_money"_s).toObject().value(u"amount"_s).toInteger(), kiosk.totals.total);
    QCOMPARE(square.value(u"total_tax_money"_s).toObject().value(u"amount"_s).toInteger(), kiosk.totals.tax + kiosk.totals.taxIncluded);
    QCOMPARE(square.value(u"reference_id"_s).toString(), kiosk.number);
    QCOMPARE(square.value(u"line_items"_s).toArray().size(), 5);
}

void TestSquareOrders::aReplayIsTheSameOrder()
{
    const Order kiosk = order({{u"Classic Fries"_s, {u"Regular"_s}, 1}});
    const DeliveryOutcome first = deliverOrder(kiosk);
    const DeliveryOutcome again = deliverOrder(kiosk);
    QVERIFY2(as<DeliveryOutcome::Delivered>(first) && as<DeliveryOutcome::Delivered>(again), qPrintable(describe(again)));
    QCOMPARE(as<DeliveryOutcome::Delivered>(again)->receipt, as<DeliveryOutcome::Delivered>(first)->receipt);
}

// contract v1's 409: the same key with another body.
void TestSquareOrders::anotherBodyUnderTheKeyIsAConflict()
{
    Order kiosk = order({{u"Chicken Tenders"_s, {u"3 pieces"_s, u"Ranch"_s}, 1}});
    QVERIFY(as<DeliveryOutcome::Delivered>(deliverOrder(kiosk)));
    kiosk.number = u"K1-999"_s;
    const DeliveryOutcome outcome = deliverOrder(kiosk);
    const auto *rejected = as<DeliveryOutcome::Rejected>(outcome);
    QVERIFY2(rejected, qPrintable(describe(outcome)));
    QCOMPARE(rejected->code, u"idempotency_conflict"_s);
}

void TestSquareOrders::aMenuThatIsNotSquaresIsRejected()
{
    const QJsonObject body{{u"id"_s, u"5a0c4c1e-0000-4000-8000-000000000001"_s}, {u"number"_s, u"K1-500"_s},
                           {u"dine_option"_s, u"here"_s}, {u"total_cents"_s, 999},
                           {u"lines"_s, QJsonArray{QJsonObject{{u"item_id"_s, u"classic_burger"_s}, {u"quantity"_s, 1}, {u"modifiers"_s, QJsonArray()}}}}};
    const DeliveryOutcome outcome = m_orders->deliver(Delivery{u"order"_s, body.value(u"id"_s).toString(), QJsonDocument(body).toJson()});
    const auto *rejected = as<DeliveryOutcome::Rejected>(outcome);
    QVERIFY2(rejected, qPrintable(describe(outcome)));
    QVERIFY2(rejected->reason.contains(u"classic_burger"_s) && rejected->reason.contains(u"not Square's"_s), qPrintable(rejected->reason));
}

// A reward locks its tier's points and its discount joins the order; one Square refuses (too
// few points) is an adjustment on an accepted order, and the total Square computed without it
// is one too.
void TestSquareOrders::rewardsLockPointsAndARefusalIsAnAdjustment()
{
    const Order withPoints = order({{u"Bacon Cheeseburger"_s, {}, 2}}, 200, LoyaltyClaim{QString::fromLatin1(Amelia), {QString::fromLatin1(TwoDollarsOff)}});
    const DeliveryOutcome outcome = deliverOrder(withPoints);
    const auto *delivered = as<DeliveryOutcome::Delivered>(outcome);
    QVERIFY2(delivered, qPrintable(describe(outcome)));
    QCOMPARE(delivered->adjustments.size(), 0); // Square's $2 off is the kiosk's
    const QJsonObject receipt = QJsonDocument::fromJson(delivered->receipt).object();
    QCOMPARE(receipt.value(u"loyalty_account_id"_s).toString(), QString::fromLatin1(Amelia));
    QCOMPARE(receipt.value(u"reward_ids"_s).toArray().size(), 1);
    QCOMPARE(receipt.value(u"total_cents"_s).toInteger(), withPoints.totals.total);
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Amelia)), 70);
    // The replay does not lock the points twice.
    QVERIFY(as<DeliveryOutcome::Delivered>(deliverOrder(withPoints)));
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Amelia)), 70);

    const Order tooFew = order({{u"Bacon Cheeseburger"_s, {}, 2}}, 200, LoyaltyClaim{QString::fromLatin1(Diego), {QString::fromLatin1(TwoDollarsOff)}});
    const DeliveryOutcome refused = deliverOrder(tooFew);
    const auto *accepted = as<DeliveryOutcome::Delivered>(refused);
    QVERIFY2(accepted, qPrintable(describe(refused)));
    QCOMPARE(accepted->adjustments.size(), 2);
    QCOMPARE(accepted->adjustments.at(0).kind, u"reward"_s);
    QCOMPARE(accepted->adjustments.at(0).subject, QString::fromLatin1(TwoDollarsOff));
    QVERIFY(accepted->adjustments.at(0).reason.contains(u"enough points"_s));
    QCOMPARE(accepted->adjustments.at(1).kind, u"total"_s);
    // No $2 off, so more tax too: 8.25% of 20.98 is 1.73, of 18.98 1.57.
    QCOMPARE(accepted->adjustments.at(1).amount, 200 + 16);
    QCOMPARE(accepted->adjustments.at(1).subject, u"total"_s);
    QCOMPARE(accepted->adjustments.at(1).reason, u"Square computed $22.71, the kiosk $20.55"_s);
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Diego)), 40);
}

void TestSquareOrders::cancelDeletesRewardsAndCancels()
{
    const Order held = order({{u"Mushroom Swiss Burger"_s, {}, 1}}, 200, LoyaltyClaim{QString::fromLatin1(Amelia), {QString::fromLatin1(TwoDollarsOff)}});
    const qint64 before = m_fixture.balance(QString::fromLatin1(Amelia));
    const auto delivered = deliveredOf(deliverOrder(held));
    QVERIFY(delivered);
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Amelia)), before - 50);
    const Delivery cancel{u"order_cancel"_s, held.id.toString(QUuid::WithoutBraces), "{}", delivered->receipt};
    const DeliveryOutcome outcome = m_orders->deliver(cancel);
    QVERIFY2(as<DeliveryOutcome::Delivered>(outcome), qPrintable(describe(outcome)));
    const QString orderId = SquareAdapterFixture::squareOrderId(delivered->receipt);
    QCOMPARE(m_fixture.squareOrder(orderId).value(u"state"_s).toString(), u"CANCELED"_s);
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Amelia)), before);
    const QString rewardId = QJsonDocument::fromJson(delivered->receipt).object().value(u"reward_ids"_s).toArray().first().toString();
    QCOMPARE(m_fixture.square().get(u"/v2/loyalty/rewards/"_s + rewardId).json().value(u"reward"_s).toObject().value(u"status"_s).toString(),
             u"DELETED"_s);
    // Canceled already: delivered again.
    QVERIFY(as<DeliveryOutcome::Delivered>(m_orders->deliver(cancel)));
}

void TestSquareOrders::aReleaseCancelsToo()
{
    const Order held = order({{u"Creamy Coleslaw"_s, {}, 1}});
    const auto delivered = deliveredOf(deliverOrder(held));
    QVERIFY(delivered);
    const DeliveryOutcome outcome = m_orders->deliver(Delivery{u"order_release"_s, held.id.toString(QUuid::WithoutBraces),
                                                               R"({"method":"counter"})", delivered->receipt});
    const auto *released = as<DeliveryOutcome::Delivered>(outcome);
    QVERIFY2(released, qPrintable(describe(outcome)));
    QVERIFY(released->receipt.contains("orders at the counter instead"));
    QCOMPARE(m_fixture.squareOrder(SquareAdapterFixture::squareOrderId(delivered->receipt)).value(u"state"_s).toString(), u"CANCELED"_s);
}

void TestSquareOrders::cancelOfAPaidOrderIsAlreadyPaid()
{
    const Order held = order({{u"Crispy Chicken Sandwich"_s, {}, 1}});
    const auto delivered = deliveredOf(deliverOrder(held));
    QVERIFY(delivered);
    QVERIFY(m_fixture.payElsewhere(SquareAdapterFixture::squareOrderId(delivered->receipt)));
    const DeliveryOutcome outcome = m_orders->deliver(Delivery{u"order_cancel"_s, held.id.toString(QUuid::WithoutBraces), "{}", delivered->receipt});
    const auto *rejected = as<DeliveryOutcome::Rejected>(outcome);
    QVERIFY2(rejected, qPrintable(describe(outcome)));
    QCOMPARE(rejected->code, u"order_already_paid"_s);
}

// SPEND 1 point per whole dollar before tax: 2 x 10.49 = 20.98 -> 20 points.
void TestSquareOrders::paidAccumulatesPoints()
{
    const Order member = order({{u"Bacon Cheeseburger"_s, {}, 2}}, 0, LoyaltyClaim{QString::fromLatin1(Diego), {}});
    const auto delivered = deliveredOf(deliverOrder(member));
    QVERIFY(delivered);
    QVERIFY(m_fixture.payElsewhere(SquareAdapterFixture::squareOrderId(delivered->receipt)));
    const Delivery paid{u"order_paid"_s, member.id.toString(QUuid::WithoutBraces), "{}", delivered->receipt};
    const DeliveryOutcome outcome = m_orders->deliver(paid);
    const auto *accumulated = as<DeliveryOutcome::Delivered>(outcome);
    QVERIFY2(accumulated, qPrintable(describe(outcome)));
    QCOMPARE(accumulated->pointsEarned, std::optional<int>(20));
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Diego)), 60);
    // A replay is Square's replay: no second accumulation.
    QCOMPARE(as<DeliveryOutcome::Delivered>(m_orders->deliver(paid))->pointsEarned, std::optional<int>(20));
    QCOMPARE(m_fixture.balance(QString::fromLatin1(Diego)), 60);

    // No account on the order: nothing to ask.
    const Order anonymous = order({{u"Creamy Coleslaw"_s, {}, 1}});
    const auto plain = deliveredOf(deliverOrder(anonymous));
    QVERIFY(plain);
    const DeliveryOutcome none = m_orders->deliver(Delivery{u"order_paid"_s, anonymous.id.toString(QUuid::WithoutBraces), "{}", plain->receipt});
    QVERIFY(as<DeliveryOutcome::Delivered>(none));
    QCOMPARE(none.httpStatus, 0);
}

void TestSquareOrders::feedbackAndAssistStayOnTheKiosk()
{
    for (const QString &kind : {u"feedback"_s, u"assist"_s}) {
        const DeliveryOutcome outcome = m_orders->deliver(Delivery{kind, u"k"_s, "{}"});
        QVERIFY(as<DeliveryOutcome::Delivered>(outcome));
        QVERIFY(as<DeliveryOutcome::Delivered>(outcome)->receipt.contains("kept on the kiosk"));
        QCOMPARE(outcome.httpStatus, 0);
    }
}

// Square has no pause that ends on its own: the entry fails for good with a plain reason and
// the pause stays on the kiosk.
void TestSquareOrders::pausesAreNotSupported()
{
    const DeliveryOutcome outcome = m_orders->deliver(
        Delivery{u"item_availability"_s, u"classic_burger/k"_s, R"({"available":false,"until":"2099-01-01T00:00:00Z"})"});
    const auto *rejected = as<DeliveryOutcome::Rejected>(outcome);
    QVERIFY(rejected);
    QCOMPARE(rejected->code, u"not_supported"_s);
    QCOMPARE(rejected->reason,
             u"not supported: Square has no way to pause an item until a time; the pause stays on this kiosk"_s);
    QCOMPARE(outcome.httpStatus, 0);
}

// A Square store cannot turn loyalty.join on; an enrolment queued anyway stops, for staff,
// without a request to Square.
void TestSquareOrders::enrolmentsAreNotSupported()
{
    const DeliveryOutcome outcome = m_orders->deliver(
        Delivery{u"loyalty_enrolment"_s, u"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"_s, R"({"id":"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"})"});
    const auto *rejected = as<DeliveryOutcome::Rejected>(outcome);
    QVERIFY(rejected);
    QCOMPARE(rejected->code, u"not_supported"_s);
    QCOMPARE(outcome.httpStatus, 0);
}

void TestSquareOrders::failuresRetryLater_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfterMs");
    // A 401 must never fail an order for good: staff fix the token.
    QTest::newRow("401") << QByteArray("/sim/token") << QJsonObject{{u"revoked"_s, true}} << 401 << qint64(-1);
    QTest::newRow("429") << QByteArray("/sim/faults") << QJsonObject{{u"rate_limit_rate"_s, 1.0}, {u"retry_after_s"_s, 7}} << 429 << qint64(7000);
    QTest::newRow("503") << QByteArray("/sim/faults") << QJsonObject{{u"error_rate"_s, 1.0}, {u"error_status"_s, 503}} << 503 << qint64(-1);
}

void TestSquareOrders::failuresRetryLater()
{
    QFETCH(QByteArray, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(qint64, retryAfterMs);
    const Order kiosk = order({{u"Classic Fries"_s, {u"Regular"_s}, 3}});
    QCOMPARE(m_fixture.square().admin("PUT", QString::fromLatin1(path), body).status, 200);
    const DeliveryOutcome outcome = deliverOrder(kiosk);
    const auto *retry = as<DeliveryOutcome::RetryLater>(outcome);
    QVERIFY2(retry, qPrintable(describe(outcome)));
    QCOMPARE(outcome.httpStatus, status);
    if (retryAfterMs >= 0)
        QCOMPARE(retry->retryAfter.value_or(Backoff::Millis(-1)).count(), retryAfterMs);
    cleanup();
    QVERIFY(as<DeliveryOutcome::Delivered>(deliverOrder(kiosk)));
}

QTEST_GUILESS_MAIN(TestSquareOrders)
#include "tst_squareorders.moc"
