// Member lookups on the sync thread against the real refpos: by phone, member number and
// scanned code; several matches and none; then refpos killed: members seen before come from
// the offline cache, others are unavailable, an expired row is never served and is purged at
// the next start.
#include "../sync/syncfixture.h"
#include "loyaltyfixture.h"
#include "storage/loyaltycache.h"
#include "sync/curlglobal.h"
#include "sync/syncservice.h"

#include <QSignalSpy>

using namespace kiosk;
using namespace kiosk::test;
using Source = LoyaltyLookupResult::Source;

namespace {
const CurlGlobal curlGlobal; // before main() and any thread
constexpr int Patience = 15000;
} // namespace

class TestLoyaltyLookup : public QObject
{
    Q_OBJECT

private:
    LoyaltyBackend m_backend;
    std::unique_ptr<SyncService> m_sync;
    quint64 m_nextId = 1;

    LoyaltyLookupResult lookup(LoyaltyLookupKind kind, const QString &identifier)
    {
        return lookupAndWait(*m_sync, m_nextId++, kind, identifier, Patience);
    }

    int cacheRows()
    {
        QString error;
        auto db = Database::open(m_backend.kioskDb, &error);
        Statement st = db->prepare("SELECT count(*) FROM loyalty_cache");
        return st.next() ? int(st.int64(0)) : -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        m_sync = std::make_unique<SyncService>(m_backend.settings(), m_backend.kioskDb);
        m_sync->start();
    }

    void byPhone()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Phone, seed::MariaPhone);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.source, Source::Online);
        QCOMPARE(result.members.size(), 1);
        const LoyaltyMember &maria = result.members.first();
        QCOMPARE(maria.firstName, QStringLiteral("Maria"));
        QCOMPARE(maria.lastNameInitial, QStringLiteral("G"));
        QCOMPARE(maria.points, 3200);
        QVERIFY(maria.birthdayToday);
        QVERIFY(!maria.rewards.isEmpty());
        QCOMPARE(maria.recentItems.first(), QStringLiteral("bacon_cheeseburger"));
        QVERIFY(result.latencyMs >= 0);
    }

    void byMemberNumber()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::MemberNumber, seed::MariaNumber);
        QCOMPARE(result.source, Source::Online);
        QCOMPARE(result.members.size(), 1);
        QCOMPARE(result.members.first().firstName, QStringLiteral("Maria"));
    }

    void byScannedCode()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Code, seed::MariaCode);
        QCOMPARE(result.source, Source::Online);
        QCOMPARE(result.members.size(), 1);
        QCOMPARE(result.members.first().firstName, QStringLiteral("Maria"));
    }

    void householdGivesSeveral()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Phone, seed::LeePhone);
        QCOMPARE(result.source, Source::Online);
        QCOMPARE(result.members.size(), 2);
        QCOMPARE(result.members.at(0).firstName, QStringLiteral("Sam"));
        QCOMPARE(result.members.at(1).firstName, QStringLiteral("Sara"));
    }

    void nobodyIsAnEmptyAnswer()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Phone, seed::NobodyPhone);
        QCOMPARE(result.source, Source::Online);
        QVERIFY(result.answered());
        QVERIFY(result.members.isEmpty());
        QCOMPARE(result.error, QString());
    }

    void cacheKeepsNoIdentifier()
    {
        // Every lookup above was cached (the empty one too), under salted hashes only.
        QTRY_COMPARE(cacheRows(), 5);
        QString error;
        auto db = Database::open(m_backend.kioskDb, &error);
        Statement st = db->prepare("SELECT lookup_key || members FROM loyalty_cache");
        while (st.next()) {
            const QString row = st.text(0);
            for (const QString &raw : {QStringLiteral("2065550142"), seed::MariaNumber, seed::MariaCode,
                                       QStringLiteral("2065550177")})
                QVERIFY2(!row.contains(raw), qPrintable(raw));
        }
    }

    void offlineAnswersFromTheCache()
    {
        m_backend.refpos.kill();
        const LoyaltyLookupResult byPhone = lookup(LoyaltyLookupKind::Phone, seed::MariaPhone);
        QCOMPARE(byPhone.error, QString());
        QCOMPARE(byPhone.source, Source::Cache);
        QCOMPARE(byPhone.members.size(), 1);
        QCOMPARE(byPhone.members.first().firstName, QStringLiteral("Maria"));
        QCOMPARE(byPhone.members.first().points, 3200);

        const LoyaltyLookupResult household = lookup(LoyaltyLookupKind::Phone, seed::LeePhone);
        QCOMPARE(household.source, Source::Cache);
        QCOMPARE(household.members.size(), 2);

        // Never seen online: nothing to answer with.
        const LoyaltyLookupResult noah = lookup(LoyaltyLookupKind::Phone, seed::NoahPhone);
        QCOMPARE(noah.source, Source::None);
        QVERIFY(!noah.answered());
        QCOMPARE(noah.error, QStringLiteral("connect"));
    }

    void expiredRowsAreNotServedAndPurgedAtStart()
    {
        {
            QString error;
            auto db = Database::open(m_backend.kioskDb, &error);
            QVERIFY(db->exec("UPDATE loyalty_cache SET expires_at = '2000-01-01T00:00:00.000Z'"));
        }
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Phone, seed::MariaPhone);
        QCOMPARE(result.source, Source::None);
        QVERIFY(!result.error.isEmpty());

        // The next start purges them.
        QVERIFY(cacheRows() > 0);
        m_sync.reset();
        m_sync = std::make_unique<SyncService>(m_backend.settings(), m_backend.kioskDb);
        m_sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(cacheRows(), 0, Patience);
    }

    void unreachableWithoutCacheIsUnavailable()
    {
        const LoyaltyLookupResult result = lookup(LoyaltyLookupKind::Code, seed::MariaCode);
        QCOMPARE(result.source, Source::None);
        QVERIFY(result.members.isEmpty());
        QCOMPARE(result.error, QStringLiteral("connect"));
    }

    void cleanupTestCase()
    {
        m_sync.reset();
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyLookup)
#include "tst_loyaltylookup.moc"
