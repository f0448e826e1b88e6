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

// Database beyond opening it (tst_orderstore): the statements checkout keeps compiled.
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
