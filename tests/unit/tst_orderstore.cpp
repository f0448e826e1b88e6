#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/orderstore.h"
#include "combofixture.h"
#include "menufixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace kiosk;

class TestOrderStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Menu m_menu = test::sampleMenu();

    QString dbPath(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    Order sampleOrder()
    {
        Cart cart;
        ItemSelection burger = ItemSelection::withDefaults(m_menu, *m_menu.item(QStringLiteral("burger")));
        burger.toggle(QStringLiteral("extras"), QStringLiteral("bacon"));
        cart.add(burger, 2);
        cart.add(ItemSelection::withDefaults(m_menu, *m_menu.item(QStringLiteral("soda"))), 1);
        return makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
    }

    std::unique_ptr<Database> open(const char *name)
    {
        QString error;
        auto db = Database::open(dbPath(name), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

private slots:
    void opensInWalWithFullSyncAndCurrentSchema()
    {
        auto db = open("pragmas.db");
        QVERIFY(db);
        QCOMPARE(db->userVersion(), kioskSchema().version());
        Statement mode = db->prepare("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement sync = db->prepare("PRAGMA synchronous");
        QVERIFY(sync.next());
        QCOMPARE(sync.int64(0), 2); // FULL
    }

    void refusesADatabaseFromANewerKiosk()
    {
        {
            auto db = open("newer.db");
            QVERIFY(db);
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        QString error;
        QVERIFY(!Database::open(dbPath("newer.db"), &error));
        QVERIFY2(error.contains(QLatin1String("kiosk schema version 99")), qPrintable(error));
    }

    void commitSavesOrderLinesAndOutboxTogether()
    {
        auto db = open("commit.db");
        OrderStore store(*db);
        Order order = sampleOrder();
        const OrderStore::Commit commit = store.commit(order, QStringLiteral("K1"));
        QVERIFY2(commit.ok, qPrintable(commit.error));
        QCOMPARE(commit.number, QStringLiteral("K1-001"));
        QCOMPARE(order.number, commit.number);

        const std::optional<Order> saved = store.findByNumber(commit.number);
        QVERIFY(saved);
        QCOMPARE(saved->id, order.id);
        QCOMPARE(saved->totals, order.totals);
        QCOMPARE(saved->lines.size(), 2);
        QCOMPARE(saved->lines.first().optionIds, (QStringList{QStringLiteral("single"), QStringLiteral("bacon")}));
        QCOMPARE(saved->lines.first().quantity, 2);

        Statement outbox = db->prepare("SELECT kind, key, state, body FROM outbox");
        QVERIFY(outbox.next());
        QCOMPARE(outbox.text(0), QStringLiteral("order"));
        QCOMPARE(outbox.text(1), order.id.toString(QUuid::WithoutBraces));
        QCOMPARE(outbox.text(2), QStringLiteral("pending"));
        QVERIFY(outbox.text(3).contains(QLatin1String("\"number\":\"K1-001\"")));
    }

    // Inclusive taxes (per-item menus) are kept with the order, as its other totals are.
    void includedTaxIsKept()
    {
        auto db = open("included.db");
        OrderStore store(*db);
        Order order = sampleOrder();
        order.totals.taxIncluded = 123;
        const OrderStore::Commit commit = store.commit(order, QStringLiteral("K1"));
        QVERIFY2(commit.ok, qPrintable(commit.error));
        const std::optional<Order> saved = store.findByNumber(commit.number);
        QVERIFY(saved);
        QCOMPARE(saved->totals.taxIncluded, 123);
        QCOMPARE(saved->totals, order.totals);
    }

    // A combo line's parts come back, names included (a reprint), and the queued body has them.
    void comboPartsAreKept()
    {
        auto db = open("combo.db");
        OrderStore store(*db);
        const Menu menu = test::comboMenu();
        Cart cart;
        cart.add(test::burgerMeal(menu, {{"extras", "bacon"}}), 1);
        cart.add(ItemSelection::withDefaults(menu, *menu.item(QStringLiteral("soda"))), 1);
        Order order = makeOrder(cart, QStringLiteral("K1"), DineOption::Here, QStringLiteral("en"), 825);
        const OrderStore::Commit commit = store.commit(order, QStringLiteral("K1"));
        QVERIFY2(commit.ok, qPrintable(commit.error));

        const std::optional<Order> saved = store.findByNumber(commit.number);
        QVERIFY(saved);
        QCOMPARE(saved->lines.at(0).comboId, QStringLiteral("burger_meal"));
        QCOMPARE(saved->lines.at(0).parts, order.lines.at(0).parts);
        QCOMPARE(saved->lines.at(0).parts.at(0).optionNames, (QStringList{QStringLiteral("Single"), QStringLiteral("Bacon")}));
        QVERIFY(!saved->lines.at(1).isCombo());
        QVERIFY(saved->lines.at(1).parts.isEmpty());
        QCOMPARE(saved->toContractJson(), order.toContractJson());

        Statement outbox = db->prepare("SELECT body FROM outbox");
        QVERIFY(outbox.next());
        const QJsonObject line = QJsonDocument::fromJson(outbox.text(0).toUtf8()).object()
                                         .value(QStringLiteral("lines")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("parts")).toArray().size(), 3);
    }

    void sequenceSurvivesARestart()
    {
        {
            auto db = open("restart.db");
            OrderStore store(*db);
            for (int i = 1; i <= 3; ++i) {
                Order order = sampleOrder();
                QCOMPARE(store.commit(order, QStringLiteral("K1")).number,
                         QStringLiteral("K1-00%1").arg(i));
            }
        }
        auto db = open("restart.db");
        OrderStore store(*db);
        Order order = sampleOrder();
        QCOMPARE(store.commit(order, QStringLiteral("K1")).number, QStringLiteral("K1-004"));
        QCOMPARE(store.orderCount(), 4);
    }

    void sequenceWrapsAfter999()
    {
        auto db = open("wrap.db");
        QVERIFY(db->exec("INSERT INTO meta(key, value) VALUES ('order_seq', '999')"));
        OrderStore store(*db);
        Order order = sampleOrder();
        QCOMPARE(store.commit(order, QStringLiteral("K1")).number, QStringLiteral("K1-001"));
    }

    // Diagnostics' reprint list: newest first, at most `limit`, a card order's state with it.
    void recentListsTheLastOrdersNewestFirst()
    {
        auto db = open("recent.db");
        OrderStore store(*db);
        QVERIFY(store.recent(10).isEmpty());
        const QDateTime start(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
        QList<Order> saved;
        for (int i = 0; i < 4; ++i) {
            Order order = sampleOrder();
            // Out of order on purpose: the list follows the time, not the insertion.
            order.createdAt = start.addSecs(i == 3 ? -60 : i * 60);
            QVERIFY(store.commit(order, QStringLiteral("K1")).ok);
            saved.append(order);
        }
        Statement card = db->prepare("UPDATE orders SET payment_state = 'paid' WHERE id = ?1");
        card.bind(1, saved.at(2).id.toString(QUuid::WithoutBraces));
        QVERIFY(card.exec());

        const QList<OrderStore::Recent> recent = store.recent(3);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(0).number, QStringLiteral("K1-003"));
        QCOMPARE(recent.at(0).id, saved.at(2).id.toString(QUuid::WithoutBraces));
        QCOMPARE(recent.at(0).createdAt, start.addSecs(120));
        QCOMPARE(recent.at(0).totalCents, saved.at(2).totals.total);
        QCOMPARE(recent.at(0).paymentState, QStringLiteral("paid"));
        QCOMPARE(recent.at(1).number, QStringLiteral("K1-002"));
        QCOMPARE(recent.at(1).paymentState, QString());
        QCOMPARE(recent.at(2).number, QStringLiteral("K1-001"));
        QCOMPARE(store.recent(10).size(), 4);
        QCOMPARE(store.recent(10).last().number, QStringLiteral("K1-004"));
    }

    // Card orders are kept 180 days: the list walks an index, never the whole table.
    void recentReadsAnIndex()
    {
        auto db = open("recentplan.db");
        Statement plan = db->prepare(
            "EXPLAIN QUERY PLAN SELECT id, number, created_at, total_cents, coalesce(payment_state, '') "
            "FROM orders ORDER BY created_at DESC, rowid DESC LIMIT 10");
        QVERIFY(plan.next());
        QCOMPARE(plan.text(3), QStringLiteral("SCAN orders USING INDEX orders_created"));
    }

    void failedCommitChangesNothing()
    {
        auto db = open("atomic.db");
        OrderStore store(*db);
        Order order = sampleOrder();
        QVERIFY(store.commit(order, QStringLiteral("K1")).ok);
        // The same order id again violates the primary key half-way through the commit.
        Order again = order;
        again.number.clear();
        const OrderStore::Commit failed = store.commit(again, QStringLiteral("K1"));
        QVERIFY(!failed.ok);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(again.number.isEmpty());
        QCOMPARE(store.orderCount(), 1);
        QCOMPARE(store.lastSequence(), 1);
        Statement outbox = db->prepare("SELECT count(*) FROM outbox");
        QVERIFY(outbox.next());
        QCOMPARE(outbox.int64(0), 1);
        // The commit's statements, kept compiled, come back from the failure ready for the next.
        Order next = sampleOrder();
        QVERIFY(store.commit(next, QStringLiteral("K1")).ok);
        QCOMPARE(next.number, QStringLiteral("K1-002"));
        QCOMPARE(store.orderCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_orderstore.moc"
