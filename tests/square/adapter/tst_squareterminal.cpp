// SquareTerminal against squaresim: checkouts for the amount Square says is owed, found again by
// the attempt id before any new one, statuses mapped, cancels as requests.
#include "squareadapterfixture.h"
#include "square/squareorders.h"
#include "square/squareterminal.h"

#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const PaymentReport *reportOf(const PaymentOutcome &outcome)
{
    const auto *known = std::get_if<PaymentOutcome::Known>(&outcome.result);
    return known ? &known->report : nullptr;
}

QString describe(const PaymentOutcome &outcome)
{
    if (const PaymentReport *report = reportOf(outcome))
        return u"Known %1 %2"_s.arg(paymentStatusCode(report->status), report->reason);
    if (std::holds_alternative<PaymentOutcome::Unknown>(outcome.result))
        return u"Unknown"_s;
    if (const auto *refused = std::get_if<PaymentOutcome::Refused>(&outcome.result))
        return u"Refused %1: %2"_s.arg(refused->code, refused->reason);
    return u"Unavailable: "_s + std::get<PaymentOutcome::Unavailable>(outcome.result).reason;
}

} // namespace

class TestSquareTerminal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void approvedIsCompletedWithTheCard();
    void aLostCreateAnswerFindsTheCheckout();
    void aReadBeforeTheCreateIsUnknown();
    void cancelIsARequestThenCanceled_data();
    void cancelIsARequestThenCanceled();
    void cancelAfterPayingIsCompleted();
    void aPaidOrCanceledOrderIsRefused();
    void unavailableWhileSquareIs_data();
    void unavailableWhileSquareIs();

private:
    // A held order delivered through SquareOrders, and an attempt for it.
    std::pair<PaymentAttempt, QByteArray> heldOrder(const QString &item);
    void script(const QJsonObject &next);
    // Reads until the status is final (or 5 s pass).
    PaymentOutcome readUntilFinal(SquareTerminal &terminal, const QString &attemptId);
    int checkoutsFor(const QString &attemptId);

    SquareAdapterFixture m_fixture;
    std::unique_ptr<SquareOrders> m_orders;
    std::unique_ptr<SquareTerminal> m_terminal;
    int m_number = 0;
};

void TestSquareTerminal::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    m_orders = std::make_unique<SquareOrders>(m_fixture.client(), m_fixture.settings());
    m_terminal = std::make_unique<SquareTerminal>(m_fixture.client(), m_fixture.settings());
}

void TestSquareTerminal::cleanup()
{
    QCOMPARE(m_fixture.square().admin("PUT", u"/sim/faults"_s, QJsonObject{{u"error_rate"_s, 0}}).status, 200);
    QCOMPARE(m_fixture.square().admin("PUT", u"/sim/token"_s, QJsonObject{{u"revoked"_s, false}}).status, 200);
    QCOMPARE(m_fixture.square().violations(), QJsonArray());
}

std::pair<PaymentAttempt, QByteArray> TestSquareTerminal::heldOrder(const QString &item)
{
    const std::optional<Order> order = m_fixture.order({{item, {}, 1}}, u"K1-%1"_s.arg(++m_number));
    if (!order)
        qFatal("not on the menu");
    const DeliveryOutcome outcome = m_orders->deliver(SquareAdapterFixture::delivery(*order));
    const auto *delivered = std::get_if<DeliveryOutcome::Delivered>(&outcome.result);
    if (!delivered)
        qFatal("the order was not delivered");
    PaymentAttempt attempt;
    attempt.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    attempt.orderId = order->id.toString(QUuid::WithoutBraces);
    attempt.orderNumber = order->number;
    attempt.amount = order->totals.total;
    attempt.currency = u"USD"_s;
    attempt.createdAt = QDateTime::currentDateTimeUtc();
    return {attempt, delivered->receipt};
}

void TestSquareTerminal::script(const QJsonObject &next)
{
    QCOMPARE(m_fixture.square().admin("PUT", u"/sim/terminals/"_s + QString::fromLatin1(SquareAdapterFixture::DeviceId), next).status, 200);
}

PaymentOutcome TestSquareTerminal::readUntilFinal(SquareTerminal &terminal, const QString &attemptId)
{
    PaymentOutcome outcome;
    for (int i = 0; i < 100; ++i) {
        outcome = terminal.readPayment(attemptId);
        const PaymentReport *report = reportOf(outcome);
        if (!report || isFinal(report->status))
            break;
        QThread::msleep(50);
    }
    return outcome;
}

int TestSquareTerminal::checkoutsFor(const QString &attemptId)
{
    int count = 0;
    for (const QJsonValue &checkout : m_fixture.square().admin("GET", u"/sim/checkouts"_s).json().value(u"checkouts"_s).toArray())
        count += checkout.toObject().value(u"reference_id"_s).toString() == attemptId ? 1 : 0;
    return count;
}

void TestSquareTerminal::approvedIsCompletedWithTheCard()
{
    const auto [attempt, receipt] = heldOrder(u"Bacon Cheeseburger"_s);
    script(QJsonObject{{u"next"_s, u"approve"_s}, {u"after_ms"_s, 300}});
    const PaymentOutcome created = m_terminal->createPayment(attempt, receipt);
    QVERIFY2(reportOf(created), qPrintable(describe(created)));
    QCOMPARE(reportOf(created)->status, PaymentStatus::Pending);
    QCOMPARE(reportOf(created)->amount, std::optional<Cents>(attempt.amount)); // 10.49 + 8.25%: Square's and the kiosk's
    const PaymentOutcome read = readUntilFinal(*m_terminal, attempt.id);
    QVERIFY2(reportOf(read) && reportOf(read)->status == PaymentStatus::Completed, qPrintable(describe(read)));
    QCOMPARE(reportOf(read)->card->brand, u"VISA"_s);
    QCOMPARE(reportOf(read)->card->last4, u"1111"_s);
    QCOMPARE(reportOf(read)->amount, std::optional<Cents>(attempt.amount));
}

// The create's answer lost, or the kiosk restarted (a new SquareTerminal, no cache): the same
// create again finds the checkout by its reference_id and never makes a second one.
void TestSquareTerminal::aLostCreateAnswerFindsTheCheckout()
{
    const auto [attempt, receipt] = heldOrder(u"Mushroom Swiss Burger"_s);
    script(QJsonObject{{u"next"_s, u"no_answer"_s}});
    QVERIFY(reportOf(m_terminal->createPayment(attempt, receipt)));
    SquareTerminal restarted(m_fixture.client(), m_fixture.settings());
    const PaymentOutcome again = restarted.createPayment(attempt, receipt);
    QVERIFY2(reportOf(again), qPrintable(describe(again)));
    QCOMPARE(reportOf(again)->status, PaymentStatus::Pending);
    QCOMPARE(checkoutsFor(attempt.id), 1);
    SquareTerminal another(m_fixture.client(), m_fixture.settings());
    const PaymentOutcome read = another.readPayment(attempt.id);
    QVERIFY2(reportOf(read), qPrintable(describe(read)));
    QVERIFY(!isFinal(reportOf(read)->status));
    QVERIFY(reportOf(another.cancelPayment(attempt.id, PaymentCancelReason::SellerCanceled)));
    QCOMPARE(reportOf(readUntilFinal(another, attempt.id))->status, PaymentStatus::Canceled);
}

void TestSquareTerminal::aReadBeforeTheCreateIsUnknown()
{
    const auto [attempt, receipt] = heldOrder(u"Bacon Cheeseburger"_s);
    QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(m_terminal->readPayment(attempt.id).result));
    QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(m_terminal->cancelPayment(attempt.id, PaymentCancelReason::SellerCanceled).result));
    QCOMPARE(checkoutsFor(attempt.id), 0);
}

// CANCEL_REQUESTED is still in progress (the buyer may pay yet); then CANCELED. Square
// records every API cancel as SELLER_CANCELED; the kiosk's own timeout reads timed_out.
void TestSquareTerminal::cancelIsARequestThenCanceled_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("reads");
    QTest::newRow("seller") << int(PaymentCancelReason::SellerCanceled) << u"seller_canceled"_s;
    QTest::newRow("timeout") << int(PaymentCancelReason::TimedOut) << u"timed_out"_s;
}

void TestSquareTerminal::cancelIsARequestThenCanceled()
{
    QFETCH(int, reason);
    QFETCH(QString, reads);
    const auto [attempt, receipt] = heldOrder(u"Crispy Chicken Sandwich"_s);
    script(QJsonObject{{u"next"_s, u"no_answer"_s}, {u"cancel_after_ms"_s, 300}});
    QVERIFY(reportOf(m_terminal->createPayment(attempt, receipt)));
    const PaymentOutcome cancel = m_terminal->cancelPayment(attempt.id, PaymentCancelReason(reason));
    QVERIFY2(reportOf(cancel), qPrintable(describe(cancel)));
    QCOMPARE(reportOf(cancel)->status, PaymentStatus::InProgress);
    const PaymentOutcome read = readUntilFinal(*m_terminal, attempt.id);
    QCOMPARE(reportOf(read)->status, PaymentStatus::Canceled);
    QCOMPARE(reportOf(read)->reason, reads);
}

// The buyer paid before the device acted on the cancel: the cancel's answer is Completed.
void TestSquareTerminal::cancelAfterPayingIsCompleted()
{
    const auto [attempt, receipt] = heldOrder(u"Nashville Hot Chicken Sandwich"_s);
    script(QJsonObject{{u"next"_s, u"approve"_s}, {u"after_ms"_s, 0}});
    QVERIFY(reportOf(m_terminal->createPayment(attempt, receipt)));
    QCOMPARE(reportOf(readUntilFinal(*m_terminal, attempt.id))->status, PaymentStatus::Completed);
    const PaymentOutcome cancel = m_terminal->cancelPayment(attempt.id, PaymentCancelReason::SellerCanceled);
    QVERIFY2(reportOf(cancel), qPrintable(describe(cancel)));
    QCOMPARE(reportOf(cancel)->status, PaymentStatus::Completed);
    QCOMPARE(reportOf(cancel)->card->brand, u"VISA"_s);
}

void TestSquareTerminal::aPaidOrCanceledOrderIsRefused()
{
    const auto [paid, paidReceipt] = heldOrder(u"Bottled Water"_s);
    QVERIFY(m_fixture.payElsewhere(SquareAdapterFixture::squareOrderId(paidReceipt)));
    const PaymentOutcome refused = m_terminal->createPayment(paid, paidReceipt);
    QVERIFY2(std::holds_alternative<PaymentOutcome::Refused>(refused.result), qPrintable(describe(refused)));
    QCOMPARE(std::get<PaymentOutcome::Refused>(refused.result).code, u"order_already_paid"_s);

    const auto [dropped, droppedReceipt] = heldOrder(u"Fresh-Squeezed Lemonade"_s);
    QVERIFY(std::holds_alternative<DeliveryOutcome::Delivered>(
        m_orders->deliver(Delivery{u"order_cancel"_s, dropped.orderId, "{}", droppedReceipt}).result));
    const PaymentOutcome notHeld = m_terminal->createPayment(dropped, droppedReceipt);
    QVERIFY2(std::holds_alternative<PaymentOutcome::Refused>(notHeld.result), qPrintable(describe(notHeld)));
    QCOMPARE(std::get<PaymentOutcome::Refused>(notHeld.result).code, u"order_not_held"_s);
}

void TestSquareTerminal::unavailableWhileSquareIs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::newRow("401") << u"/sim/token"_s << QJsonObject{{u"revoked"_s, true}} << qint64(-1);
    QTest::newRow("429") << u"/sim/faults"_s << QJsonObject{{u"rate_limit_rate"_s, 1.0}, {u"retry_after_s"_s, 3}} << qint64(3000);
    QTest::newRow("500") << u"/sim/faults"_s << QJsonObject{{u"error_rate"_s, 1.0}, {u"error_status"_s, 500}} << qint64(-1);
}

void TestSquareTerminal::unavailableWhileSquareIs()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(qint64, retryAfterMs);
    const auto [attempt, receipt] = heldOrder(u"Beer-Battered Onion Rings"_s);
    QCOMPARE(m_fixture.square().admin("PUT", path, body).status, 200);
    SquareTerminal fresh(m_fixture.client(), m_fixture.settings());
    for (const PaymentOutcome &outcome : {fresh.createPayment(attempt, receipt), fresh.readPayment(attempt.id)}) {
        const auto *unavailable = std::get_if<PaymentOutcome::Unavailable>(&outcome.result);
        QVERIFY2(unavailable, qPrintable(describe(outcome)));
        if (retryAfterMs >= 0)
            QCOMPARE(unavailable->retryAfter.value_or(Backoff::Millis(-1)).count(), retryAfterMs);
    }
    cleanup();
    QVERIFY(reportOf(fresh.createPayment(attempt, receipt)));
    QCOMPARE(checkoutsFor(attempt.id), 1);
    QVERIFY(reportOf(fresh.cancelPayment(attempt.id, PaymentCancelReason::SellerCanceled)));
}

QTEST_GUILESS_MAIN(TestSquareTerminal)
#include "tst_squareterminal.moc"
