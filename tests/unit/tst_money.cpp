#include "domain/money.h"
#include "domain/ordernumber.h"
#include "domain/pricing.h"

#include <QTest>

using namespace kiosk;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void basisPointsRoundHalfUp_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("bps");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(10000) << 825 << qint64(825);
        QTest::newRow("half rounds up") << qint64(1000) << 825 << qint64(83);   // 82.5
        QTest::newRow("below half rounds down") << qint64(899) << 825 << qint64(74); // 74.1675
        QTest::newRow("above half rounds up") << qint64(1099) << 825 << qint64(91);  // 90.6675
        QTest::newRow("zero amount") << qint64(0) << 825 << qint64(0);
        QTest::newRow("zero rate") << qint64(1234) << 0 << qint64(0);
        QTest::newRow("full rate") << qint64(1234) << 10000 << qint64(1234);
        QTest::newRow("one cent at 50%") << qint64(1) << 5000 << qint64(1);  // 0.5 -> 1
        QTest::newRow("negative mirrors") << qint64(-1000) << 825 << qint64(-83);
        QTest::newRow("large order") << qint64(100000000) << 825 << qint64(8250000);
    }
    void basisPointsRoundHalfUp()
    {
        QFETCH(qint64, amount);
        QFETCH(int, bps);
        QFETCH(qint64, expected);
        QCOMPARE(applyBasisPoints(amount, bps), expected);
    }

    void totalsApplyTaxAfterDiscount()
    {
        const Totals t = computeTotals(2000, 500, 825);
        QCOMPARE(t.subtotal, 2000);
        QCOMPARE(t.discount, 500);
        QCOMPARE(t.tax, 124); // 1500 * 8.25 % = 123.75
        QCOMPARE(t.total, 1624);
    }

    void discountIsClampedToSubtotal()
    {
        QCOMPARE(computeTotals(1000, 5000, 825), (Totals{1000, 1000, 0, 0}));
        QCOMPARE(computeTotals(1000, -50, 825), (Totals{1000, 0, 83, 1083}));
    }

    void orderNumbersArePaddedAndWrap()
    {
        QCOMPARE(formatOrderNumber(QStringLiteral("K1"), 42), QStringLiteral("K1-042"));
        QCOMPARE(formatOrderNumber(QStringLiteral("K1"), 7), QStringLiteral("K1-007"));
        QCOMPARE(formatOrderNumber(QStringLiteral("B"), 999), QStringLiteral("B-999"));
        QCOMPARE(nextOrderSequence(0), 1);
        QCOMPARE(nextOrderSequence(41), 42);
        QCOMPARE(nextOrderSequence(MaxOrderSequence), 1);
        QCOMPARE(nextOrderSequence(-3), 1);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
