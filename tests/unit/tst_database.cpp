#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/orderstore.h"
#include "combofixture.h"
#include "menufixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;

// Database beyond opening it (tst_orderstore): the statements checkout keeps compiled, and the
// WAL between commits: a background connection copies it into the database and restarts it
// (checkpointAndRestartWal), so a commit syncs the disk once; with or without that connection,
// the WAL file stays bounded.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 WalFrameBytes = 24 + 4096;
    QTemporaryDir m_dir;
    Menu m_menu = test::sampleMenu();

    QString dbPath(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<Database> open(const char *name)
    {
        QString error;
        auto db = Database::open(dbPath(name), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    // As the sync thread's connection: synchronous=NORMAL.
    std::unique_ptr<Database> openCheckpointer(const char *name)
    {
        auto db = open(name);
        if (db && !db->exec("PRAGMA synchronous=NORMAL"))
            return nullptr;
        return db;
    }

    bool commitOrder(OrderStore &store)
    {
        Cart cart;
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(u"burger"_s)), 2);
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(u"soda"_s)), 1);
        Order order = makeOrder(cart, u"K1"_s, DineOption::Here, u"en"_s, 825);
        return store.commit(order, u"K1"_s).ok;
    }

    // Bytes 16..23 of the WAL header: new salts each time the WAL restarts.
    QByteArray walSalts(const char *name)
    {
        QFile wal(dbPath(name) + u"-wal"_s);
        if (!wal.open(QIODevice::ReadOnly))
            return {};
        return wal.read(24).mid(16);
    }

    QByteArray walContents(const char *name)
    {
        QFile wal(dbPath(name) + u"-wal"_s);
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }

    qint64 walSize(const char *name) { return QFileInfo(dbPath(name) + u"-wal"_s).size(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The restart (a new header, synced) happens on the checkpointing connection: the commit
    // after it writes its frames behind that header instead of restarting the WAL itself.
    void theCommitAfterACheckpointDoesNotRestartTheWal()
    {
        auto db = open("restart.db");
        auto checkpointer = openCheckpointer("restart.db");
        QVERIFY(db && checkpointer);
        OrderStore store(*db);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(commitOrder(store));
            const QByteArray before = walSalts("restart.db");
            QVERIFY2(checkpointer->checkpointAndRestartWal(), qPrintable(checkpointer->lastError()));
            const QByteArray restarted = walSalts("restart.db");
            QCOMPARE(restarted.size(), 8);
            QVERIFY(restarted != before);
            QVERIFY(commitOrder(store));
            QCOMPARE(walSalts("restart.db"), restarted);
        }
        QCOMPARE(store.orderCount(), 6);
        QCOMPARE(db->userVersion(), kioskSchema().version());
    }

    // With nothing committed by anyone else, a pass copies nothing and writes nothing: an idle
    // kiosk does not sync its disk every few seconds.
    void anIdlePassWritesNothing()
    {
        auto db = open("idle.db");
        auto checkpointer = openCheckpointer("idle.db");
        QVERIFY(db && checkpointer);
        OrderStore store(*db);
        QVERIFY(commitOrder(store));
        QVERIFY(checkpointer->checkpointAndRestartWal());
        const QByteArray wal = walContents("idle.db");
        QVERIFY(!wal.isEmpty());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(checkpointer->checkpointAndRestartWal());
            QCOMPARE(walContents("idle.db"), wal);
        }
        // The next commit is seen, and copied.
        QVERIFY(commitOrder(store));
        QVERIFY(checkpointer->checkpointAndRestartWal());
        QVERIFY(walContents("idle.db") != wal);
    }

    // Checkpointed between orders, as the sync thread does, the WAL file keeps the size of a
    // couple of commits instead of growing towards the automatic checkpoint's 1000 pages.
    void checkpointedBetweenOrdersTheWalStaysShort()
    {
        auto db = open("short.db");
        auto checkpointer = openCheckpointer("short.db");
        QVERIFY(db && checkpointer);
        QVERIFY(checkpointer->checkpointAndRestartWal()); // the schema's pages
        OrderStore store(*db);
        qint64 early = 0;
        for (int i = 0; i < 150; ++i) {
            QVERIFY(commitOrder(store));
            QVERIFY(checkpointer->checkpointAndRestartWal());
            if (i == 2)
                early = walSize("short.db");
        }
        // The file is never cut back, so its size is the largest the WAL ever was.
        QCOMPARE(walSize("short.db"), early);
        QVERIFY2(early < 200 * WalFrameBytes, qPrintable(QString::number(early)));
        QCOMPARE(store.orderCount(), 150);
    }

    // Nobody checkpointing (no sync thread): every connection's automatic checkpoint still
    // bounds the WAL, which restarts instead of growing with every order.
    void withoutACheckpointerTheWalIsStillBounded()
    {
        auto db = open("bounded.db");
        QVERIFY(db);
        OrderStore store(*db);
        qint64 largest = 0;
        for (int i = 0; i < 400; ++i) { // about 5,000 pages: past 1000 several times
            QVERIFY(commitOrder(store));
            largest = std::max(largest, walSize("bounded.db"));
        }
        QVERIFY2(largest < 1100 * WalFrameBytes, qPrintable(QString::number(largest)));
        QCOMPARE(store.orderCount(), 400);
    }

    // Cached statements (checkout's): the same text twice at once gets two statements, and a
    // statement comes back from an error ready for the next use.
    void cachedStatementsNestAndSurviveErrors()
    {
        auto db = open("cached.db");
        QVERIFY(db);
        const char *insert = "INSERT INTO meta(key, value) VALUES (?1, ?2)";
        QVERIFY(db->prepareCached(insert).bind(1, u"a"_s).bind(2, u"1"_s).exec());
        QVERIFY(!db->prepareCached(insert).bind(1, u"a"_s).bind(2, u"2"_s).exec()); // key taken
        QVERIFY(db->prepareCached(insert).bind(1, u"b"_s).bind(2, u"3"_s).exec());

        const char *select = "SELECT value FROM meta WHERE key IN ('a', 'b') ORDER BY key";
        Statement outer = db->prepareCached(select);
        QVERIFY(outer.next());
        QCOMPARE(outer.text(0), u"1"_s);
        {
            Statement inner = db->prepareCached(select);
            QVERIFY(inner.next());
            QCOMPARE(inner.text(0), u"1"_s);
        }
        QVERIFY(outer.next());
        QCOMPARE(outer.text(0), u"3"_s);
        QVERIFY(!outer.next());
        QVERIFY(!outer.failed());

        // Bindings do not leak into the next use.
        const char *byKey = "SELECT count(*) FROM meta WHERE key = ?1";
        {
            Statement first = db->prepareCached(byKey);
            QVERIFY(first.bind(1, u"b"_s).next());
            QCOMPARE(first.int64(0), 1);
        }
        Statement unbound = db->prepareCached(byKey);
        QVERIFY(unbound.next());
        QCOMPARE(unbound.int64(0), 0);
        QVERIFY(!db->prepareCached("SELECT nonsense FROM").isValid());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
