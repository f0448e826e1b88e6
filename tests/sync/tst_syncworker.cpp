// SyncService and its worker thread through an in-memory backend port: no HTTP at all, so what
// is tested is the kiosk's side only. Delivery order and exactly-once marking, retries with
// backoff and the backend's pause, rejections kept for staff, the online state, a stop in the
// middle of a delivery, the menu with its validator, and member lookups with the offline cache.
#include "fakebackendport.h"
#include "domain/basket.h"
#include "domain/itemselection.h"
#include "storage/orderadjustments.h"
#include "storage/outbox.h"
#include "sync/menucache.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace std::chrono_literals;
using test::FakeBackendPort;
using State = OutboxEntry::State;
using Source = LoyaltyLookupResult::Source;

namespace {

constexpr int Patience = 15000; // ms: generous, since only a hang makes it matter

LoyaltyMember member(const QString &id, const QString &firstName, int points)
{
    LoyaltyMember m;
    m.id = id;
    m.firstName = firstName;
    m.lastNameInitial = QStringLiteral("K");
    m.points = points;
    m.tier = QStringLiteral("Silver");
    return m;
}

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_menuDir = test::minimalConfigDir();
    Menu m_menu = test::loadMenu(m_menuDir);
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    SyncSettings m_settings;
    quint64 m_nextLookup = 1;

    std::optional<OutboxEntry> entryFor(const QString &key) { return test::outboxEntry(*m_db, key); }

    LoyaltyLookupResult lookup(SyncService &sync, LoyaltyLookupKind kind, const QString &identifier)
    {
        return test::lookupAndWait(sync, m_nextLookup++, kind, identifier, Patience);
    }

private slots:
    // A fresh kiosk database for every test, and settings whose backend is never dialled.
    void init()
    {
        m_dbPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        m_db = test::openDb(m_dbPath);
        m_settings = test::fastSettings(1, QString(), m_menuDir);
    }

    void cleanup() { m_db.reset(); }

    void deliversEachKindInOrderAndMarksEachOnce()
    {
        FakeBackendPort backend;
        QStringList orders;
        for (int i = 0; i < 4; ++i)
            orders.append(test::commitOrder(*m_db, m_menu, i));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(Outbox(*m_db).enqueue(QStringLiteral("feedback"), QStringLiteral("fb-1"), R"({"csat":5})", at));
        QVERIFY(Outbox(*m_db).enqueue(QStringLiteral("assist"), QStringLiteral("as-1"), R"({"reason":"help"})", at));

        SyncService service(m_settings, m_dbPath, backend.factory());
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(*m_db).counts().delivered, 6, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(service.pendingCount(), 0, Patience);
        // The worker's onlineChanged reaches this thread queued, maybe after the last delivery.
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);

        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")), orders);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("feedback")), QStringList{QStringLiteral("fb-1")});
        QCOMPARE(backend.deliveryKeys(QStringLiteral("assist")), QStringList{QStringLiteral("as-1")});
        QCOMPARE(backend.deliveries().size(), 6); // each once
        QCOMPARE(delivered.count(), 4);           // orders only
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(delivered.at(i).at(0).toString(), orders.at(i));
            QCOMPARE(delivered.at(i).at(1).toInt(), 7);
        }
        for (const FakeBackendPort::Seen &seen : backend.deliveries()) {
            const auto entry = entryFor(seen.key);
            QCOMPARE(seen.body, entry->body); // the stored document, as it is
            QCOMPARE(entry->state, State::Delivered);
            QCOMPARE(entry->attempts, 1);
            QCOMPARE(entry->response, "accepted " + seen.key.toUtf8());
            QCOMPARE(entry->pointsEarned, seen.kind == QLatin1String("order") ? std::optional(7) : std::nullopt);
        }
    }

    void retriesWithBackoffAndHonoursTheBackendsPause()
    {
        FakeBackendPort backend;
        backend.scriptDeliveries({DeliveryOutcome::retryLater(QStringLiteral("busy")),
                                  DeliveryOutcome::retryLater(QStringLiteral("busy")),
                                  DeliveryOutcome::retryLater(QStringLiteral("slow down"), 3000ms)});
        const QString key = test::commitOrder(*m_db, m_menu, 1);
        const QString next = test::commitOrder(*m_db, m_menu, 2);

        SyncService service(m_settings, m_dbPath, backend.factory());
        service.setRandomSource([] { return 0.999; }); // the top of each backoff range
        const QDateTime before = QDateTime::currentDateTimeUtc();
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(entryFor(key)->attempts, 3, Patience);
        const auto paused = entryFor(key);
        QCOMPARE(paused->state, State::Pending);
        QCOMPARE(paused->lastError, QStringLiteral("slow down"));
        // Our own backoff is at most 100 ms here; the entry waits for the backend's 3 s, and
        // the order behind it waits behind it.
        QVERIFY(paused->nextAttemptAt >= before.addMSecs(3000));
        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")), QStringList(3, key));

        QTRY_COMPARE_WITH_TIMEOUT(Outbox(*m_db).counts().delivered, 2, Patience);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")), QStringList({key, key, key, key, next}));
        const auto done = entryFor(key);
        QCOMPARE(done->attempts, 4);
        QVERIFY(done->lastError.isEmpty());
        QVERIFY(done->deliveredAt >= before.addMSecs(3000));
    }

    void rejectedFailsForGoodUntilStaffRetry()
    {
        FakeBackendPort backend;
        backend.scriptDeliveries({DeliveryOutcome::rejected(QStringLiteral("lines[0].item_id: unknown item"), "{}")});
        const QString refused = test::commitOrder(*m_db, m_menu, 1);
        const QString fine = test::commitOrder(*m_db, m_menu, 2);

        SyncService service(m_settings, m_dbPath, backend.factory());
        QSignalSpy failed(&service, &SyncService::deliveryFailed);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(service.failedCount(), 1, Patience);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), refused);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("lines[0].item_id: unknown item"));
        QCOMPARE(delivered.at(0).at(0).toString(), fine);

        // Several polls later it was not sent again.
        const int probes = backend.healthProbes() + 3;
        QTRY_VERIFY_WITH_TIMEOUT(backend.healthProbes() >= probes, Patience);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")), QStringList({refused, fine}));
        const auto entry = entryFor(refused);
        QCOMPARE(entry->state, State::Failed);
        QCOMPARE(entry->attempts, 1);

        service.retryFailed(entry->seq);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, Patience);
        QCOMPARE(delivered.at(1).at(0).toString(), refused);
        QTRY_COMPARE_WITH_TIMEOUT(service.failedCount(), 0, Patience);
    }

    // Unreachable: offline, and the entry marked as a network failure, so that it goes at once
    // when the health probe finds the backend again rather than at the end of a long backoff.
    void unreachableWaitsForTheBackendToComeBack()
    {
        FakeBackendPort backend;
        backend.setReachable(false);
        const QString key = test::commitOrder(*m_db, m_menu, 3);
        m_settings.backoffBaseMs = 600000;
        m_settings.backoffCapMs = 600000;

        SyncService service(m_settings, m_dbPath, backend.factory());
        service.setRandomSource([] { return 0.999; });
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        QSignalSpy online(&service, &SyncService::onlineChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(entryFor(key)->attempts, 1, Patience);
        QVERIFY(!service.isOnline());
        // The attempt is in the database before the queued onlineChanged reaches this thread.
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), Patience);
        QCOMPARE(online.first().at(0).toBool(), false);
        QCOMPARE(entryFor(key)->lastError, Outbox::networkErrorPrefix() + QStringLiteral("connect: refused"));

        backend.setReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QCOMPARE(backend.acceptedKeys(), QStringList{key});
    }

    void notReadySendsNothing()
    {
        FakeBackendPort backend;
        backend.setReady(false);
        test::commitOrder(*m_db, m_menu, 4);
        SyncService service(m_settings, m_dbPath, backend.factory());
        QSignalSpy outbox(&service, &SyncService::outboxChanged);
        QSignalSpy network(&service, &SyncService::networkTestFinished);
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.count() >= 1, Patience); // the worker is up
        QTest::qWait(500);                                        // several polls
        QVERIFY(backend.deliveries().isEmpty());
        QCOMPARE(backend.healthProbes(), 0);
        QCOMPARE(service.pendingCount(), 1);
        QVERIFY(!service.isOnline());

        service.runNetworkTest();
        QTRY_COMPARE_WITH_TIMEOUT(network.count(), 1, Patience);
        QCOMPARE(network.first().at(0).toInt(), 0);
        QCOMPARE(network.first().at(2).toString(), QStringLiteral("fake backend not ready"));
        const LoyaltyLookupResult result = lookup(service, LoyaltyLookupKind::Phone, QStringLiteral("+12065550100"));
        QCOMPARE(result.source, Source::None);
        QCOMPARE(result.error, QStringLiteral("fake backend not ready"));
        QCOMPARE(backend.lookups(), 0);

        backend.setReady(true);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
    }

    // The backend took the order but its answer never came when the kiosk stopped: still
    // pending, no attempt counted; the next start sends it again and marks it once.
    void stopMidDeliveryThenDeliverOnce()
    {
        FakeBackendPort backend;
        backend.hangNextDelivery();
        const QString key = test::commitOrder(*m_db, m_menu, 5);
        {
            SyncService service(m_settings, m_dbPath, backend.factory());
            service.start();
            QTRY_COMPARE_WITH_TIMEOUT(backend.deliveries().size(), 1, Patience);
            QElapsedTimer stopping;
            stopping.start();
            service.stop();
            QVERIFY2(stopping.elapsed() < 2000, "stop() waited for the hung delivery");
        }
        QCOMPARE(entryFor(key)->state, State::Pending);
        QCOMPARE(entryFor(key)->attempts, 0);

        SyncService again(m_settings, m_dbPath, backend.factory());
        QSignalSpy delivered(&again, &SyncService::orderDelivered);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")), QStringList({key, key}));
        QCOMPARE(backend.acceptedKeys(), QStringList{key});
        QCOMPARE(entryFor(key)->attempts, 1);
    }

    void healthDrivesTheOnlineState()
    {
        FakeBackendPort backend;
        SyncService service(m_settings, m_dbPath, backend.factory());
        QSignalSpy online(&service, &SyncService::onlineChanged);
        QSignalSpy health(&service, &SyncService::healthChecked);
        QSignalSpy network(&service, &SyncService::networkTestFinished);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(health.count() >= 1, Patience);
        QCOMPARE(health.first().at(0).toBool(), true);

        backend.setHealthy(false);
        QTRY_VERIFY_WITH_TIMEOUT(!service.isOnline(), Patience);
        // The adapter's reason reaches the health monitor (Square's "token refused" included).
        QTRY_VERIFY_WITH_TIMEOUT(!health.last().at(0).toBool(), Patience);
        QCOMPARE(health.last().at(2).toString(), QStringLiteral("the backend reports \"fail\""));
        service.runNetworkTest();
        QTRY_COMPARE_WITH_TIMEOUT(network.count(), 1, Patience);
        QCOMPARE(network.first().at(2).toString(), QStringLiteral("the backend reports \"fail\""));
        backend.setHealthy(true);
        QTRY_VERIFY_WITH_TIMEOUT(service.isOnline(), Patience);
        QCOMPARE(online.count(), 3);
    }

    void menuIsValidatedCachedAndAskedForWithItsValidator()
    {
        FakeBackendPort backend;
        QByteArray document = test::readFile(m_menuDir + QStringLiteral("/menu.json"));
        backend.setMenu(document, QStringLiteral("m1"));
        m_settings.menuPollIntervalMs = 100;
        {
            SyncService service(m_settings, m_dbPath, backend.factory());
            QSignalSpy updated(&service, &SyncService::menuUpdated);
            QSignalSpy rejected(&service, &SyncService::menuRejected);
            QSignalSpy problems(&service, &SyncService::menuProblemsChanged);
            const QStringList notMapped{QStringLiteral("ITEM W62U (Latte): variable price")};
            backend.setMenuProblems(notMapped);
            service.start();
            QVERIFY(!service.cachedMenu());
            QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, Patience);
            // What the adapter could not map is said once, not on every poll.
            QCOMPARE(problems.count(), 1);
            QCOMPARE(problems.first().at(0).toStringList(), notMapped);
            QCOMPARE(updated.first().at(0).value<Menu>().items().size(), m_menu.items().size());
            QCOMPARE(MenuCache(*m_db).load()->etag, QStringLiteral("m1"));
            QTRY_VERIFY_WITH_TIMEOUT(backend.menuValidatorsAsked().size() >= 3, Patience);
            QCOMPARE(backend.menuValidatorsAsked().first(), QString());
            QCOMPARE(backend.menuValidatorsAsked().last(), QStringLiteral("m1"));
            QCOMPARE(updated.count(), 1);

            // A broken menu is refused with the validator's words, once; the good one stays.
            backend.setMenu(document.replace("\"category\": \"burgers\"", "\"category\": \"desserts\""),
                            QStringLiteral("m2"));
            QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, Patience);
            QVERIFY(rejected.first().at(0).toString().contains(QLatin1String("items[0].category: unknown category")));
            const int asked = backend.menuValidatorsAsked().size() + 2;
            QTRY_VERIFY_WITH_TIMEOUT(backend.menuValidatorsAsked().size() >= asked, Patience);
            QCOMPARE(rejected.count(), 1);
            QCOMPARE(updated.count(), 1);
            QCOMPARE(MenuCache(*m_db).load()->etag, QStringLiteral("m1"));
        }
        SyncService restarted(m_settings, m_dbPath, backend.factory());
        restarted.start();
        QVERIFY(restarted.cachedMenu());
    }

    void aHeldOrdersEntriesCarryTheReceiptOfTheOrdersDelivery()
    {
        // An adapter whose backend names orders its own way (Square) finds the order again from
        // its own receipt: the paid notice is given the order's id and that receipt.
        FakeBackendPort backend;
        QVERIFY(m_db->exec("INSERT INTO outbox(kind, key, body, created_at, state, response) VALUES "
                           "('order', 'o-1', '{}', '2026-01-01T00:00:00.000Z', 'delivered', '{\"square_order_id\":\"SQ1\"}'),"
                           "('order_paid', 'o-1/paid', '{}', '2026-01-01T00:00:01.000Z', 'pending', NULL)"));
        SyncService service(m_settings, m_dbPath, backend.factory());
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(backend.deliveries().size(), 1, Patience);
        const FakeBackendPort::Seen seen = backend.deliveries().first();
        QCOMPARE(seen.kind, QStringLiteral("order_paid"));
        QCOMPARE(seen.key, QStringLiteral("o-1"));
        QCOMPARE(seen.orderReceipt, QByteArray("{\"square_order_id\":\"SQ1\"}"));
    }

    void lookupsAnsweredOnlineThenFromTheCache()
    {
        FakeBackendPort backend;
        const QString household = QStringLiteral("+12065550177");
        backend.addMembers(LoyaltyLookupKind::Phone, household,
                           {member(QStringLiteral("m-1"), QStringLiteral("Sam"), 420),
                            member(QStringLiteral("m-2"), QStringLiteral("Sara"), 900)});
        SyncService service(m_settings, m_dbPath, backend.factory());
        service.start();

        const LoyaltyLookupResult online = lookup(service, LoyaltyLookupKind::Phone, household);
        QCOMPARE(online.source, Source::Online);
        QCOMPARE(online.members.size(), 2);
        QCOMPARE(online.members.at(1).firstName, QStringLiteral("Sara"));
        const LoyaltyLookupResult nobody = lookup(service, LoyaltyLookupKind::MemberNumber, QStringLiteral("1"));
        QCOMPARE(nobody.source, Source::Online);
        QVERIFY(nobody.members.isEmpty());
        QVERIFY(nobody.error.isEmpty());

        // The backend cannot answer: members seen before come from the cache, others not.
        backend.setLookupsUnavailable(QStringLiteral("HTTP 503"));
        const LoyaltyLookupResult cached = lookup(service, LoyaltyLookupKind::Phone, household);
        QCOMPARE(cached.source, Source::Cache);
        QCOMPARE(cached.members, online.members);
        const LoyaltyLookupResult stranger = lookup(service, LoyaltyLookupKind::Code, QStringLiteral("X"));
        QCOMPARE(stranger.source, Source::None);
        QCOMPARE(stranger.error, QStringLiteral("HTTP 503"));

        // A lookup the backend refuses is not hidden behind the cache.
        backend.setLookupsUnavailable({});
        backend.setLookupsRefused(QStringLiteral("HTTP 422"));
        const LoyaltyLookupResult refused = lookup(service, LoyaltyLookupKind::Phone, household);
        QCOMPARE(refused.source, Source::None);
        QCOMPARE(refused.error, QStringLiteral("HTTP 422"));
        QCOMPARE(backend.lookups(), 5);
    }

    // A reward the backend could not honour is an adjustment on an accepted order: the entry is
    // delivered (never failed), and the adjustment is recorded for staff with the order's number
    // and the reward's name as the order redeemed it.
    void adjustedOrderIsDeliveredAndRecorded()
    {
        FakeBackendPort backend;
        backend.scriptDeliveries({DeliveryOutcome::delivered(
            "{}", 12, {{QStringLiteral("reward"), QStringLiteral("two_off"), QStringLiteral("costs 250 points"), 0}})});
        Order order = test::menuOrder(m_menu, 1);
        order.loyalty = LoyaltyClaim{QStringLiteral("m-1"), {QStringLiteral("two_off")}};
        order.loyaltyPointsRedeemed = 250;
        order.loyaltyRewardNames = {{QStringLiteral("two_off"), QStringLiteral("$2 off")}};
        test::commitOrder(*m_db, order);
        const QString key = order.id.toString(QUuid::WithoutBraces);

        SyncService service(m_settings, m_dbPath, backend.factory());
        QSignalSpy delivered(&service, &SyncService::orderDelivered);
        QSignalSpy adjusted(&service, &SyncService::orderAdjusted);
        QSignalSpy failed(&service, &SyncService::deliveryFailed);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(adjusted.count(), 1, Patience);
        QCOMPARE(adjusted.at(0).at(0).toString(), key);
        QCOMPARE(adjusted.at(0).at(1).toInt(), 1);
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0).at(1).toInt(), 12);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(entryFor(key)->state, State::Delivered);
        QCOMPARE(service.failedCount(), 0);

        const QList<OrderAdjustments::Row> rows = OrderAdjustments(*m_db).recent(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).orderId, key);
        QCOMPARE(rows.at(0).orderNumber, entryFor(key)->orderNumber);
        QVERIFY(!rows.at(0).orderNumber.isEmpty());
        QCOMPARE(rows.at(0).kind, QStringLiteral("reward"));
        QCOMPARE(rows.at(0).subject, QStringLiteral("two_off"));
        QCOMPARE(rows.at(0).subjectName, QStringLiteral("$2 off"));
        QCOMPARE(rows.at(0).reason, QStringLiteral("costs 250 points"));
    }

    // The offline cache answers with the points the backend gave, less what this kiosk's orders
    // redeemed since: a second offline order cannot spend them again.
    void cachedMemberLosesThePointsOrdersRedeemed()
    {
        FakeBackendPort backend;
        const QString phone = QStringLiteral("+12065550188");
        backend.addMembers(LoyaltyLookupKind::Phone, phone, {member(QStringLiteral("m-1"), QStringLiteral("Sam"), 600)});
        SyncService service(m_settings, m_dbPath, backend.factory());
        service.start();
        QCOMPARE(lookup(service, LoyaltyLookupKind::Phone, phone).members.value(0).points, 600);

        backend.setReachable(false); // offline: orders wait, lookups come from the cache
        LoyaltyReward fiveHundred;
        fiveHundred.id = QStringLiteral("ten_pct");
        fiveHundred.pointsCost = 500;
        fiveHundred.kind = LoyaltyReward::Kind::PercentOff;
        fiveHundred.percent = 10;
        // A basket of one item for Sam as the cache answers now, offered the 500-point reward.
        const auto offlineBasket = [&](int expectedPoints) {
            const LoyaltyLookupResult answer = lookup(service, LoyaltyLookupKind::Phone, phone);
            LoyaltyMember sam = answer.members.value(0);
            if (answer.source != Source::Cache || sam.points != expectedPoints)
                qWarning() << "cache answered" << sam.points << "points, expected" << expectedPoints;
            sam.rewards = {fiveHundred};
            Basket basket;
            basket.setOfflineRedemptionCap(10000);
            basket.add(ItemSelection::withDefaults(m_menu, m_menu.items().first()), 1);
            basket.setMember(sam, answer.source == Source::Cache);
            return basket;
        };
        Basket basket = offlineBasket(600);
        QCOMPARE(basket.pointsLeft(), 600);
        QCOMPARE(basket.redeem(fiveHundred.id), Basket::Redeem::Redeemed);
        Order order = test::menuOrder(m_menu, 1);
        order.loyalty = basket.claim();
        order.loyaltyPointsRedeemed = fiveHundred.pointsCost;
        test::commitOrder(*m_db, order);

        Basket next = offlineBasket(100);
        QCOMPARE(next.pointsLeft(), 100);
        QVERIFY(next.offlineCap().has_value()); // answered from the cache
        QCOMPARE(next.redeem(fiveHundred.id), Basket::Redeem::NotEnoughPoints);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
