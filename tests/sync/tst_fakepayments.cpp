// The scripted payment backend the payment worker's tests stand on (FakePayments through
// FakeBackendPort): it must answer as contract v1 would, or those tests prove nothing.
#include "contract/paymentrequest.h"
#include "fakebackendport.h"

#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

PaymentAttempt attempt(const QString &id, const QString &orderId = QStringLiteral("0b6f1c1e-4a57-4f0e-9c55-2f1d8f0c9a11"))
{
    PaymentAttempt a;
    a.id = id;
    a.orderId = orderId;
    a.amount = 1250;
    a.currency = QStringLiteral("USD");
    a.terminalId = QStringLiteral("T1");
    a.createdAt = QDateTime(QDate(2024, 3, 5), QTime(12, 0), Qt::UTC);
    a.body = PaymentCreateRequest{a.id, a.orderId, a.amount, a.currency, a.terminalId, a.createdAt}.toJson();
    return a;
}

std::optional<PaymentStatus> statusOf(const PaymentOutcome &o)
{
    if (const auto *known = std::get_if<PaymentOutcome::Known>(&o.result))
        return known->report.status;
    return std::nullopt;
}

const QString P1 = QStringLiteral("6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");
const QString P2 = QStringLiteral("7b2f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");

} // namespace

class TestFakePayments : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeBackendPort> m_fake; // a new backend for each test
    std::atomic_bool m_stopping = false;
    std::unique_ptr<BackendPort> m_port;

private slots:
    void init()
    {
        m_port.reset();
        m_fake = std::make_unique<FakeBackendPort>();
        m_port = m_fake->factory()(&m_stopping);
    }

    void createReplayAndReadsWalkTheScript()
    {
        FakePayments &payments = m_fake->payments();
        payments.scriptPaymentStatuses({PaymentStatus::InProgress, PaymentStatus::Completed});
        QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(m_port->readPayment(P1).result));
        QCOMPARE(statusOf(m_port->createPayment(attempt(P1), {})), PaymentStatus::Pending);
        QCOMPARE(m_port->createPayment(attempt(P1), {}).httpStatus, 200); // a replay
        QCOMPARE(statusOf(m_port->readPayment(P1)), PaymentStatus::InProgress);
        const PaymentOutcome done = m_port->readPayment(P1);
        QCOMPARE(statusOf(done), PaymentStatus::Completed);
        QCOMPARE(std::get<PaymentOutcome::Known>(done.result).report.card->last4, QStringLiteral("4242"));
        QCOMPARE(statusOf(m_port->readPayment(P1)), PaymentStatus::Completed);
        // A cancel is a request: a final payment keeps its status.
        QCOMPARE(statusOf(m_port->cancelPayment(P1, PaymentCancelReason::SellerCanceled)), PaymentStatus::Completed);
        QCOMPARE(payments.creates(P1), 2);
        QCOMPARE(payments.reads(P1), 4);
        QCOMPARE(payments.cancels(P1), 1);
        QCOMPARE(payments.createBodies(P1), (QList<QByteArray>{attempt(P1).body, attempt(P1).body}));
        QCOMPARE(payments.completedFor(attempt(P1).orderId), 1);
        // Another body under the same id is no replay.
        PaymentAttempt other = attempt(P1);
        other.body.replace("1250", "1251");
        QVERIFY(std::holds_alternative<PaymentOutcome::Unavailable>(m_port->createPayment(other, {}).result));
    }

    void cancelEndsAnOpenPaymentOrCompletesAnyway()
    {
        FakePayments &payments = m_fake->payments();
        QVERIFY(std::holds_alternative<PaymentOutcome::Unknown>(
            m_port->cancelPayment(P1, PaymentCancelReason::TimedOut).result));
        m_port->createPayment(attempt(P1), {});
        const PaymentOutcome canceled = m_port->cancelPayment(P1, PaymentCancelReason::TimedOut);
        QCOMPARE(statusOf(canceled), PaymentStatus::Canceled);
        QCOMPARE(std::get<PaymentOutcome::Known>(canceled.result).report.reason, QStringLiteral("timed_out"));
        payments.completeOnNextCancel();
        m_port->createPayment(attempt(P2), {});
        QCOMPARE(statusOf(m_port->cancelPayment(P2, PaymentCancelReason::SellerCanceled)), PaymentStatus::Completed);
        QCOMPARE(payments.paymentIds(), (QStringList{P1, P2}));
    }

    void aSlowCancelLetsTheApprovalComeFirst()
    {
        FakePayments &payments = m_fake->payments();
        payments.setCancelLag(1);
        payments.scriptPaymentStatuses({PaymentStatus::InProgress}, P1);
        m_port->createPayment(attempt(P1), {});
        QCOMPARE(statusOf(m_port->cancelPayment(P1, PaymentCancelReason::SellerCanceled)), PaymentStatus::Pending);
        QCOMPARE(statusOf(m_port->readPayment(P1)), PaymentStatus::InProgress);
        QCOMPARE(statusOf(m_port->readPayment(P1)), PaymentStatus::Canceled);
        payments.scriptPaymentStatuses({PaymentStatus::Completed}, P2);
        m_port->createPayment(attempt(P2), {});
        m_port->cancelPayment(P2, PaymentCancelReason::SellerCanceled);
        QCOMPARE(statusOf(m_port->readPayment(P2)), PaymentStatus::Completed);
        QCOMPARE(statusOf(m_port->readPayment(P2)), PaymentStatus::Completed);
    }

    void faults()
    {
        FakePayments &payments = m_fake->payments();
        payments.failNextPaymentCalls(2, false);
        QCOMPARE(m_port->createPayment(attempt(P1), {}).reach, Reach::Unknown);
        QCOMPARE(m_port->readPayment(P1).reach, Reach::Unknown);
        QVERIFY(!payments.current(P1)); // a failed call changes nothing
        payments.loseNextCreateAnswer();
        const PaymentOutcome lost = m_port->createPayment(attempt(P1), {});
        QVERIFY(std::holds_alternative<PaymentOutcome::Unavailable>(lost.result));
        QCOMPARE(lost.reach, Reach::Unreachable);
        QCOMPARE(payments.current(P1)->status, PaymentStatus::Pending); // stored all the same
        payments.refuseNextCreate(QStringLiteral("terminal_busy"));
        const PaymentOutcome refused = m_port->createPayment(attempt(P2), {});
        QCOMPARE(std::get<PaymentOutcome::Refused>(refused.result).code, QStringLiteral("terminal_busy"));
        QVERIFY(!payments.current(P2));
        m_fake->setReachable(false);
        QCOMPARE(m_port->readPayment(P1).reach, Reach::Unreachable);
        m_fake->setReachable(true);
        QCOMPARE(payments.totalCalls(), 4); // the unreachable read never got there
    }
};

QTEST_GUILESS_MAIN(TestFakePayments)
#include "tst_fakepayments.moc"
