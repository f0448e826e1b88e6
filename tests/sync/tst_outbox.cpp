// The outbox queue on SQLite: delivery order, per-kind heads, outcomes, counts, restart
// recovery, and the schema 2 migration that adds points and the menu cache.
#include "storage/migrations.h"
#include "storage/outbox.h"
#include "sync/menucache.h"
#include "syncfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using State = OutboxEntry::State;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Menu m_menu = test::loadMenu(test::minimalConfigDir());
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    std::unique_ptr<Database> open(const char *name)
    {
        return test::openDb(m_dir.filePath(QString::fromLatin1(name)));
    }

private slots:
    void entriesComeOutInCreationOrder()
    {
        auto db = open("order.db");
        Outbox outbox(*db);
        QStringList keys;
        for (int i = 0; i < 5; ++i)
            keys.append(test::commitOrder(*db, m_menu, i));
        for (const QString &key : keys) {
            const auto entry = outbox.nextDue(QStringLiteral("order"), m_now);
            QVERIFY(entry);
            QCOMPARE(entry->key, key);
            QCOMPARE(entry->state, State::Pending);
            QCOMPARE(entry->attempts, 0);
            QVERIFY(entry->orderNumber.startsWith(QLatin1String("T-")));
            QVERIFY(entry->body.contains(key.toUtf8()));
            QVERIFY(outbox.markDelivered(entry->seq, "{}", 3, m_now));
        }
        QVERIFY(!outbox.nextDue(QStringLiteral("order"), m_now));
        QVERIFY(!outbox.nextDueAt());
        QCOMPARE(outbox.counts().delivered, 5);
    }

    void aBackingOffHeadHoldsBackOnlyItsOwnKind()
    {
        auto db = open("kinds.db");
        Outbox outbox(*db);
        const QString first = test::commitOrder(*db, m_menu, 1);
        test::commitOrder(*db, m_menu, 2);
        QVERIFY(outbox.enqueue(QStringLiteral("feedback"), QStringLiteral("fb-1"), R"({"a":1})", m_now));
        QCOMPARE(outbox.pendingKinds(), QStringList({QStringLiteral("order"), QStringLiteral("feedback")}));

        const auto head = outbox.nextDue(QStringLiteral("order"), m_now);
        QVERIFY(head);
        const QDateTime later = m_now.addSecs(30);
        QVERIFY(outbox.scheduleRetry(head->seq, QStringLiteral("HTTP 500"), later));

        // The second order must not overtake the first.
        QVERIFY(!outbox.nextDue(QStringLiteral("order"), m_now));
        QCOMPARE(outbox.nextDue(QStringLiteral("order"), later)->key, first);
        QCOMPARE(outbox.nextDue(QStringLiteral("feedback"), m_now)->key, QStringLiteral("fb-1"));
        // Feedback is due now, so the queue as a whole is due now.
        QVERIFY(*outbox.nextDueAt() <= m_now);
        QVERIFY(outbox.markDelivered(outbox.nextDue(QStringLiteral("feedback"), m_now)->seq, "{}", {}, m_now));
        QCOMPARE(outbox.nextDueAt()->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());

        const auto retried = outbox.entry(head->seq);
        QCOMPARE(retried->attempts, 1);
        QCOMPARE(retried->lastError, QStringLiteral("HTTP 500"));
        QCOMPARE(retried->nextAttemptAt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    }

    void headsAreFoundPerKindWhateverTheirNames()
    {
        auto db = open("heads.db");
        Outbox outbox(*db);
        QVERIFY(outbox.pendingKinds().isEmpty());
        QVERIFY(!outbox.nextDueAt());
        QCOMPARE(outbox.counts().pending, 0);

        // Kinds in an order unlike their names', one of them with nothing left pending.
        QVERIFY(outbox.enqueue(QStringLiteral("zeta"), QStringLiteral("z-1"), "{}", m_now));
        QVERIFY(outbox.enqueue(QStringLiteral("feedback"), QStringLiteral("f-1"), "{}", m_now));
        QVERIFY(outbox.enqueue(QStringLiteral("assist"), QStringLiteral("a-1"), "{}", m_now));
        QVERIFY(outbox.enqueue(QStringLiteral("feedback"), QStringLiteral("f-2"), "{}", m_now));
        QVERIFY(outbox.markDelivered(outbox.nextDue(QStringLiteral("zeta"), m_now)->seq, "{}", {}, m_now));
        QCOMPARE(outbox.pendingKinds(), QStringList({QStringLiteral("feedback"), QStringLiteral("assist")}));

        // Only heads count: f-2 is due now but waits behind f-1.
        const QDateTime soon = m_now.addSecs(10);
        const QDateTime later = m_now.addSecs(60);
        QVERIFY(outbox.scheduleRetry(outbox.nextDue(QStringLiteral("feedback"), m_now)->seq, QStringLiteral("x"), later));
        QVERIFY(outbox.scheduleRetry(outbox.nextDue(QStringLiteral("assist"), m_now)->seq, QStringLiteral("x"), soon));
        QCOMPARE(outbox.nextDueAt()->toMSecsSinceEpoch(), soon.toMSecsSinceEpoch());

        const Outbox::Counts counts = outbox.counts();
        QCOMPARE(counts.pending, 3);
        QCOMPARE(counts.delivered, 1);
        QCOMPARE(counts.failed, 0);
        QVERIFY(outbox.markFailed(outbox.nextDue(QStringLiteral("assist"), soon)->seq, QStringLiteral("no"), {}));
        QCOMPARE(outbox.counts().failed, 1);
        QCOMPARE(outbox.pendingKinds(), QStringList({QStringLiteral("feedback")}));
        QCOMPARE(outbox.nextDueAt()->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    }

    void failedEntriesStayFailedUntilRetriedByHand()
    {
        auto db = open("failed.db");
        Outbox outbox(*db);
        const QString rejected = test::commitOrder(*db, m_menu, 1);
        const QString next = test::commitOrder(*db, m_menu, 2);
        const auto head = outbox.nextDue(QStringLiteral("order"), m_now);
        QVERIFY(outbox.markFailed(head->seq, QStringLiteral("HTTP 422: total_cents"), R"({"error":"total_cents"})"));

        // A failed entry no longer holds back its kind, and is never handed out again.
        QCOMPARE(outbox.nextDue(QStringLiteral("order"), m_now)->key, next);
        const Outbox::Counts counts = outbox.counts();
        QCOMPARE(counts.pending, 1);
        QCOMPARE(counts.failed, 1);
        const QList<OutboxEntry> failed = outbox.list(State::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().key, rejected);
        QCOMPARE(failed.first().lastError, QStringLiteral("HTTP 422: total_cents"));
        QCOMPARE(failed.first().attempts, 1);

        QVERIFY(!outbox.retry(outbox.nextDue(QStringLiteral("order"), m_now)->seq)); // pending, not failed
        QVERIFY(outbox.retry(head->seq));
        QCOMPARE(outbox.counts().failed, 0);
        QCOMPARE(outbox.nextDue(QStringLiteral("order"), m_now)->key, rejected); // back at its place
    }

    void deliveredKeepsResponseAndPoints()
    {
        auto db = open("delivered.db");
        Outbox outbox(*db);
        test::commitOrder(*db, m_menu, 1);
        const auto head = outbox.nextDue(QStringLiteral("order"), m_now);
        QVERIFY(outbox.scheduleRetry(head->seq, Outbox::networkErrorPrefix() + "reset", m_now));
        QVERIFY(outbox.markDelivered(head->seq, R"({"points_earned":9})", 9, m_now));
        const auto done = outbox.entry(head->seq);
        QCOMPARE(done->state, State::Delivered);
        QCOMPARE(done->attempts, 2);
        QCOMPARE(done->pointsEarned, std::optional(9));
        QCOMPARE(done->response, QByteArray(R"({"points_earned":9})"));
        QVERIFY(done->lastError.isEmpty());
        QVERIFY(done->deliveredAt.isValid());
        // Outcomes apply to pending entries only: a late duplicate changes nothing.
        QVERIFY(outbox.markFailed(head->seq, QStringLiteral("late"), {}));
        QCOMPARE(outbox.entry(head->seq)->state, State::Delivered);
    }

    void countsAndOldestPendingAge()
    {
        auto db = open("counts.db");
        Outbox outbox(*db);
        QCOMPARE(outbox.oldestPendingAgeS(m_now), 0);
        QVERIFY(outbox.enqueue(QStringLiteral("assist"), QStringLiteral("a-1"), "{}", m_now.addSecs(-90)));
        QVERIFY(outbox.enqueue(QStringLiteral("assist"), QStringLiteral("a-2"), "{}", m_now.addSecs(-10)));
        QCOMPARE(outbox.oldestPendingAgeS(m_now), 90);
        QVERIFY(outbox.markDelivered(outbox.nextDue(QStringLiteral("assist"), m_now)->seq, "{}", {}, m_now));
        QCOMPARE(outbox.oldestPendingAgeS(m_now), 10);
        QCOMPARE(outbox.counts().pending, 1);
        QCOMPARE(outbox.counts().delivered, 1);
        QCOMPARE(outbox.list().size(), 2);
        QCOMPARE(outbox.list().first().key, QStringLiteral("a-2")); // most recent first
    }

    void expediteOnlyNetworkFailures()
    {
        auto db = open("expedite.db");
        Outbox outbox(*db);
        QVERIFY(outbox.enqueue(QStringLiteral("order"), QStringLiteral("o-1"), "{}", m_now));
        QVERIFY(outbox.enqueue(QStringLiteral("feedback"), QStringLiteral("f-1"), "{}", m_now));
        const qint64 o = outbox.nextDue(QStringLiteral("order"), m_now)->seq;
        const qint64 f = outbox.nextDue(QStringLiteral("feedback"), m_now)->seq;
        QVERIFY(outbox.scheduleRetry(o, Outbox::networkErrorPrefix() + "connect: refused", m_now.addSecs(50)));
        QVERIFY(outbox.scheduleRetry(f, QStringLiteral("HTTP 429: slow down"), m_now.addSecs(50)));
        QCOMPARE(outbox.expediteNetworkRetries(m_now), 1);
        QVERIFY(outbox.nextDue(QStringLiteral("order"), m_now));
        QVERIFY(!outbox.nextDue(QStringLiteral("feedback"), m_now)); // the server asked to wait
    }

    // Close the store while a delivery is in flight (nothing recorded yet) and open it again:
    // the entry is still pending with no attempt counted, and goes out once more, once.
    void restartMidDeliveryKeepsTheEntryPending()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.db"));
        QString key;
        qint64 seq = 0;
        {
            auto db = test::openDb(path);
            key = test::commitOrder(*db, m_menu, 7);
            const auto inFlight = Outbox(*db).nextDue(QStringLiteral("order"), m_now);
            QVERIFY(inFlight);
            seq = inFlight->seq;
        } // the process dies here, before the answer is recorded
        auto db = test::openDb(path);
        Outbox outbox(*db);
        const auto again = outbox.nextDue(QStringLiteral("order"), m_now);
        QVERIFY(again);
        QCOMPARE(again->seq, seq);
        QCOMPARE(again->key, key);
        QCOMPARE(again->attempts, 0);
        QVERIFY(outbox.markDelivered(seq, "{}", 0, m_now));
        QVERIFY(!outbox.nextDue(QStringLiteral("order"), m_now));
        QCOMPARE(outbox.counts().delivered, 1);
    }

    void migratesAVersionOneDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        {
            const Schema v1{QStringLiteral("kiosk"), {kioskSchema().migrations.first()}};
            QString error;
            auto db = Database::open(path, v1, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->userVersion(), 1);
            // As a version-1 kiosk queued it (today's OrderStore writes columns v1 has not).
            test::enqueue(*db, QStringLiteral("order"), QUuid::createUuid().toString(QUuid::WithoutBraces), 5, m_now);
        }
        auto db = test::openDb(path);
        QCOMPARE(db->userVersion(), kioskSchema().version());
        Outbox outbox(*db);
        const auto entry = outbox.nextDue(QStringLiteral("order"), m_now);
        QVERIFY(entry);
        QCOMPARE(entry->pointsEarned, std::nullopt);
        QVERIFY(outbox.markDelivered(entry->seq, "{}", 4, m_now));
        QCOMPARE(outbox.entry(entry->seq)->pointsEarned, std::optional(4));
        QVERIFY(!MenuCache(*db).load());
    }

    void menuCacheKeepsOneMenu()
    {
        auto db = open("menucache.db");
        MenuCache cache(*db);
        QVERIFY(cache.store(QStringLiteral("\"v1\""), "{\"a\":1}", m_now));
        QVERIFY(cache.store(QStringLiteral("\"v2\""), "{\"a\":2}", m_now));
        const auto entry = cache.load();
        QVERIFY(entry);
        QCOMPARE(entry->etag, QStringLiteral("\"v2\""));
        QCOMPARE(entry->body, QByteArray("{\"a\":2}"));
        Statement rows = db->prepare("SELECT count(*) FROM menu_cache");
        QVERIFY(rows.next());
        QCOMPARE(rows.int64(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
