// `kioskctl payments`: card payment attempts and the paid orders staff must act on, read
// read-only from kiosk.db (byte for byte unchanged) whether or not the kiosk runs.
#include "ctlfixture.h"
#include "support/paymentrows.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestKioskCtlPayments : public QObject
{
    Q_OBJECT

private:
    StoreFolder m_dir;

private slots:
    void listsAttemptsAndProblemsReadOnly()
    {
        const Store store = m_dir.newStore();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString paid, unseen, held;
        {
            auto db = openDb(store.dbPath);
            paid = addCardOrder(*db, now.addSecs(-3600), "paid");
            addAttempt(*db, u"pay-1"_s, paid, PaymentStatus::Declined, now.addSecs(-3600), u"insufficient_funds"_s);
            addAttempt(*db, u"pay-2"_s, paid, PaymentStatus::Completed, now.addSecs(-3500));
            setNotTaken(*db, paid, u"order_not_held"_s);
            unseen = addCardOrder(*db, now.addSecs(-600), "paid");
            addAttempt(*db, u"pay-3"_s, unseen, PaymentStatus::Completed, now.addSecs(-600));
            held = addCardOrder(*db, now.addSecs(-30));
            addAttempt(*db, u"pay-4"_s, held, PaymentStatus::InProgress, now.addSecs(-30), {}, u"timeout"_s);
        }
        const QByteArray before = store.fingerprint();

        const CtlRun run = runCtlProcess(store.args({u"payments"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.errLines(), QStringList({u"kioskctl: reading %1 read-only"_s.arg(store.dbPath)}));
        const QStringList lines = run.outLines();
        QVERIFY2(lines.value(0).startsWith(u"ID"_s) && lines.value(0).contains(u"LAST ERROR"_s), qPrintable(run.out));
        // Newest first; the amount, status, reason and age of each.
        QVERIFY2(lines.value(1).startsWith(u"pay-4"_s) && lines.value(1).contains(u"9.73 USD"_s)
                     && lines.value(1).contains(u"in_progress"_s) && lines.value(1).contains(u"timeout"_s),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(4).startsWith(u"pay-1"_s) && lines.value(4).contains(u"insufficient_funds"_s)
                     && lines.value(4).contains(u"60 min"_s),
                 qPrintable(lines.value(4)));
        QVERIFY2(run.out.contains(u"Paid, the number never shown to the customer (hand it over): 1\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Paid, not taken by the backend (refund at the point of sale): 1\n"_s), qPrintable(run.out));
        const QString lastLine = lines.last();
        QVERIFY2(lastLine.contains(u"pay-2"_s) && lastLine.endsWith(u"order_not_held"_s), qPrintable(lastLine));

        const CtlRun json = runCtl(store.args({u"payments"_s, u"--json"_s, u"--limit"_s, u"2"_s}));
        QCOMPARE(json.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray attempts = root.value(u"attempts"_s).toArray();
        QCOMPARE(attempts.size(), 2);
        const QJsonObject newest = attempts.first().toObject();
        QCOMPARE(newest.value(u"id"_s).toString(), u"pay-4"_s);
        QCOMPARE(newest.value(u"order_id"_s).toString(), held);
        QCOMPARE(newest.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(newest.value(u"amount_cents"_s).toInt(), 973);
        QCOMPARE(newest.value(u"last_error"_s).toString(), u"timeout"_s);
        QVERIFY(newest.value(u"age_s"_s).toInt() >= 30);
        const QJsonArray unseenList = root.value(u"paid_number_not_shown"_s).toArray();
        QCOMPARE(unseenList.size(), 1);
        QCOMPARE(unseenList.first().toObject().value(u"payment_id"_s).toString(), u"pay-3"_s);
        const QJsonArray notTaken = root.value(u"paid_not_taken"_s).toArray();
        QCOMPARE(notTaken.size(), 1);
        QCOMPARE(notTaken.first().toObject().value(u"order_id"_s).toString(), paid);
        QCOMPARE(notTaken.first().toObject().value(u"payment_id"_s).toString(), u"pay-2"_s);
        QCOMPARE(notTaken.first().toObject().value(u"problem"_s).toString(), u"order_not_held"_s);

        QCOMPARE(store.fingerprint(), before);
    }

    void aNumberShownLeavesTheList()
    {
        const Store store = m_dir.newStore();
        {
            auto db = openDb(store.dbPath);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString order = addCardOrder(*db, now, "paid");
            addAttempt(*db, u"pay-1"_s, order, PaymentStatus::Completed, now);
            setNumberShown(*db, order, now);
        }
        const CtlRun run = runCtl(store.args({u"payments"_s}));
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u"(hand it over): none\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"(refund at the point of sale): none\n"_s), qPrintable(run.out));
    }

    void anEmptyDatabaseHasNone()
    {
        const Store store = m_dir.newStore();
        const CtlRun run = runCtl(store.args({u"payments"_s}));
        QCOMPARE(run.status, 0);
        QCOMPARE(run.outLines().value(0), u"no card payments"_s);
    }

    void withoutADatabaseFails()
    {
        const Store store = m_dir.newStore();
        QVERIFY(QFile::remove(store.dbPath));
        const CtlRun run = runCtl(store.args({u"payments"_s}));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(store.dbPath), qPrintable(run.err));
        QVERIFY(!QFile::exists(store.dbPath));
    }
};

QTEST_GUILESS_MAIN(TestKioskCtlPayments)
#include "tst_kioskctlpayments.moc"
