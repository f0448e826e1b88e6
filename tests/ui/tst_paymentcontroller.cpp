// PaymentController, the customer's side of card payment, on a real PaymentStore over a test
// database. The payment worker is played by hand: what the backend says is recorded with the
// worker's own store calls and handed to the controller as PaymentService::attemptChanged
// would.
#include "paymentcontrollerfixture.h"

#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestPaymentController : public test::PaymentControllerFixture
{
    Q_OBJECT

private slots:
    void offlineOffersOnlyTheCounter()
    {
        setUpController(PaymentMode::CardOrCounter, false);
        QVERIFY(m_payment->cardEnabled());
        QVERIFY(!m_payment->cardOffered());
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Unavailable);
        QCOMPARE(m_payment->amountText(), QStringLiteral("$19.46"));
        m_payment->payByCard();
        QCOMPARE(m_payment->phase(), Phase::Unavailable);
        QVERIFY(m_placed.isEmpty());

        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        m_payment->payAtCounter();
        QCOMPARE(m_placed, QList<PaymentMethod>{PaymentMethod::Counter});
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toBool(), false);
        QVERIFY(!m_payment->orderNumber().isEmpty());
        QCOMPARE(m_payment->phase(), Phase::Idle);
    }

    void theChoiceFollowsConnectivity()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        m_payment->start(1946);
        QCOMPARE(m_payment->phase(), Phase::Choosing);
        m_payment->setBackendOnline(false);
        QCOMPARE(m_payment->phase(), Phase::Unavailable);
        m_payment->setBackendOnline(true);
        QCOMPARE(m_payment->phase(), Phase::Choosing);
    }

    void cardModeGoesStraightToTheCard()
    {
        setUpController(PaymentMode::Card, true);
        m_payment->start(1946);
        QCOMPARE(m_placed, QList<PaymentMethod>{PaymentMethod::Card});
        QCOMPARE(m_payment->phase(), Phase::Starting);
        // The number is allocated but not shown before the card is paid.
        QVERIFY(m_payment->orderNumber().isEmpty());
    }

    void approvedCardShowsTheNumber()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        QSignalSpy open(m_payment.get(), &PaymentController::attemptOpenChanged);
        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        startCard();
        // Saved before anything is sent, then the worker is woken.
        const std::optional<PaymentAttempt> saved = m_store->attempt(m_payment->attemptId());
        QVERIFY(saved);
        QCOMPARE(saved->status, PaymentStatus::Saved);
        QCOMPARE(saved->orderId, m_payment->heldOrderId());
        QVERIFY(saved->amount > 0);
        QCOMPARE(m_wakes, 1);
        QVERIFY(m_payment->attemptOpen());
        QCOMPARE(open.count(), 1);

        report(PaymentStatus::Pending);
        QCOMPARE(m_payment->phase(), Phase::WaitingForReader);
        report(PaymentStatus::InProgress);
        QCOMPARE(m_payment->phase(), Phase::OnReader);
        QVERIFY(m_payment->orderNumber().isEmpty());
        report(PaymentStatus::Completed);
        QCOMPARE(m_payment->phase(), Phase::Completed);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toBool(), true);
        QVERIFY(!m_payment->orderNumber().isEmpty());
        QVERIFY(!m_payment->attemptOpen());
        QCOMPARE(open.count(), 2);
        QCOMPARE(m_store->orderState(m_payment->heldOrderId()), OrderPaymentState::Paid);
        // The customer saw it: not a paid order for staff to call out.
        QVERIFY(m_store->paidNumberNotShown().isEmpty());
    }

    void paidReportedTwiceShowsTheNumberOnce()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        startCard();
        const QString order = m_payment->heldOrderId();
        // The worker says both: the order is paid, and the attempt completed.
        QVERIFY(m_store->recordReport(m_payment->attemptId(), {PaymentStatus::Completed, {}, std::nullopt}, m_now));
        m_payment->onOrderPaid(order);
        m_payment->onAttemptChanged(*m_store->attempt(m_payment->attemptId()));
        QCOMPARE(m_payment->phase(), Phase::Completed);
        QCOMPARE(ready.count(), 1);
        // Another order's news changes nothing.
        m_payment->onOrderPaid(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(ready.count(), 1);
    }

    void declinedThenCounter()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        report(PaymentStatus::InProgress);
        report(PaymentStatus::Declined, QStringLiteral("Insufficient funds"));
        QCOMPARE(m_payment->phase(), Phase::Declined);
        QCOMPARE(m_payment->reason(), Reason::CardDeclined);
        QCOMPARE(m_payment->declineText(), QStringLiteral("Insufficient funds"));
        QVERIFY(m_payment->canTryAgain());
        QVERIFY(!m_payment->attemptOpen());
        QVERIFY(m_payment->orderNumber().isEmpty());

        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        m_payment->payAtCounter();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toBool(), false);
        QCOMPARE(m_store->orderState(m_payment->heldOrderId()), OrderPaymentState::Counter);
        QVERIFY(!m_payment->orderNumber().isEmpty());
        QCOMPARE(m_placed.size(), 1); // the same order, released: not a second one
    }

    void declinedThenTryAgainIsANewAttemptOnTheSameOrder()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        const QString first = m_payment->attemptId();
        const QString order = m_payment->heldOrderId();
        report(PaymentStatus::Declined, QStringLiteral("Do not honor"));
        m_payment->tryAgain();
        QCOMPARE(m_payment->phase(), Phase::Starting);
        QVERIFY(m_payment->attemptId() != first);
        QCOMPARE(m_payment->heldOrderId(), order);
        QCOMPARE(m_placed.size(), 1);
        // A late report of the first attempt changes nothing.
        m_payment->onAttemptChanged(*m_store->attempt(first));
        QCOMPARE(m_payment->phase(), Phase::Starting);
        report(PaymentStatus::Completed);
        QCOMPARE(m_payment->phase(), Phase::Completed);
    }

    void cancelWaitsForTheBackendsWord()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        report(PaymentStatus::InProgress);
        m_wakes = 0;
        m_payment->cancel();
        QCOMPARE(m_payment->phase(), Phase::Cancelling);
        QCOMPARE(m_wakes, 1);
        QVERIFY(m_payment->attemptOpen()); // still at the reader: no idle timeout
        QCOMPARE(m_store->attempt(m_payment->attemptId())->cancelRequested,
                 std::optional(PaymentCancelReason::SellerCanceled));
        // A status report while the cancel is on its way keeps saying "cancelling".
        report(PaymentStatus::InProgress);
        QCOMPARE(m_payment->phase(), Phase::Cancelling);
        report(PaymentStatus::Canceled, QStringLiteral("seller_canceled"));
        QCOMPARE(m_payment->phase(), Phase::Canceled);
        QCOMPARE(m_payment->reason(), Reason::SellerCanceled);
        QVERIFY(!m_payment->attemptOpen());
    }

    void aCancelThatLosesToAnApprovalShowsTheNumber()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        startCard();
        report(PaymentStatus::InProgress);
        m_payment->cancel();
        report(PaymentStatus::Completed);
        QCOMPARE(m_payment->phase(), Phase::Completed);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!m_payment->orderNumber().isEmpty());
    }

    void canceledReasonsInPlainWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("buyer") << u"buyer_canceled"_s << Reason::BuyerCanceled;
        QTest::newRow("timeout") << u"timed_out"_s << Reason::TimedOut;
        QTest::newRow("seller") << u"seller_canceled"_s << Reason::SellerCanceled;
    }
    void canceledReasonsInPlainWords()
    {
        QFETCH(QString, code);
        QFETCH(Reason, reason);
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        report(PaymentStatus::Canceled, code);
        QCOMPARE(m_payment->phase(), Phase::Canceled);
        QCOMPARE(m_payment->reason(), reason);
    }

    void refusals()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        refuse(QStringLiteral("terminal_busy"));
        QCOMPARE(m_payment->phase(), Phase::Refused);
        QCOMPARE(m_payment->reason(), Reason::TerminalBusy);
        QVERIFY(m_payment->canTryAgain());
        m_payment->tryAgain();
        QVERIFY(m_payment->canPayAtCounter());
        refuse(QStringLiteral("order_not_held"));
        QCOMPARE(m_payment->reason(), Reason::OrderNotPayable);
        QVERIFY(!m_payment->canTryAgain());
        // The backend does not hold the order: the counter cannot take it either, and nothing
        // is queued that would tell the customer otherwise.
        QVERIFY(!m_payment->canPayAtCounter());
        m_payment->payAtCounter();
        QCOMPARE(m_payment->phase(), Phase::Refused);
        QCOMPARE(PaymentStore(*m_db).orderState(m_payment->heldOrderId()), OrderPaymentState::AwaitingPayment);
    }

    void backToTheCartAbandonsTheHeldOrder()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        QSignalSpy abandoned(m_payment.get(), &PaymentController::orderAbandoned);
        startCard();
        const QString order = m_payment->heldOrderId();
        // Not while the card is on the reader.
        m_payment->backToCart();
        QCOMPARE(m_payment->phase(), Phase::Starting);
        report(PaymentStatus::Declined, QStringLiteral("Insufficient funds"));
        m_payment->backToCart();
        QCOMPARE(m_payment->phase(), Phase::Idle);
        QCOMPARE(abandoned.count(), 1);
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Abandoned);
        // The next checkout makes a new order.
        startCard();
        QVERIFY(m_payment->heldOrderId() != order);
    }

    void aNewCheckoutNeverLeavesAHeldOrderBehind()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        const QString order = m_payment->heldOrderId();
        report(PaymentStatus::Declined);
        startCard();
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Abandoned);
        QVERIFY(m_payment->heldOrderId() != order);
    }

    void noFinalWordAfterTheTimeoutShowsTheNumberForStaff()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        report(PaymentStatus::InProgress);
        m_now = m_now.addSecs(60 + PaymentController::UnconfirmedGraceS - 1);
        m_payment->checkOverdue();
        QCOMPARE(m_payment->phase(), Phase::OnReader);
        m_now = m_now.addSecs(1);
        m_payment->checkOverdue();
        QCOMPARE(m_payment->phase(), Phase::Unconfirmed);
        QVERIFY(!m_payment->orderNumber().isEmpty());
        QVERIFY(!m_payment->attemptOpen()); // the visit may end
        // It completes while the customer is still there: the usual number.
        QSignalSpy ready(m_payment.get(), &PaymentController::numberReady);
        report(PaymentStatus::Completed);
        QCOMPARE(m_payment->phase(), Phase::Completed);
        QCOMPARE(ready.count(), 1);
    }

    void aVisitEndingAfterADeclineAbandonsTheOrder()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        const QString order = m_payment->heldOrderId();
        report(PaymentStatus::Declined);
        m_payment->endVisit();
        QCOMPARE(m_payment->phase(), Phase::Idle);
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Abandoned);
    }

    void aVisitEndingWithAnOpenAttemptAbandonsOnceSettled()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        const QString order = m_payment->heldOrderId();
        const QString attempt = m_payment->attemptId();
        report(PaymentStatus::InProgress);
        m_payment->endVisit();
        QCOMPARE(m_payment->phase(), Phase::Idle);
        QCOMPARE(m_store->orderState(order), OrderPaymentState::AwaitingPayment);
        QVERIFY(m_store->recordReport(attempt, {PaymentStatus::Canceled, u"timed_out"_s, std::nullopt}, m_now));
        m_payment->onAttemptChanged(*m_store->attempt(attempt));
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Abandoned);
        QCOMPARE(m_payment->phase(), Phase::Idle);
    }

    void aVisitEndingAfterPaymentKeepsTheOrder()
    {
        setUpController(PaymentMode::CardOrCounter, true);
        startCard();
        const QString order = m_payment->heldOrderId();
        report(PaymentStatus::Completed);
        m_payment->endVisit();
        QCOMPARE(m_store->orderState(order), OrderPaymentState::Paid);
    }
};

QTEST_GUILESS_MAIN(TestPaymentController)
#include "tst_paymentcontroller.moc"
