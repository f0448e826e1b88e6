// Promo codes, end to end: orders queued in the kiosk's outbox, each with a promo_code that
// refpos (started with --promotions) refuses for a different reason, and one it honours. The
// real sync thread delivers every one (a refused code never fails an order: the customer
// already got the discount at the kiosk, perhaps offline) and records each refusal in
// order_adjustments for staff, kind "promo"; the honoured code leaves none.
#include "../sync/syncfixture.h"
#include "domain/loyalty.h"
#include "storage/orderadjustments.h"
#include "storage/outbox.h"
#include "support/refposprocess.h"
#include "support/tokenfile.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

const QString Sara = u"mbr-1003"_s; // refpos's seeded member, 900 points

} // namespace

class TestPromoE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    Menu m_menu = test::loadMenu(test::sampleConfigDir());

    // `burgers` classic burgers with `code`; Sara redeeming $2 off when `reward`.
    Order promoOrder(const QString &code, int burgers, bool reward = false, Cents promoDiscount = 0)
    {
        Cart cart;
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(u"classic_burger"_s)), burgers);
        LoyaltyReward twoOff;
        twoOff.id = u"two_dollars_off"_s;
        twoOff.kind = LoyaltyReward::Kind::AmountOff;
        twoOff.amountCents = 200;
        const QList<LoyaltyReward> rewards = reward ? QList<LoyaltyReward>{twoOff} : QList<LoyaltyReward>();
        std::optional<LoyaltyClaim> claim;
        if (reward)
            claim = LoyaltyClaim{Sara, {twoOff.id}};
        Order order = makeOrder(cart, u"T1"_s, DineOption::Here, u"en"_s, 825,
                                loyaltyDiscount(cart, rewards) + promoDiscount, claim);
        order.promoCode = code;
        return order;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::writeTokenFile(m_dir.filePath(u"token"_s), "promo-e2e-token"));
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(m_refpos->start({u"--menu"_s, test::sampleMenuFile(), u"--token-file"_s, m_dir.filePath(u"token"_s),
                                  u"--promotions"_s, QStringLiteral(KIOSK_TEST_DATA_DIR) + u"/promotions.json"_s},
                                 &error),
                 qPrintable(error));
    }

    void refusedCodesAreAdjustmentsOnDeliveredOrders()
    {
        const Cents burger = promoOrder(QString(), 1).totals.subtotal;
        struct Case
        {
            Order order;
            QString reason; // empty: honoured
        };
        QList<Case> cases = {
            {promoOrder(u"NOPE"_s, 1), u"no such promotion"_s},
            {promoOrder(u"FUTURE"_s, 1), u"not valid until 2030-01-01T00:00:00Z"_s},
            {promoOrder(u"OLD"_s, 1), u"expired at 2024-01-01T00:00:00Z"_s},
            {promoOrder(u"BIGSPEND"_s, 1), u"needs a subtotal of at least 5000 cents, the order has %1"_s.arg(burger)},
            {promoOrder(u"FREE_DRINK"_s, 1), u"free item fresh_lemonade is not in the order"_s},
            {promoOrder(u"SAVE10"_s, 2, true), u"does not combine with rewards"_s},
            {promoOrder(u"TOGETHER-1"_s, 1, false, 100), QString()},
        };
        const QString dbPath = m_dir.filePath(u"kiosk.db"_s);
        {
            auto db = test::openDb(dbPath);
            for (Case &c : cases)
                test::commitOrder(*db, c.order);
        }

        SyncService sync(test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::sampleConfigDir()),
                         dbPath);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        QSignalSpy delivered(&sync, &SyncService::orderDelivered);
        QSignalSpy adjusted(&sync, &SyncService::orderAdjusted);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), int(cases.size()), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.size(), int(cases.size()) - 1, 5000);
        sync.stop();
        QCOMPARE(failed.size(), 0);

        auto db = test::openDb(dbPath);
        Outbox outbox(*db);
        QCOMPARE(outbox.list(OutboxEntry::State::Failed).size(), 0);
        QCOMPARE(outbox.list(OutboxEntry::State::Delivered).size(), cases.size());
        const QList<OrderAdjustments::Row> rows = OrderAdjustments(*db).recent(20);
        QCOMPARE(rows.size(), cases.size() - 1);
        for (const Case &c : cases) {
            const QString id = c.order.id.toString(QUuid::WithoutBraces);
            const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                          [&](const OrderAdjustments::Row &r) { return r.orderId == id; });
            if (c.reason.isEmpty()) {
                QVERIFY2(row == rows.cend(), qPrintable(c.order.promoCode));
                continue;
            }
            QVERIFY2(row != rows.cend(), qPrintable(c.order.promoCode));
            QCOMPARE(row->kind, u"promo"_s);
            QCOMPARE(row->subject, c.order.promoCode);
            QCOMPARE(row->reason, c.reason);
        }
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestPromoE2e)
#include "tst_promo_e2e.moc"
