// The offline member cache: salted keys that never contain the identifier, a salt made once
// per kiosk, the TTL (with a clock the test moves) and the purge of expired rows.
#include "storage/database.h"
#include "storage/loyaltycache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestLoyaltyCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    int m_dbCount = 0;

    std::unique_ptr<Database> openDb(const QString &path = {})
    {
        QString error;
        auto db = Database::open(path.isEmpty() ? m_dir.filePath(u"k%1.db"_s.arg(++m_dbCount)) : path, &error);
        if (!db)
            qFatal("cannot open: %s", qPrintable(error));
        return db;
    }
    LoyaltyCache::Clock clock()
    {
        return [this] { return m_now; };
    }
    static QString dump(Database &db)
    {
        QString all;
        Statement st = db.prepare("SELECT lookup_key || members || fetched_at || expires_at FROM loyalty_cache "
                                  "UNION ALL SELECT key || value FROM meta");
        while (st.next())
            all += st.text(0) + u'\n';
        return all;
    }

    const QString m_phone = u"+12065550142"_s;
    const QByteArray m_members = R"([{"id":"mbr-1001","first_name":"Maria"}])";

private slots:
    void storesAndFindsByKindAndIdentifier()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        const auto hit = cache.find(u"phone"_s, m_phone);
        QVERIFY(hit);
        QCOMPARE(hit->members, m_members);
        QCOMPARE(hit->fetchedAt, m_now);
        // Another kind with the same text, or another number, is another lookup.
        QVERIFY(!cache.find(u"member"_s, m_phone));
        QVERIFY(!cache.find(u"phone"_s, u"+12065550143"_s));
        // Stored again: replaced, not duplicated.
        QVERIFY(cache.store(u"phone"_s, m_phone, "[]", 24));
        QCOMPARE(cache.find(u"phone"_s, m_phone)->members, QByteArray("[]"));
        QCOMPARE(cache.rowCount(), 1);
    }

    void neverKeepsTheIdentifier()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, "[]", 24));
        QVERIFY(cache.store(u"member"_s, u"10010042"_s, "[]", 24));
        const QString everything = dump(*db);
        QVERIFY(!everything.contains(u"2065550142"_s));
        QVERIFY(!everything.contains(u"10010042"_s));
        QCOMPARE(cache.lookupKey(u"phone"_s, m_phone).size(), 64); // SHA-256, hex
    }

    void saltIsPerKioskAndKept()
    {
        const QString path = m_dir.filePath(u"salt.db"_s);
        QString firstKey;
        {
            auto db = openDb(path);
            LoyaltyCache cache(*db, clock());
            QVERIFY(cache.open());
            firstKey = cache.lookupKey(u"phone"_s, m_phone);
            QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        }
        {
            // The same kiosk after a restart: same salt, so the row is found again.
            auto db = openDb(path);
            LoyaltyCache cache(*db, clock());
            QVERIFY(cache.open());
            QCOMPARE(cache.lookupKey(u"phone"_s, m_phone), firstKey);
            QVERIFY(cache.find(u"phone"_s, m_phone));
        }
        // Another kiosk: another salt, so its keys for the same phone differ.
        auto other = openDb();
        LoyaltyCache otherCache(*other, clock());
        QVERIFY(otherCache.open());
        QVERIFY(otherCache.lookupKey(u"phone"_s, m_phone) != firstKey);
    }

    void expiresAfterTheTtl()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        m_now = m_now.addSecs(24 * 3600 - 1);
        QVERIFY(cache.find(u"phone"_s, m_phone));
        m_now = m_now.addSecs(1);
        QVERIFY(!cache.find(u"phone"_s, m_phone)); // expired: never served, even before a purge
        QCOMPARE(cache.rowCount(), 1);
        QCOMPARE(cache.purgeExpired(), 1);
        QCOMPARE(cache.rowCount(), 0);
        QCOMPARE(cache.purgeExpired(), 0);
    }

    void purgeKeepsFreshRows()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 1));
        QVERIFY(cache.store(u"code"_s, u"HSK-CARD-7Q3F9A"_s, m_members, 48));
        m_now = m_now.addSecs(2 * 3600);
        QCOMPARE(cache.purgeExpired(), 1);
        QVERIFY(cache.find(u"code"_s, u"HSK-CARD-7Q3F9A"_s));
        QVERIFY(!cache.find(u"phone"_s, m_phone));
    }

    void zeroTtlCachesNothing()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 0)); // turned off: the old row goes too
        QVERIFY(!cache.find(u"phone"_s, m_phone));
        QCOMPARE(cache.rowCount(), 0);
    }

    void unopenedCacheFindsNothing()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, clock());
        QVERIFY(!cache.store(u"phone"_s, m_phone, m_members, 24));
        QVERIFY(!cache.find(u"phone"_s, m_phone));
    }
};

QTEST_APPLESS_MAIN(TestLoyaltyCache)
#include "tst_loyaltycache.moc"
