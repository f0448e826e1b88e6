// A customer joining the rewards program at the kiosk, through SyncService and its worker with
// the in-memory backend port: the enrolment is saved (outbox entry and cached member) before it
// is answered, delivered once under the member's id, retried under the same key, and an order
// naming the member waits for it; the offline cache and a NotFound backend still recognise them.
#include "contract/membersresponse.h"
#include "fakebackendport.h"
#include "storage/loyaltycache.h"
#include "storage/outbox.h"
#include "sync/syncservice.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QMutex>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using test::FakeBackendPort;
using State = OutboxEntry::State;
using Source = LoyaltyLookupResult::Source;

namespace {

constexpr int Patience = 15000; // ms: generous, since only a hang makes it matter
const QString Phone = QStringLiteral("+12065550199");

LoyaltyEnrolment enrolment(const QString &firstName = QStringLiteral("Ana"))
{
    return {QUuid::createUuid(), Phone, firstName, QStringLiteral("T1"), QDateTime::currentDateTimeUtc(),
            QStringLiteral("2026-12")};
}

// The member the kiosk makes for an enrolment (LoyaltyController's), before the backend has it.
LoyaltyMember kioskMember(const LoyaltyEnrolment &e)
{
    LoyaltyMember m;
    m.id = e.memberId.toString(QUuid::WithoutBraces);
    m.firstName = e.firstName;
    m.tier = QStringLiteral("Silver");
    return m;
}

LoyaltyReward welcomeGift()
{
    LoyaltyReward r;
    r.id = QStringLiteral("welcome_fries");
    r.name.byLanguage = {{QStringLiteral("en"), QStringLiteral("Welcome gift: Fries")}};
    r.kind = LoyaltyReward::Kind::FreeItem;
    r.itemId = QStringLiteral("fries");
    return r;
}

// Every log line of the test, from any thread.
QMutex logMutex;
QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

QString key(const LoyaltyEnrolment &e)
{
    return e.memberId.toString(QUuid::WithoutBraces);
}

QByteArray body(const LoyaltyEnrolment &e)
{
    return QJsonDocument(e.toContractJson()).toJson(QJsonDocument::Compact);
}

QStringList ids(const QList<LoyaltyMember> &members)
{
    QStringList out;
    for (const LoyaltyMember &m : members)
        out.append(m.id);
    out.sort();
    return out;
}

} // namespace

class TestEnrolmentDelivery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_menuDir = test::minimalConfigDir();
    Menu m_menu = test::loadMenu(m_menuDir);
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    SyncSettings m_settings;
    quint64 m_nextRequest = 1;

    std::optional<OutboxEntry> entryFor(const QString &entryKey) { return test::outboxEntry(*m_db, entryKey); }

    // Enrols and waits for memberEnrolled; true when saved.
    bool enrol(SyncService &sync, const LoyaltyEnrolment &e)
    {
        QSignalSpy spy(&sync, &SyncService::memberEnrolled);
        const quint64 id = m_nextRequest++;
        sync.enrolMember(id, e, kioskMember(e), 24);
        if (!spy.wait(Patience) && spy.isEmpty())
            qFatal("no answer to enrolment %llu", id);
        if (spy.at(0).at(0).toULongLong() != id)
            qFatal("answer to another enrolment");
        return spy.at(0).at(1).toBool();
    }

    LoyaltyLookupResult lookupPhone(SyncService &sync)
    {
        return test::lookupAndWait(sync, m_nextRequest++, LoyaltyLookupKind::Phone, Phone, Patience);
    }

    // An order of `memberId` committed as checkout does; its outbox key.
    QString commitMemberOrder(int n, const QString &memberId)
    {
        Order order = test::menuOrder(m_menu, n);
        order.loyalty = LoyaltyClaim{memberId, {}};
        test::commitOrder(*m_db, order);
        return order.id.toString(QUuid::WithoutBraces);
    }

    static int indexOf(const QList<FakeBackendPort::Seen> &seen, const QString &seenKey, bool last = false)
    {
        int at = -1;
        for (int i = 0; i < seen.size(); ++i) {
            if (seen.at(i).key == seenKey) {
                at = i;
                if (!last)
                    break;
            }
        }
        return at;
    }

private slots:
    void init()
    {
        m_dbPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        m_db = test::openDb(m_dbPath);
        m_settings = test::fastSettings(1, QString(), m_menuDir);
    }

    void cleanup() { m_db.reset(); }

    // memberEnrolled(saved) comes after both rows are committed: the outbox entry (kind, key,
    // the contract body) and the member under their phone in the offline cache.
    void savedDurablyBeforeMemberEnrolled()
    {
        FakeBackendPort backend;
        backend.setReachable(false);
        SyncService sync(m_settings, m_dbPath, backend.factory());
        sync.start();
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(enrol(sync, e));

        const std::optional<OutboxEntry> entry = entryFor(key(e));
        QVERIFY(entry);
        QCOMPARE(entry->kind, QStringLiteral("loyalty_enrolment"));
        QCOMPARE(entry->state, State::Pending);
        QCOMPARE(entry->body, body(e));
        LoyaltyCache cache(*m_db, LoyaltyCache::keyFileFor(m_dbPath));
        QVERIFY(cache.open());
        const std::optional<LoyaltyCache::Hit> hit = cache.find(QStringLiteral("phone"), Phone);
        QVERIFY(hit);
        QCOMPARE(QJsonDocument::fromJson(hit->members).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(hit->members).array().at(0).toObject().value(u"id").toString(), key(e));
    }

    // Delivered once, under the member's id; enrolmentDelivered carries the backend's member
    // (the welcome gift), and the offline cache answers that member from then on.
    void deliveredOnceAndTheBackendsMemberIsCached()
    {
        FakeBackendPort backend;
        backend.setWelcomeRewards({welcomeGift()});
        logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        SyncService sync(m_settings, m_dbPath, backend.factory());
        QSignalSpy delivered(&sync, &SyncService::enrolmentDelivered);
        sync.start();
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(enrol(sync, e));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        const auto member = delivered.at(0).at(0).value<LoyaltyMember>();
        QCOMPARE(member.id, key(e));
        QCOMPARE(member.rewards, QList<LoyaltyReward>{welcomeGift()});
        QCOMPARE(backend.deliveryKeys(QStringLiteral("loyalty_enrolment")), QStringList{key(e)});
        QCOMPARE(backend.deliveries().at(0).body, body(e));
        QTRY_COMPARE_WITH_TIMEOUT(entryFor(key(e))->state, State::Delivered, Patience);

        backend.setReachable(false);
        const LoyaltyLookupResult offline = lookupPhone(sync);
        QCOMPARE(offline.source, Source::Cache);
        QCOMPARE(offline.members.size(), 1);
        QCOMPARE(offline.members.at(0).rewards, QList<LoyaltyReward>{welcomeGift()});
        QTest::qWait(200);
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("loyalty_enrolment")).size(), 1);
        sync.stop();
        restore.dismiss();
        qInstallMessageHandler(previous);
        // No member id, no phone in the log: masked, like every loyalty log line.
        QMutexLocker lock(&logMutex);
        QVERIFY(logLines.size() > 2);
        for (const QString &line : std::as_const(logLines)) {
            QVERIFY2(!line.contains(key(e)), qPrintable(line));
            QVERIFY2(!line.contains(Phone), qPrintable(line));
        }
    }

    // A 5xx is not the end: the same body goes again under the same key.
    void serverErrorRetriedUnderTheSameKey()
    {
        FakeBackendPort backend;
        DeliveryOutcome busy = DeliveryOutcome::retryLater(QStringLiteral("HTTP 503"));
        busy.reach = Reach::Unknown;
        backend.scriptDeliveriesOf(QStringLiteral("loyalty_enrolment"), {busy, busy});
        SyncService sync(m_settings, m_dbPath, backend.factory());
        QSignalSpy delivered(&sync, &SyncService::enrolmentDelivered);
        sync.start();
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(enrol(sync, e));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, Patience);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("loyalty_enrolment")), QStringList(3, key(e)));
        for (const FakeBackendPort::Seen &seen : backend.deliveries())
            QCOMPARE(seen.body, body(e));
    }

    // An order naming a member whose enrolment is pending goes after the enrolment, once; an
    // order of another member is not held back by it.
    void orderWaitsForItsMembersEnrolment()
    {
        FakeBackendPort backend;
        DeliveryOutcome busy = DeliveryOutcome::retryLater(QStringLiteral("HTTP 503"));
        backend.scriptDeliveriesOf(QStringLiteral("loyalty_enrolment"), QList<DeliveryOutcome>(4, busy));
        // Saved before the orders, as the same visit does (enrolMember's row, without the cache).
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(Outbox(*m_db).enqueue(QStringLiteral("loyalty_enrolment"), key(e), body(e),
                                      QDateTime::currentDateTimeUtc()));
        const QString other = commitMemberOrder(1, QStringLiteral("someone-else"));
        const QString mine = commitMemberOrder(2, key(e));

        SyncService sync(m_settings, m_dbPath, backend.factory());
        QSignalSpy orders(&sync, &SyncService::orderDelivered);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders.count(), 2, Patience);
        const QList<FakeBackendPort::Seen> seen = backend.deliveries();
        const int lastEnrolment = indexOf(seen, key(e), true);
        QCOMPARE(backend.deliveryKeys(QStringLiteral("loyalty_enrolment")).size(), 5);
        QVERIFY2(indexOf(seen, other) < lastEnrolment, "the other member's order waited");
        QVERIFY2(indexOf(seen, mine) > lastEnrolment, "the member's order went before their enrolment");
        QCOMPARE(backend.deliveryKeys(QStringLiteral("order")).count(mine), 1);
        QCOMPARE(entryFor(mine)->state, State::Delivered);
    }

    // Refused for good, the enrolment holds nothing back: the order goes.
    void rejectedEnrolmentLetsTheOrderGo()
    {
        FakeBackendPort backend;
        backend.scriptDeliveriesOf(QStringLiteral("loyalty_enrolment"),
                                   {DeliveryOutcome::rejected(QStringLiteral("HTTP 422: phone: expected"), {},
                                                              QStringLiteral("validation"))});
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(Outbox(*m_db).enqueue(QStringLiteral("loyalty_enrolment"), key(e), body(e),
                                      QDateTime::currentDateTimeUtc()));
        const QString mine = commitMemberOrder(1, key(e));
        SyncService sync(m_settings, m_dbPath, backend.factory());
        QSignalSpy orders(&sync, &SyncService::orderDelivered);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        QSignalSpy delivered(&sync, &SyncService::enrolmentDelivered);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders.count(), 1, Patience);
        QCOMPARE(orders.at(0).at(0).toString(), mine);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(entryFor(key(e))->state, State::Failed);
        QCOMPARE(delivered.count(), 0);
    }

    // Nobody has a member whose enrolment was refused: the cache stops offering them.
    void refusedEnrolmentLeavesTheCache()
    {
        FakeBackendPort backend;
        backend.scriptDeliveriesOf(QStringLiteral("loyalty_enrolment"),
                                   {DeliveryOutcome::rejected(QStringLiteral("HTTP 422"), {}, QStringLiteral("validation"))});
        SyncService sync(m_settings, m_dbPath, backend.factory());
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        sync.start();
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(enrol(sync, e));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Patience);
        backend.setReachable(false);
        const LoyaltyLookupResult offline = lookupPhone(sync);
        QVERIFY(offline.members.isEmpty());
        QCOMPARE(offline.source, Source::None);
    }

    // Offline, the phone finds the member who just joined, and the household's members cached
    // before (a shared phone) are still there.
    void offlineLookupFindsTheEnrolledMember()
    {
        FakeBackendPort backend;
        LoyaltyMember sibling;
        sibling.id = QStringLiteral("m-sibling");
        sibling.firstName = QStringLiteral("Luis");
        sibling.tier = QStringLiteral("Gold");
        sibling.points = 400;
        backend.addMembers(LoyaltyLookupKind::Phone, Phone, {sibling});
        SyncService sync(m_settings, m_dbPath, backend.factory());
        sync.start();
        QCOMPARE(lookupPhone(sync).source, Source::Online); // caches the sibling
        backend.setReachable(false);
        const LoyaltyEnrolment e = enrolment();
        QVERIFY(enrol(sync, e));

        const LoyaltyLookupResult offline = lookupPhone(sync);
        QCOMPARE(offline.source, Source::Cache);
        QCOMPARE(ids(offline.members), (QStringList{key(e), sibling.id}));
    }

    // Online, the backend does not know the member yet (their enrolment is still pending): the
    // lookup answers them from the cache rather than "not found".
    void notFoundWhileEnrolmentPendingAnswersThePendingMember()
    {
        FakeBackendPort backend;
        DeliveryOutcome busy = DeliveryOutcome::retryLater(QStringLiteral("HTTP 503"));
        backend.scriptDeliveriesOf(QStringLiteral("loyalty_enrolment"), QList<DeliveryOutcome>(1000, busy));
        SyncService sync(m_settings, m_dbPath, backend.factory());
        sync.start();
        const LoyaltyEnrolment e = enrolment(QStringLiteral("Ana"));
        QVERIFY(enrol(sync, e));

        const LoyaltyLookupResult online = lookupPhone(sync);
        QCOMPARE(backend.lookups(), 1);
        QCOMPARE(online.source, Source::Cache);
        QCOMPARE(ids(online.members), QStringList{key(e)});
        QCOMPARE(online.members.at(0).firstName, QStringLiteral("Ana"));
        // The NotFound did not empty the cache: offline, they are still there.
        backend.setReachable(false);
        QCOMPARE(ids(lookupPhone(sync).members), QStringList{key(e)});
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentDelivery)
#include "tst_enrolmentdelivery.moc"
