// A redemption the backend cannot honour (the member's points are gone, spent on another kiosk
// meanwhile) never fails the order: refpos accepts it with an adjustment, the entry is
// delivered like the orders around it, and the adjustment is recorded for staff. (It used to
// be a 409 and a failed order the kitchen never got.) The real sync thread against the real
// refpos and its seeded members.
#include "domain/loyalty.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "storage/orderadjustments.h"
#include "storage/outbox.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

const QString Sara = u"mbr-1003"_s; // refpos's seeded member

} // namespace

class TestRedemptionRefused : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;
    Menu m_menu = test::loadMenu(test::sampleConfigDir());

    // A cart of one burger for Sara, with `rewards` redeemed and their discount applied.
    Order memberOrder(const QList<LoyaltyReward> &rewards)
    {
        Cart cart;
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(u"classic_burger"_s)), 1);
        QStringList ids;
        for (const LoyaltyReward &reward : rewards)
            ids.append(reward.id);
        return makeOrder(cart, u"T1"_s, DineOption::Here, u"en"_s, 825,
                         loyaltyDiscount(cart, rewards), LoyaltyClaim{Sara, ids});
    }

    qint64 attemptsAtRefpos(const QString &orderId)
    {
        const QJsonArray orders =
            m_http.get(m_refpos->url(u"/admin/orders"_s)).json().value(u"orders"_s).toArray();
        for (const QJsonValue &order : orders) {
            if (order.toObject().value(u"id"_s).toString() == orderId)
                return order.toObject().value(u"attempts"_s).toInteger();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile token(m_dir.filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("redeem-token\n");
        token.close();
        m_http.setToken("redeem-token");
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--token-file"_s, m_dir.filePath(u"token"_s)}, &error), qPrintable(error));
    }

    void refusedRedemptionIsAnAdjustmentOnADeliveredOrder()
    {
        // Sara has 100 points left; the $2-off reward costs 250.
        QCOMPARE(m_http.put(m_refpos->url(u"/admin/loyalty/members/%1/points"_s.arg(Sara)),
                            R"({"points": 100})").status, 200);

        LoyaltyReward twoOff;
        twoOff.id = u"two_dollars_off"_s;
        twoOff.kind = LoyaltyReward::Kind::AmountOff;
        twoOff.amountCents = 200;

        const QString dbPath = m_dir.filePath(u"kiosk.db"_s);
        QString refusedId;
        QString refusedNumber;
        {
            auto db = test::openDb(dbPath);
            OrderStore store(*db);
            Order before = memberOrder({});
            QVERIFY(store.commit(before, u"T"_s).ok);
            Order refused = memberOrder({twoOff});
            QCOMPARE(refused.totals.discount, 200);
            QVERIFY(store.commit(refused, u"T"_s).ok);
            refusedId = refused.id.toString(QUuid::WithoutBraces);
            refusedNumber = refused.number;
            Order after = memberOrder({});
            QVERIFY(store.commit(after, u"T"_s).ok);
        }

        SyncSettings settings = test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s),
                                                   test::sampleConfigDir());
        SyncService sync(settings, dbPath);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        QSignalSpy delivered(&sync, &SyncService::orderDelivered);
        QSignalSpy adjusted(&sync, &SyncService::orderAdjusted);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 15000);
        QCOMPARE(adjusted.size(), 1);
        QCOMPARE(adjusted.at(0).at(0).toString(), refusedId);
        sync.wake();
        QTest::qWait(300);
        sync.stop();
        QCOMPARE(failed.size(), 0);

        // The order before it earned Sara some points, still not enough.
        const int left = 100 + delivered.at(0).at(1).toInt();
        QVERIFY(left < 250);
        auto db = test::openDb(dbPath);
        Outbox outbox(*db);
        QCOMPARE(outbox.list(OutboxEntry::State::Failed).size(), 0);
        QCOMPARE(outbox.list(OutboxEntry::State::Delivered).size(), 3);
        QCOMPARE(attemptsAtRefpos(refusedId), 1); // the kitchen has it
        const QList<OrderAdjustments::Row> rows = OrderAdjustments(*db).recent(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).orderId, refusedId);
        QCOMPARE(rows.at(0).orderNumber, refusedNumber);
        QCOMPARE(rows.at(0).kind, u"reward"_s);
        QCOMPARE(rows.at(0).subject, u"two_dollars_off"_s);
        QCOMPARE(rows.at(0).reason, u"costs 250 points, the member has %1 left"_s.arg(left));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_refpos->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRedemptionRefused)
#include "tst_redemptionrefused.moc"
