// Data retention: delivered orders, feedback comments and staff audit rows older than their
// period are deleted in bounded batches off the GUI thread; pending and failed entries (and
// their orders), recent rows and card orders younger than their own period stay.
#include "storage/retentionpurge.h"
#include "storage/retentionservice.h"
#include "support/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

QString at(const QDateTime &now, int daysAgo)
{
    return now.toUTC().addDays(-daysAgo).toString(Qt::ISODateWithMs);
}

void addOrder(Database &db, const QString &id, const QString &createdAt, const char *state,
              const QString &payment = {})
{
    Statement order = db.prepare(
        "INSERT INTO orders(id, number, kiosk_id, created_at, dine_option, language, subtotal_cents, "
        "discount_cents, tax_cents, total_cents, payment) VALUES (?1, 'T-1', 'T1', ?2, 'here', 'en', 100, 0, 8, 108, ?3)");
    order.bind(1, id).bind(2, createdAt);
    payment.isEmpty() ? order.bindNull(3) : order.bind(3, payment);
    QVERIFY2(order.exec(), qPrintable(db.lastError()));
    Statement line = db.prepare(
        "INSERT INTO order_lines(order_id, position, item_id, item_name, option_ids, option_names, quantity, "
        "unit_price_cents, line_total_cents) VALUES (?1, 0, 'cola', 'Cola', '[]', '[]', 1, 100, 100)");
    QVERIFY(line.bind(1, id).exec());
    Statement entry = db.prepare("INSERT INTO outbox(kind, key, body, state, created_at) VALUES ('order', ?1, '{}', ?2, ?3)");
    QVERIFY(entry.bind(1, id).bind(2, QString::fromLatin1(state)).bind(3, createdAt).exec());
}

void addFeedback(Database &db, const QString &id, const QString &createdAt, const char *state)
{
    Statement feedback = db.prepare(
        "INSERT INTO feedback(id, order_id, csat, nps, comment, language, created_at) VALUES (?1, NULL, 5, 9, 'Ask for Ana', 'en', ?2)");
    QVERIFY(feedback.bind(1, id).bind(2, createdAt).exec());
    Statement entry = db.prepare(
        "INSERT INTO outbox(kind, key, body, state, created_at) VALUES ('feedback', ?1, '{\"comment\":\"Ask for Ana\"}', ?2, ?3)");
    QVERIFY(entry.bind(1, id).bind(2, QString::fromLatin1(state)).bind(3, createdAt).exec());
}

void addAudit(Database &db, const QString &when)
{
    Statement st = db.prepare("INSERT INTO staff_audit(at, action, detail) VALUES (?1, 'pin_ok', '')");
    QVERIFY(st.bind(1, when).exec());
}

qint64 count(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    return st.next() ? st.int64(0) : -1;
}

bool exists(Database &db, const char *sql, const QString &key)
{
    Statement st = db.prepare(sql);
    return st.bind(1, key).next() && st.int64(0) > 0;
}

RetentionCounts drain(RetentionPurge &purge, int rows, QList<int> *sizes = nullptr)
{
    RetentionCounts all;
    for (int i = 0; i < 10000; ++i) {
        const auto batch = purge.nextBatch(rows);
        if (!batch || batch->total() == 0)
            break;
        if (sizes)
            sizes->append(batch->total());
        all += *batch;
    }
    return all;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;

    // `n` delivered orders of two months ago, in one transaction.
    void addOldDeliveredOrders(int n)
    {
        Database::Transaction tx(*m_db);
        for (int i = 0; i < n; ++i)
            addOrder(*m_db, u"o%1"_s.arg(i), at(m_now, 60), "delivered");
        QVERIFY(tx.commit());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"kiosk.db"_s);
        m_db = test::openDb(m_path);
        m_now = QDateTime::currentDateTimeUtc();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void oldDeliveredGoesTheRestStays()
    {
        Database &db = *m_db;
        const QDateTime now = m_now;
        addOrder(db, u"old-delivered-1"_s, at(now, 40), "delivered");
        addOrder(db, u"old-delivered-2"_s, at(now, 31), "delivered");
        addOrder(db, u"old-pending"_s, at(now, 400), "pending");
        addOrder(db, u"old-failed"_s, at(now, 400), "failed");
        QVERIFY(db.exec("UPDATE outbox SET discarded_at = '2020-01-01T00:00:00.000Z' WHERE key = 'old-failed'"));
        addOrder(db, u"recent-delivered"_s, at(now, 29), "delivered");
        addOrder(db, u"card-young"_s, at(now, 179), "delivered", u"card"_s);
        addOrder(db, u"card-old"_s, at(now, 181), "delivered", u"card"_s);
        addFeedback(db, u"fb-old-delivered"_s, at(now, 31), "delivered");
        addFeedback(db, u"fb-old-pending"_s, at(now, 31), "pending");
        addFeedback(db, u"fb-recent"_s, at(now, 2), "delivered");
        addAudit(db, at(now, 366));
        addAudit(db, at(now, 364));

        RetentionPurge purge(db, RetentionSettings(), now);
        const RetentionCounts removed = drain(purge, 500);
        QCOMPARE(removed.orders, 3);
        QCOMPARE(removed.comments, 1);
        QCOMPARE(removed.feedbackEntries, 1);
        QCOMPARE(removed.audit, 1);

        const char *orderSql = "SELECT count(*) FROM orders WHERE id = ?1";
        const char *entrySql = "SELECT count(*) FROM outbox WHERE key = ?1";
        for (const QString &gone : {u"old-delivered-1"_s, u"old-delivered-2"_s, u"card-old"_s}) {
            QVERIFY2(!exists(db, orderSql, gone), qPrintable(gone));
            QVERIFY2(!exists(db, entrySql, gone), qPrintable(gone));
        }
        for (const QString &kept : {u"old-pending"_s, u"old-failed"_s, u"recent-delivered"_s, u"card-young"_s}) {
            QVERIFY2(exists(db, orderSql, kept), qPrintable(kept));
            QVERIFY2(exists(db, entrySql, kept), qPrintable(kept));
        }
        QCOMPARE(count(db, "SELECT count(*) FROM order_lines"), 4); // the lines went with their orders

        // The comment goes once delivered; the ratings stay for the satisfaction figures.
        QVERIFY(exists(db, "SELECT count(*) FROM feedback WHERE id = ?1 AND comment IS NULL AND csat = 5", u"fb-old-delivered"_s));
        QVERIFY(!exists(db, entrySql, u"fb-old-delivered"_s));
        QVERIFY(exists(db, "SELECT count(*) FROM feedback WHERE id = ?1 AND comment IS NOT NULL", u"fb-old-pending"_s));
        QVERIFY(exists(db, entrySql, u"fb-old-pending"_s));
        QVERIFY(exists(db, "SELECT count(*) FROM feedback WHERE id = ?1 AND comment IS NOT NULL", u"fb-recent"_s));
        QCOMPARE(count(db, "SELECT count(*) FROM staff_audit"), 1);

        // A second pass finds nothing more.
        RetentionPurge again(db, RetentionSettings(), now);
        QCOMPARE(drain(again, 500).total(), 0);
    }

    // A kiosk enrolment's entry holds the customer's phone: delivered and as old as a delivered
    // order that goes, it goes; pending, failed or recent, it stays.
    void deliveredEnrolmentsGoWithTheOrdersPeriod()
    {
        Database &db = *m_db;
        const QDateTime now = m_now;
        auto add = [&](const QString &key, const QString &createdAt, const char *state) {
            Statement st = db.prepare("INSERT INTO outbox(kind, key, body, state, created_at) "
                                      "VALUES ('loyalty_enrolment', ?1, '{\"phone\":\"+12065550199\"}', ?2, ?3)");
            QVERIFY(st.bind(1, key).bind(2, QString::fromLatin1(state)).bind(3, createdAt).exec());
        };
        add(u"m-old-delivered"_s, at(now, 31), "delivered");
        add(u"m-old-pending"_s, at(now, 400), "pending");
        add(u"m-old-failed"_s, at(now, 400), "failed");
        add(u"m-recent"_s, at(now, 29), "delivered");

        RetentionPurge purge(db, RetentionSettings(), now);
        const RetentionCounts removed = drain(purge, 500);
        QCOMPARE(removed.enrolmentEntries, 1);
        QCOMPARE(removed.total(), 1);
        const char *entrySql = "SELECT count(*) FROM outbox WHERE key = ?1";
        QVERIFY(!exists(db, entrySql, u"m-old-delivered"_s));
        for (const QString &kept : {u"m-old-pending"_s, u"m-old-failed"_s, u"m-recent"_s})
            QVERIFY2(exists(db, entrySql, kept), qPrintable(kept));
    }

    // What the backend adjusted on an order, and the points its rewards cost, name the order:
    // they go with it, and stay with an order that stays.
    void anOrdersAdjustmentsAndRedemptionGoWithIt()
    {
        Database &db = *m_db;
        addOrder(db, u"old"_s, at(m_now, 40), "delivered");
        addOrder(db, u"recent"_s, at(m_now, 2), "delivered");
        for (const QString &id : {u"old"_s, u"recent"_s}) {
            Statement adjustment = db.prepare(
                "INSERT INTO order_adjustments(order_id, kind, subject, reason, at) VALUES (?1, 'reward', 'r1', 'spent', ?2)");
            QVERIFY(adjustment.bind(1, id).bind(2, at(m_now, 1)).exec());
            Statement redemption = db.prepare(
                "INSERT INTO loyalty_redemptions(order_id, member_id, points, at) VALUES (?1, 'm1', 50, ?2)");
            QVERIFY(redemption.bind(1, id).bind(2, at(m_now, 1)).exec());
        }
        RetentionPurge purge(db, RetentionSettings(), m_now);
        QCOMPARE(drain(purge, 500).orders, 1);
        QVERIFY(!exists(db, "SELECT count(*) FROM order_adjustments WHERE order_id = ?1", u"old"_s));
        QVERIFY(!exists(db, "SELECT count(*) FROM loyalty_redemptions WHERE order_id = ?1", u"old"_s));
        QVERIFY(exists(db, "SELECT count(*) FROM order_adjustments WHERE order_id = ?1", u"recent"_s));
        QVERIFY(exists(db, "SELECT count(*) FROM loyalty_redemptions WHERE order_id = ?1", u"recent"_s));
    }

    void periodsComeFromTheSettings()
    {
        Database &db = *m_db;
        const QDateTime now = m_now;
        addOrder(db, u"a"_s, at(now, 8), "delivered");
        addOrder(db, u"card"_s, at(now, 8), "delivered", u"card"_s);
        RetentionSettings settings;
        settings.ordersDays = 7;
        settings.cardOrdersDays = 7; // below the floor: the floor holds anyway
        RetentionPurge purge(db, settings, now);
        QCOMPARE(drain(purge, 500).orders, 1);
        QVERIFY(exists(db, "SELECT count(*) FROM orders WHERE id = ?1", u"card"_s));
    }

    void batchesAreBounded()
    {
        Database &db = *m_db;
        const QDateTime now = m_now;
        addOldDeliveredOrders(1200);
        RetentionPurge purge(db, RetentionSettings(), now);
        QList<int> sizes;
        QCOMPARE(drain(purge, 500, &sizes).orders, 1200);
        QCOMPARE(sizes, (QList<int>{500, 500, 200}));
    }

    // The service: on its own thread and connection, a pass after start, counted.
    void serviceRunsOffTheGuiThread()
    {
        Database &db = *m_db;
        addOldDeliveredOrders(120);
        addOrder(db, u"p"_s, at(m_now, 60), "pending");
        RetentionService::Timing timing;
        timing.firstPassDelayMs = 0;
        timing.batchRows = 50;
        timing.pauseMs = 1;
        RetentionService service(RetentionSettings(), m_path, timing);
        QThread *passThread = nullptr;
        connect(&service, &RetentionService::passFinished, this,
                [&passThread] { passThread = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy finished(&service, &RetentionService::passFinished);
        service.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(passThread && passThread != QThread::currentThread());
        QCOMPARE(finished.first().at(0).value<RetentionCounts>().orders, 120);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(count(db, "SELECT count(*) FROM orders"), 1);
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
