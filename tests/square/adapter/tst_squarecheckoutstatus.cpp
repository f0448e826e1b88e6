// A Square TerminalCheckout's status as the kiosk's payment status: pure.
#include "square/squarecheckoutstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kiosk {

class TestSquareCheckoutStatus : public QObject
{
    Q_OBJECT

private slots:
    void everyStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("cancelReason");
        QTest::addColumn<int>("kioskCancel"); // -1: none asked
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pending") << u"PENDING"_s << QString() << -1 << int(PaymentStatus::Pending) << QString();
        QTest::newRow("in progress") << u"IN_PROGRESS"_s << QString() << -1 << int(PaymentStatus::InProgress) << QString();
        // A cancel is a request: the buyer may still pay.
        QTest::newRow("cancel requested") << u"CANCEL_REQUESTED"_s << QString() << 0 << int(PaymentStatus::InProgress) << QString();
        QTest::newRow("completed") << u"COMPLETED"_s << QString() << -1 << int(PaymentStatus::Completed) << QString();
        QTest::newRow("buyer") << u"CANCELED"_s << u"BUYER_CANCELED"_s << -1 << int(PaymentStatus::Canceled) << u"buyer_canceled"_s;
        QTest::newRow("seller") << u"CANCELED"_s << u"SELLER_CANCELED"_s << int(PaymentCancelReason::SellerCanceled)
                                << int(PaymentStatus::Canceled) << u"seller_canceled"_s;
        QTest::newRow("kiosk timeout") << u"CANCELED"_s << u"SELLER_CANCELED"_s << int(PaymentCancelReason::TimedOut)
                                       << int(PaymentStatus::Canceled) << u"timed_out"_s;
        QTest::newRow("square deadline") << u"CANCELED"_s << u"TIMED_OUT"_s << -1 << int(PaymentStatus::Canceled) << u"timed_out"_s;
    }

    void everyStatus()
    {
        QFETCH(QString, status);
        QFETCH(QString, cancelReason);
        QFETCH(int, kioskCancel);
        QFETCH(int, expected);
        QFETCH(QString, reason);
        QJsonObject checkout{{u"status"_s, status}, {u"amount_money"_s, QJsonObject{{u"amount"_s, 1234}, {u"currency"_s, u"USD"_s}}}};
        if (!cancelReason.isEmpty())
            checkout.insert(u"cancel_reason"_s, cancelReason);
        const auto report = squareCheckoutReport(checkout, kioskCancel < 0 ? std::nullopt : std::optional(PaymentCancelReason(kioskCancel)));
        QVERIFY(report);
        QCOMPARE(int(report->status), expected);
        QCOMPARE(report->reason, reason);
        QCOMPARE(report->amount, std::optional<Cents>(1234));
    }

    void anUndocumentedStatusIsNoReport()
    {
        QVERIFY(!squareCheckoutReport(QJsonObject{{u"status"_s, u"DECLINED"_s}}));
    }
};

} // namespace kiosk

QTEST_APPLESS_MAIN(kiosk::TestSquareCheckoutStatus)
#include "tst_squarecheckoutstatus.moc"
