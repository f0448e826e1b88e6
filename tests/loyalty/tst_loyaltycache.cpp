// The offline member cache: keys are an HMAC whose key lives in a file beside the database
// (never in it), so the database alone reveals no identifier, not even as a plain hash; the
// key made once per kiosk (0600) and kept; a lost key is an empty cache; the TTL (with a clock
// the test moves), the purge of expired rows, and the points orders redeemed since an answer.
#include "storage/database.h"
#include "storage/loyaltycache.h"
#include "storage/migrations.h"
#include "storage/orderstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
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
    QString keyFile(const QString &name = u"loyalty-cache.key"_s) const { return m_dir.filePath(name); }
    static QString dump(Database &db)
    {
        QString all;
        Statement st = db.prepare("SELECT lookup_key || members || fetched_at || expires_at FROM loyalty_cache "
                                  "UNION ALL SELECT key || value FROM meta");
        while (st.next())
            all += st.text(0) + u'\n';
        return all;
    }

    static int redemptionRows(Database &db)
    {
        Statement st = db.prepare("SELECT count(*) FROM loyalty_redemptions");
        return st.next() ? int(st.int64(0)) : -1;
    }

    const QString m_phone = u"+12065550142"_s;
    const QByteArray m_members = R"([{"id":"mbr-1001","first_name":"Maria"}])";

private slots:
    void storesAndFindsByKindAndIdentifier()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, keyFile(), clock());
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

    // A member joined at the kiosk joins the row of their phone (a household shares it): the
    // others stay, the row keeps its fetch time (their points are as old as before) and lives
    // on; the same member again replaces itself; taken out, the last one takes the row along.
    void addsAndRemovesOneMemberOfARow()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, keyFile(), clock());
        QVERIFY(cache.open());
        const QDateTime fetched = m_now;
        auto restoreClock = qScopeGuard([this, fetched] { m_now = fetched; }); // the other tests' "now"
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 1));
        m_now = m_now.addSecs(1800);
        const QJsonObject ana{{u"id"_s, u"m-new"_s}, {u"first_name"_s, u"Ana"_s}};
        QVERIFY(cache.addMember(u"phone"_s, m_phone, ana, 24));
        QVERIFY(cache.addMember(u"phone"_s, m_phone, ana, 24));
        const auto hit = cache.find(u"phone"_s, m_phone);
        QVERIFY(hit);
        QCOMPARE(hit->members, QByteArray(R"([{"first_name":"Maria","id":"mbr-1001"},{"first_name":"Ana","id":"m-new"}])"));
        QCOMPARE(hit->fetchedAt, fetched);
        m_now = m_now.addSecs(3 * 3600); // past the first answer's hour, within the new day
        QVERIFY(cache.find(u"phone"_s, m_phone));

        QVERIFY(cache.removeMember(u"phone"_s, m_phone, u"mbr-1001"_s));
        QCOMPARE(cache.find(u"phone"_s, m_phone)->members, QByteArray(R"([{"first_name":"Ana","id":"m-new"}])"));
        QVERIFY(cache.removeMember(u"phone"_s, m_phone, u"m-new"_s));
        QVERIFY(!cache.find(u"phone"_s, m_phone));
        QCOMPARE(cache.rowCount(), 0);
        // Nothing cached for a phone: the member makes a row of their own, fetched now.
        QVERIFY(cache.addMember(u"phone"_s, u"+12065550143"_s, ana, 24));
        QCOMPARE(cache.find(u"phone"_s, u"+12065550143"_s)->fetchedAt, m_now);
    }

    void neverKeepsTheIdentifier()
    {
        const QString path = m_dir.filePath(u"copied.db"_s);
        {
            auto db = openDb(path);
            LoyaltyCache cache(*db, keyFile(), clock());
            QVERIFY(cache.open());
            QVERIFY(cache.store(u"phone"_s, m_phone, "[]", 24));
            QVERIFY(cache.store(u"member"_s, u"10010042"_s, "[]", 24));
            const QString everything = dump(*db);
            QVERIFY(!everything.contains(u"2065550142"_s));
            QVERIFY(!everything.contains(u"10010042"_s));
            QCOMPARE(cache.lookupKey(u"phone"_s, m_phone).size(), 64); // HMAC-SHA256, hex
            QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // The file itself, as someone who copied kiosk.db would read it: neither the number nor
        // its plain SHA-256 (alone or with the kind, as the key was made before), hex or raw.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("2065550142"));
        for (const QByteArray &plain : {QByteArray("+12065550142"), QByteArray("phone\n+12065550142")}) {
            const QByteArray sha = QCryptographicHash::hash(plain, QCryptographicHash::Sha256);
            QVERIFY(!bytes.contains(sha.toHex()));
            QVERIFY(!bytes.contains(sha));
        }
    }

    void keyIsOutsideTheDatabaseAndKept()
    {
        const QString path = m_dir.filePath(u"key.db"_s);
        const QString key = keyFile(u"kept.key"_s);
        QString firstKey;
        {
            auto db = openDb(path);
            LoyaltyCache cache(*db, key, clock());
            QVERIFY(cache.open());
            firstKey = cache.lookupKey(u"phone"_s, m_phone);
            QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
            QVERIFY(!dump(*db).contains(u"salt"_s)); // the old salt lived in meta
        }
        QFile file(key);
        QCOMPARE(file.size(), qint64(LoyaltyCache::KeySize));
        QCOMPARE(file.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        QCOMPARE(LoyaltyCache::keyFileFor(path), keyFile());
        {
            // The same kiosk after a restart: same key, so the row is found again.
            auto db = openDb(path);
            LoyaltyCache cache(*db, key, clock());
            QVERIFY(cache.open());
            QCOMPARE(cache.lookupKey(u"phone"_s, m_phone), firstKey);
            QVERIFY(cache.find(u"phone"_s, m_phone));
        }
        {
            // The database with another key (copied elsewhere, say) cannot find the row.
            auto db = openDb(path);
            LoyaltyCache cache(*db, keyFile(u"other.key"_s), clock());
            QVERIFY(cache.open());
            QVERIFY(cache.lookupKey(u"phone"_s, m_phone) != firstKey);
            QVERIFY(!cache.find(u"phone"_s, m_phone));
        }
    }

    void migrationDropsRowsKeyedTheOldWay()
    {
        // A kiosk of the salted-hash days: the salt in meta, a row keyed with it.
        const QString path = m_dir.filePath(u"old.db"_s);
        const Schema &current = kioskSchema();
        // The version before the migration that moved the key out of the database.
        int oldVersion = 0;
        while (!QByteArray(current.migrations.at(oldVersion)).contains("DELETE FROM loyalty_cache"))
            ++oldVersion;
        {
            QString error;
            auto db = Database::open(path, Schema{current.name, current.migrations.mid(0, oldVersion)}, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->exec("INSERT INTO meta(key, value) VALUES ('loyalty_cache_salt', 'abcd')"));
            QVERIFY(db->exec("INSERT INTO loyalty_cache VALUES ('k', '[]', '2026-11-24T12:00:00.000Z', "
                             "'2099-01-01T00:00:00.000Z')"));
        }
        auto db = openDb(path); // migrates
        QCOMPARE(db->userVersion(), current.version());
        QCOMPARE(dump(*db), QString());
    }

    void lostKeyIsAnEmptyCache()
    {
        const QString key = keyFile(u"lost.key"_s);
        auto db = openDb();
        {
            LoyaltyCache cache(*db, key, clock());
            QVERIFY(cache.open());
            QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        }
        QVERIFY(QFile::remove(key));
        LoyaltyCache cache(*db, key, clock());
        QVERIFY(cache.open());
        QCOMPARE(cache.rowCount(), 0);
        QVERIFY(!cache.find(u"phone"_s, m_phone));
    }

    void unusableKeyTurnsTheCacheOff()
    {
        const QString key = keyFile(u"short.key"_s);
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("too short");
        file.close();
        auto db = openDb();
        LoyaltyCache cache(*db, key, clock());
        QVERIFY(!cache.open());
        QVERIFY2(cache.lastError().contains(u"not the 32 of a key"_s), qPrintable(cache.lastError()));
        QVERIFY(!cache.store(u"phone"_s, m_phone, m_members, 24));
    }

    // An order that redeemed rewards lowers what a cached answer older than its delivery offers.
    void pointsRedeemedSinceTheAnswer()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, keyFile(), clock());
        QVERIFY(cache.open());
        OrderStore store(*db);
        Order order;
        order.id = QUuid::createUuid();
        order.kioskId = u"T1"_s;
        order.createdAt = m_now.addSecs(60);
        order.language = u"en"_s;
        order.loyalty = LoyaltyClaim{u"mbr-1"_s, {u"two_off"_s}};
        order.loyaltyPointsRedeemed = 250;
        QVERIFY(store.commit(order, u"T"_s).ok);
        QCOMPARE(cache.pointsRedeemedSince(u"mbr-1"_s, m_now), 250);
        QCOMPARE(cache.pointsRedeemedSince(u"mbr-2"_s, m_now), 0);
        // Still undelivered: even an answer fetched after the order did not include it.
        QCOMPARE(cache.pointsRedeemedSince(u"mbr-1"_s, m_now.addSecs(3600)), 250);
        // Delivered at 12:02: answers fetched after that have it already.
        QVERIFY(db->exec("UPDATE outbox SET state = 'delivered', delivered_at = '2026-11-24T12:02:00.000Z'"));
        QCOMPARE(cache.pointsRedeemedSince(u"mbr-1"_s, m_now), 250);
        QCOMPARE(cache.pointsRedeemedSince(u"mbr-1"_s, m_now.addSecs(180)), 0);
        // The purge keeps it while a cached answer predates the delivery, then forgets it.
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        QCOMPARE(cache.purgeExpired(), 0);
        QCOMPARE(redemptionRows(*db), 1);
        m_now = m_now.addSecs(600);
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        QCOMPARE(cache.purgeExpired(), 0);
        QCOMPARE(redemptionRows(*db), 0);
    }

    void expiresAfterTheTtl()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, keyFile(), clock());
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
        LoyaltyCache cache(*db, keyFile(), clock());
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
        LoyaltyCache cache(*db, keyFile(), clock());
        QVERIFY(cache.open());
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 24));
        QVERIFY(cache.store(u"phone"_s, m_phone, m_members, 0)); // turned off: the old row goes too
        QVERIFY(!cache.find(u"phone"_s, m_phone));
        QCOMPARE(cache.rowCount(), 0);
    }

    void unopenedCacheFindsNothing()
    {
        auto db = openDb();
        LoyaltyCache cache(*db, keyFile(), clock());
        QVERIFY(!cache.store(u"phone"_s, m_phone, m_members, 24));
        QVERIFY(!cache.find(u"phone"_s, m_phone));
    }
};

QTEST_APPLESS_MAIN(TestLoyaltyCache)
#include "tst_loyaltycache.moc"
