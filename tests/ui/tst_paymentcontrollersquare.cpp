// PaymentController with Square behind the port: the counter takes the order itself (Square's
// point of sale shows an order from the kiosk only once it is paid), so "the counter" means
// "order at the counter instead", and the amount on screen is the one Square asks the card for.
#include "paymentcontrollerfixture.h"

#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestPaymentControllerSquare : public PaymentControllerFixture
{
    Q_OBJECT

private slots:
    void theCounterTakesTheOrderAndNothingIsPlaced()
    {
        setUpController(PaymentMode::CardOrCounter, true, BackendKind::Square);
        QVERIFY(m_payment->counterTakesOrder());
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Choosing);
        m_payment->payAtCounter();
        QCOMPARE(m_payment->phase(), Phase::OrderAtCounter);
        QVERIFY(m_placed.isEmpty()); // no order saved, none sent, no number
        QCOMPARE(m_payment->orderNumber(), QString());
    }

    void offlineTheKioskCannotSellAndPointsToTheCounter()
    {
        setUpController(PaymentMode::Card, false, BackendKind::Square);
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Unavailable);
        m_payment->payByCard();
        QCOMPARE(m_payment->phase(), Phase::Unavailable);
        m_payment->payAtCounter();
        QCOMPARE(m_payment->phase(), Phase::OrderAtCounter);
        QVERIFY(m_placed.isEmpty());
    }

    void aHeldOrderIsDroppedWhenTheCustomerGoesToTheCounter()
    {
        setUpController(PaymentMode::CardOrCounter, true, BackendKind::Square);
        QSignalSpy abandoned(m_payment.get(), &PaymentController::orderAbandoned);
        startCard();
        const QString order = m_payment->heldOrderId();
        // Not while the card is on the reader.
        m_payment->payAtCounter();
        QCOMPARE(m_payment->phase(), Phase::Starting);
        report(PaymentStatus::Canceled, u"buyer_canceled"_s);
        m_payment->payAtCounter();
        QCOMPARE(m_payment->phase(), Phase::OrderAtCounter);
        QCOMPARE(abandoned.count(), 1);
        // Cancelled on Square through the outbox, never released to its kitchen.
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Abandoned);
        Statement entries = m_db->prepare("SELECT group_concat(kind) FROM outbox WHERE key LIKE ?1 || '/%'");
        QVERIFY(entries.bind(1, order).next());
        QCOMPARE(entries.text(0), u"order_cancel"_s);
        QCOMPARE(m_placed, QList<PaymentMethod>{PaymentMethod::Card});
    }

    void theAmountShownIsTheOneTheBackendAsksFor()
    {
        setUpController(PaymentMode::Card, true, BackendKind::Square);
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Starting);
        const Cents kiosks = m_store->attempt(m_payment->attemptId())->amount;
        QCOMPARE(m_payment->amountText(), u"$%1"_s.arg(double(kiosks) / 100.0, 0, 'f', 2));
        // Square totalled the order a cent differently: the reader asks for its amount, and so
        // does the screen.
        report(PaymentStatus::Pending, {}, kiosks + 1);
        QCOMPARE(m_store->attempt(m_payment->attemptId())->amount, kiosks + 1);
        QCOMPARE(m_payment->amountText(), u"$%1"_s.arg(double(kiosks + 1) / 100.0, 0, 'f', 2));
    }
};

QTEST_GUILESS_MAIN(TestPaymentControllerSquare)
#include "tst_paymentcontrollersquare.moc"
