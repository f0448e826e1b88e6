// Joining the rewards program at the kiosk, end to end: the real sync thread against the real
// refpos (started with --welcome-reward-item). Online, the enrolment is a 201 whose member has
// the welcome gift. Offline (refpos stopped), the enrolment and then an order naming the member
// wait in the outbox; once refpos is back the enrolment goes first, once, then the order, which
// earns the new member points.
#include "domain/itemselection.h"
#include "support/freeport.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "storage/outbox.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"
#include "../sync/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

namespace {

const CurlGlobal curlGlobal; // before main(), so before any thread

constexpr int Patience = 20000;
const QString WelcomeItem = u"classic_fries"_s;

LoyaltyEnrolment enrolment(const QString &phone, const QString &firstName)
{
    return {QUuid::createUuid(), phone, firstName, u"T1"_s, QDateTime::currentDateTimeUtc(), u"2026-12"_s};
}

LoyaltyMember kioskMember(const LoyaltyEnrolment &e)
{
    LoyaltyMember m;
    m.id = e.memberId.toString(QUuid::WithoutBraces);
    m.firstName = e.firstName;
    m.tier = u"Silver"_s;
    return m;
}

} // namespace

class TestEnrolmentE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RefposProcess> m_refpos;
    test::HttpClient m_http;
    Menu m_menu = test::loadMenu(test::sampleConfigDir());
    quint64 m_nextRequest = 1;

    bool startRefpos(QString *error)
    {
        return m_refpos->start({u"--token-file"_s, m_dir.filePath(u"token"_s), u"--menu"_s, test::sampleMenuFile(),
                                u"--welcome-reward-item"_s, WelcomeItem},
                               error);
    }

    bool enrol(SyncService &sync, const LoyaltyEnrolment &e)
    {
        QSignalSpy saved(&sync, &SyncService::memberEnrolled);
        sync.enrolMember(m_nextRequest++, e, kioskMember(e), 24);
        if (!saved.wait(Patience) && saved.isEmpty())
            return false;
        return saved.at(0).at(1).toBool();
    }

    // The members refpos finds by `phone`.
    QJsonArray search(const QString &phone)
    {
        return m_http.post(m_refpos->url(u"/v1/loyalty/members/search"_s), QJsonDocument(QJsonObject{{u"phone"_s, phone}}).toJson())
            .json()
            .value(u"members"_s)
            .toArray();
    }

    static QJsonObject memberIn(const QJsonArray &members, const QString &id)
    {
        for (const QJsonValue &m : members) {
            if (m.toObject().value(u"id"_s).toString() == id)
                return m.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile token(m_dir.filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("enrol-token\n");
        token.close();
        m_http.setToken("enrol-token");
        // A fixed port, so the kiosk finds refpos again after its restart.
        m_refpos = std::make_unique<test::RefposProcess>(m_dir.filePath(u"refpos.db"_s), test::freePort());
        QString error;
        QVERIFY2(startRefpos(&error), qPrintable(error));
    }

    void onlineEnrolmentHasTheWelcomeGift()
    {
        SyncSettings settings =
            test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::sampleConfigDir());
        SyncService sync(settings, m_dir.filePath(u"online.db"_s));
        QSignalSpy delivered(&sync, &SyncService::enrolmentDelivered);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        sync.start();
        const LoyaltyEnrolment e = enrolment(u"+12065550101"_s, u"Ana"_s);
        QVERIFY(enrol(sync, e));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, Patience);
        sync.stop();
        QCOMPARE(failed.size(), 0);
        const auto member = delivered.at(0).at(0).value<LoyaltyMember>();
        QCOMPARE(member.id, kioskMember(e).id);
        QCOMPARE(member.points, 0);
        QCOMPARE(member.rewards.size(), 1);
        QCOMPARE(member.rewards.at(0).id, u"welcome_"_s + WelcomeItem);
        QCOMPARE(member.rewards.at(0).itemId, WelcomeItem);

        // The outbox kept refpos's 201 answer, and refpos's search finds the member.
        auto db = test::openDb(m_dir.filePath(u"online.db"_s));
        const QList<OutboxEntry> entries = Outbox(*db).list(OutboxEntry::State::Delivered);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).kind, u"loyalty_enrolment"_s);
        QCOMPARE(entries.at(0).attempts, 1);
        QVERIFY(!memberIn(search(e.phone), member.id).isEmpty());
    }

    void offlineEnrolmentGoesBeforeItsOrder()
    {
        const QString dbPath = m_dir.filePath(u"offline.db"_s);
        SyncSettings settings =
            test::fastSettings(m_refpos->port(), m_dir.filePath(u"token"_s), test::sampleConfigDir());
        QCOMPARE(m_refpos->terminate(), 0);

        SyncService sync(settings, dbPath);
        QSignalSpy delivered(&sync, &SyncService::enrolmentDelivered);
        QSignalSpy orders(&sync, &SyncService::orderDelivered);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        sync.start();
        const LoyaltyEnrolment e = enrolment(u"+12065550102"_s, u"Bea"_s);
        QVERIFY(enrol(sync, e)); // saved with refpos down
        const QString memberId = kioskMember(e).id;

        // The same visit's order names the new member.
        Cart cart;
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(u"classic_burger"_s)), 1);
        Order order = makeOrder(cart, u"T1"_s, DineOption::Here, u"en"_s, 825, 0, LoyaltyClaim{memberId, {}});
        {
            auto db = test::openDb(dbPath);
            QVERIFY(OrderStore(*db).commit(order, u"T"_s).ok);
        }
        sync.wake();
        QTest::qWait(500);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(orders.size(), 0);

        QString error;
        QVERIFY2(startRefpos(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(orders.size(), 1, Patience);
        QCOMPARE(delivered.size(), 1); // before the order, and once
        QVERIFY(orders.at(0).at(1).toInt() > 0);
        sync.stop();
        QCOMPARE(failed.size(), 0);

        const QJsonObject member = memberIn(search(e.phone), memberId);
        QVERIFY(!member.isEmpty());
        QVERIFY(member.value(u"points"_s).toInt() > 0);
    }

    void cleanupTestCase() { QCOMPARE(m_refpos->terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestEnrolmentE2e)
#include "tst_enrolment_e2e.moc"
