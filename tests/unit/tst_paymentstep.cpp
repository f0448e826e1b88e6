// The rules of domain/payment.h: what the kiosk asks the backend next for a card payment, on a
// fake clock. These are the rules that keep a lost answer from turning into a second charge.
#include "domain/payment.h"

#include <QTest>

using namespace kiosk;
using Kind = PaymentStep::Kind;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
constexpr int TimeoutS = 120;

PaymentAttempt attempt(PaymentStatus status, bool uncertain = false)
{
    PaymentAttempt a;
    a.id = QStringLiteral("7f0c9e5e-0000-4000-8000-000000000001");
    a.createdAt = Start;
    a.status = status;
    a.createUncertain = uncertain;
    return a;
}

} // namespace

class TestPaymentStep : public QObject
{
    Q_OBJECT

private slots:
    void aFreshAttemptIsCreated()
    {
        QCOMPARE(nextPaymentStep(attempt(PaymentStatus::Saved), Start, TimeoutS).kind, Kind::Create);
    }

    void aLostCreateAnswerIsReadBeforeAnythingElse()
    {
        // Whether or not a cancel is wanted and however late it is: the status first.
        PaymentAttempt a = attempt(PaymentStatus::Saved, true);
        QCOMPARE(nextPaymentStep(a, Start, TimeoutS).kind, Kind::Read);
        a.cancelRequested = PaymentCancelReason::SellerCanceled;
        QCOMPARE(nextPaymentStep(a, Start.addSecs(TimeoutS * 2), TimeoutS).kind, Kind::Read);
    }

    void aCreateKnownNotToHaveArrivedGoesAgainEvenWhenCancelled()
    {
        // The read said 404: the same create goes, then its cancel, so a late copy of the first
        // create can never start the terminal after the kiosk gave up.
        PaymentAttempt a = attempt(PaymentStatus::Saved);
        a.cancelRequested = PaymentCancelReason::SellerCanceled;
        QCOMPARE(nextPaymentStep(a, Start, TimeoutS).kind, Kind::Create);
    }

    void anOpenAttemptIsReadUntilFinal()
    {
        QCOMPARE(nextPaymentStep(attempt(PaymentStatus::Pending), Start.addSecs(5), TimeoutS).kind, Kind::Read);
        QCOMPARE(nextPaymentStep(attempt(PaymentStatus::InProgress), Start.addSecs(5), TimeoutS).kind, Kind::Read);
    }

    void aCancelIsSentOnceThenTheStatusIsRead()
    {
        PaymentAttempt a = attempt(PaymentStatus::InProgress);
        a.cancelRequested = PaymentCancelReason::SellerCanceled;
        const PaymentStep step = nextPaymentStep(a, Start.addSecs(3), TimeoutS);
        QCOMPARE(step.kind, Kind::Cancel);
        QCOMPARE(step.cancelReason, PaymentCancelReason::SellerCanceled);
        a.cancelSent = true;
        QCOMPARE(nextPaymentStep(a, Start.addSecs(4), TimeoutS).kind, Kind::Read);
    }

    void theKioskTimesOutAnAttemptAtItsTimeout()
    {
        const PaymentAttempt a = attempt(PaymentStatus::InProgress);
        QCOMPARE(nextPaymentStep(a, Start.addSecs(TimeoutS - 1), TimeoutS).kind, Kind::Read);
        QVERIFY(!isOverdue(a, Start.addSecs(TimeoutS - 1), TimeoutS));
        const PaymentStep step = nextPaymentStep(a, Start.addSecs(TimeoutS), TimeoutS);
        QCOMPARE(step.kind, Kind::Cancel);
        QCOMPARE(step.cancelReason, PaymentCancelReason::TimedOut);
        QVERIFY(isOverdue(a, Start.addSecs(TimeoutS), TimeoutS));
    }

    void finalAttemptsAreDoneWhateverIsAsked()
    {
        for (PaymentStatus status : {PaymentStatus::Completed, PaymentStatus::Declined, PaymentStatus::Canceled,
                                     PaymentStatus::Refused}) {
            PaymentAttempt a = attempt(status, true);
            a.cancelRequested = PaymentCancelReason::SellerCanceled;
            QCOMPARE(nextPaymentStep(a, Start.addSecs(TimeoutS * 3), TimeoutS).kind, Kind::Done);
            QVERIFY(!isOverdue(a, Start.addSecs(TimeoutS * 3), TimeoutS));
        }
    }

    void codesRoundTrip()
    {
        for (PaymentStatus status : {PaymentStatus::Saved, PaymentStatus::Pending, PaymentStatus::InProgress,
                                     PaymentStatus::Completed, PaymentStatus::Declined, PaymentStatus::Canceled,
                                     PaymentStatus::Refused})
            QCOMPARE(paymentStatusFromCode(paymentStatusCode(status)), status);
        for (PaymentMode mode : {PaymentMode::Counter, PaymentMode::Card, PaymentMode::CardOrCounter})
            QCOMPARE(paymentModeFromCode(paymentModeCode(mode)), mode);
        QCOMPARE(paymentModeFromCode(QStringLiteral("cash")), std::nullopt);
        QCOMPARE(paymentStatusFromCode(QStringLiteral("COMPLETED")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPaymentStep)
#include "tst_paymentstep.moc"
