// The payment worker (through PaymentService, on its own thread) against the scripted payment
// backend: what it sends, in what order, and what it records, for every way a payment can go.
// The rules under test are docs/payments.md's: saved before asked, the same create on every
// retry, a read before anything after a lost answer, a cancel is only a request, and a restart
// settles what was left open.
#include "fakebackendport.h"
#include "fakepayments.h"
#include "storage/paymentstore.h"
#include "support/database.h"
#include "support/orderbuilder.h"
#include "sync/paymentservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using kiosk::test::FakeBackendPort;

namespace {

constexpr int WaitMs = 15000; // only a hang takes this long

} // namespace

class TestPaymentWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeBackendPort> m_backend;
    std::unique_ptr<PaymentService> m_service;
    int m_count = 0;

    test::FakePayments &payments() { return m_backend->payments(); }

    // A card order committed as checkout commits it, its creation delivered (or not).
    QString heldOrder(bool delivered = true)
    {
        Order order = test::burgerOrder(QDateTime::currentDateTimeUtc().addSecs(-5));
        order.payment = PaymentMethod::Card;
        test::commitOrder(*m_db, order);
        const QString id = order.id.toString(QUuid::WithoutBraces);
        if (delivered)
            test::setState(*m_db, id, "delivered");
        return id;
    }

    PaymentAttempt begin(const QString &orderId)
    {
        QString error;
        const auto attempt = PaymentStore(*m_db).begin(orderId, QStringLiteral("T1"), QStringLiteral("USD"),
                                                       QDateTime::currentDateTimeUtc(), &error);
        if (!attempt)
            qFatal("cannot begin: %s", qPrintable(error));
        return *attempt;
    }

    void startService(int timeoutS = 120)
    {
        PaymentSettings settings;
        settings.mode = PaymentMode::Card;
        settings.terminalId = QStringLiteral("T1");
        settings.timeoutS = timeoutS;
        m_service = std::make_unique<PaymentService>(SyncSettings{}, settings, m_path, m_backend->factory());
        m_service->start();
    }

    PaymentAttempt stored(const QString &id) { return *PaymentStore(*m_db).attempt(id); }

    // Waits until the attempt is final in the database (as the GUI would read it).
    bool waitFinal(const QString &id)
    {
        return QTest::qWaitFor([&] { return stored(id).isFinal(); }, WaitMs);
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("kiosk%1.db").arg(++m_count));
        m_db = test::openDb(m_path);
        m_backend = std::make_unique<FakeBackendPort>();
    }

    void cleanup()
    {
        m_service.reset();
        m_backend.reset();
        m_db.reset();
    }

    void anApprovedPaymentMarksTheOrderPaid()
    {
        startService();
        const QString order = heldOrder();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress, PaymentStatus::Completed});
        QSignalSpy paid(m_service.get(), &PaymentService::orderPaid);
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(paid.wait(WaitMs));
        QCOMPARE(paid.first().at(0).toString(), order);
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(stored(attempt.id).card->last4, QStringLiteral("4242"));
        QCOMPARE(PaymentStore(*m_db).orderState(order), OrderPaymentState::Paid);
        QCOMPARE(payments().creates(attempt.id), 1);
        QCOMPARE(payments().createBodies(attempt.id), QList<QByteArray>{attempt.body});
    }

    void nothingIsAskedBeforeTheHeldOrderIsOnTheBackend()
    {
        startService();
        const QString order = heldOrder(false);
        payments().scriptPaymentStatuses({PaymentStatus::Completed});
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QTest::qWait(1000);
        QCOMPARE(payments().totalCalls(), 0);
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Saved);
        test::setState(*m_db, order, "delivered");
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
    }

    void anOrderTheBackendRefusedIsNeverCharged()
    {
        startService();
        const QString order = heldOrder(false);
        test::setState(*m_db, order, "failed");
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Refused);
        QCOMPARE(stored(attempt.id).reason, QStringLiteral("order_rejected"));
        QCOMPARE(payments().totalCalls(), 0);
    }

    void aLostCreateAnswerIsReadNotSentAgain()
    {
        startService();
        const QString order = heldOrder();
        payments().loseNextCreateAnswer();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress, PaymentStatus::Completed});
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(payments().creates(attempt.id), 1); // the read found it: no second create
        QCOMPARE(payments().completedFor(order), 1);
    }

    void aCreateThatNeverArrivedGoesAgainWithTheSameBody()
    {
        startService();
        const QString order = heldOrder();
        payments().failNextPaymentCalls(1); // the create: no connection, nothing stored
        payments().scriptPaymentStatuses({PaymentStatus::Completed});
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QCOMPARE(payments().paymentIds(), QStringList{attempt.id}); // never a new id
        // Both creates (the one that never arrived and the one after the read's 404) the same bytes.
        QCOMPARE(payments().createBodies(attempt.id), (QList<QByteArray>{attempt.body, attempt.body}));
        QVERIFY(payments().reads(attempt.id) >= 1); // the 404 that allowed the second create
    }

    void aDeclineIsFinalAndANewAttemptMayFollow()
    {
        startService();
        const QString order = heldOrder();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress, PaymentStatus::Declined});
        const PaymentAttempt first = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(first.id));
        QCOMPARE(stored(first.id).status, PaymentStatus::Declined);
        QCOMPARE(stored(first.id).reason, QStringLiteral("Insufficient funds"));
        QCOMPARE(PaymentStore(*m_db).orderState(order), OrderPaymentState::AwaitingPayment);
        payments().scriptPaymentStatuses({PaymentStatus::Completed});
        const PaymentAttempt second = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(second.id));
        QCOMPARE(stored(second.id).status, PaymentStatus::Completed);
        QCOMPARE(payments().completedFor(order), 1);
    }

    void aCancelIsARequestAndAnApprovalMayWin()
    {
        startService();
        const QString order = heldOrder();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress});
        payments().completeOnNextCancel();
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(QTest::qWaitFor([&] { return stored(attempt.id).status == PaymentStatus::InProgress; }, WaitMs));
        QSignalSpy paid(m_service.get(), &PaymentService::orderPaid);
        QVERIFY(PaymentStore(*m_db).requestCancel(attempt.id, PaymentCancelReason::SellerCanceled,
                                                  QDateTime::currentDateTimeUtc()));
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QVERIFY(paid.count() == 1 || paid.wait(WaitMs));
        QCOMPARE(payments().cancels(attempt.id), 1);
    }

    void theKioskCancelsAnAttemptAtItsTimeout()
    {
        startService(1);
        const QString order = heldOrder();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress}); // nobody at the reader
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Canceled);
        QCOMPARE(payments().cancelReasons(attempt.id), QList<PaymentCancelReason>{PaymentCancelReason::TimedOut});
        QCOMPARE(stored(attempt.id).cancelRequested, PaymentCancelReason::TimedOut);
    }

    void callsThatGetNoAnswerAreRetriedAndShownToStaff()
    {
        startService();
        const QString order = heldOrder();
        payments().failNextPaymentCalls(3, false); // 5xx: the create, then two reads
        payments().scriptPaymentStatuses({PaymentStatus::InProgress, PaymentStatus::Completed});
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(QTest::qWaitFor([&] { return !stored(attempt.id).lastError.isEmpty(); }, WaitMs));
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Completed);
        QVERIFY(stored(attempt.id).lastError.isEmpty());
        QCOMPARE(payments().paymentIds(), QStringList{attempt.id});
        QCOMPARE(payments().completedFor(order), 1);
    }

    void aRefusedCreateIsFinalWithItsCode()
    {
        startService();
        const QString order = heldOrder();
        payments().refuseNextCreate(QStringLiteral("terminal_busy"));
        const PaymentAttempt attempt = begin(order);
        m_service->wake();
        QVERIFY(waitFinal(attempt.id));
        QCOMPARE(stored(attempt.id).status, PaymentStatus::Refused);
        QCOMPARE(stored(attempt.id).reason, QStringLiteral("terminal_busy"));
    }

    void aRestartSettlesWhatWasLeftOpenThenDropsUnpaidHeldOrders()
    {
        // The last run: one attempt on the reader, one saved and perhaps sent, one order held
        // with no attempt at all; then the kiosk died.
        const QString onReader = heldOrder();
        const PaymentAttempt reading = begin(onReader);
        PaymentStore(*m_db).recordReport(reading.id, {PaymentStatus::InProgress, {}, {}}, QDateTime::currentDateTimeUtc());
        const QString saved = heldOrder();
        const PaymentAttempt maybeSent = begin(saved);
        const QString orphan = heldOrder();
        payments().scriptPaymentStatuses({PaymentStatus::InProgress}, reading.id);
        QVERIFY(payments().create(stored(reading.id)).result.index() == 0); // the backend has it

        startService();
        QSignalSpy finished(m_service.get(), &PaymentService::recoveryFinished);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(stored(reading.id).status, PaymentStatus::Canceled);
        QCOMPARE(payments().cancelReasons(reading.id), QList<PaymentCancelReason>{PaymentCancelReason::SellerCanceled});
        // The saved one was read first (404), then created with its own body and cancelled.
        QCOMPARE(stored(maybeSent.id).status, PaymentStatus::Canceled);
        QCOMPARE(payments().createBodies(maybeSent.id), QList<QByteArray>{maybeSent.body});
        // Nobody paid for any of the three: all dropped on the backend through the outbox.
        QCOMPARE(finished.first().at(0).toInt(), 3);
        for (const QString &order : {onReader, saved, orphan})
            QCOMPARE(PaymentStore(*m_db).orderState(order), OrderPaymentState::Abandoned);
    }
};

QTEST_GUILESS_MAIN(TestPaymentWorker)
#include "tst_paymentworker.moc"
