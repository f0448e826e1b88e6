// refpos keeps what it acknowledged: SIGKILLed and restarted on the same database, it still
// has every order, replays stay 200 with the original body, and menu changes persist; a card
// payment in progress at the kill still ends, once, after the restart; so does a paused item.
#include "contract/responses.h"
#include "paymentcalls.h"
#include "refposdatabase.h"
#include "support/contractsamples.h"
#include "support/httpclient.h"
#include "support/refposprocess.h"
#include "support/samplestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestRefposRestart : public QObject
{
    Q_OBJECT

private slots:
    void ordersSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"refpos.db"_s);
        const QStringList arguments{u"--menu"_s, sampleMenuFile()};
        HttpClient http;
        QList<QJsonObject> orders;
        QList<QByteArray> firstReplies;
        QByteArray etag;
        {
            RefposProcess refpos(db);
            QString error;
            QVERIFY2(refpos.start(arguments, &error), qPrintable(error));
            for (int i = 0; i < 3; ++i) {
                orders.append(sampleOrderJson());
                const HttpResult reply = http.postJson(refpos.url(u"/v1/orders"_s), orders.last(),
                                                       orders.last().value(u"id"_s).toString());
                QCOMPARE(reply.status, 201);
                firstReplies.append(reply.body);
            }
            QCOMPARE(http.put(refpos.url(u"/admin/menu/items/classic_burger/available"_s),
                              "{\"available\": false}").status, 200);
            etag = http.get(refpos.url(u"/v1/menu"_s)).header("ETag");
            refpos.kill();
        }
        RefposProcess restarted(db);
        QString error;
        QVERIFY2(restarted.start(arguments, &error), qPrintable(error));
        const QJsonArray stored = http.get(restarted.url(u"/admin/orders"_s)).json().value(u"orders"_s).toArray();
        QCOMPARE(stored.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString id = orders.at(i).value(u"id"_s).toString();
            QCOMPARE(stored.at(i).toObject().value(u"id"_s).toString(), id); // arrival order kept
            const HttpResult replay = http.postJson(restarted.url(u"/v1/orders"_s), orders.at(i), id);
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.body, firstReplies.at(i));
        }
        QCOMPARE(http.get(restarted.url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(restarted.terminate(), 0);
    }

    // Killed between the payment's arrival and its approval (due 1.5 s later): the restarted
    // refpos applies the stored outcome on its timer, with nobody asking, and releases the
    // order once.
    void paymentInProgressSurvivesSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"refpos.db"_s);
        HttpClient http;
        const QJsonObject order = PaymentCalls::order(u"card"_s);
        const QJsonObject payment = PaymentCalls::paymentFor(order, u"T1"_s);
        QByteArray created;
        {
            RefposProcess refpos(db);
            QString error;
            QVERIFY2(refpos.start({}, &error), qPrintable(error));
            PaymentCalls pay(http, [&refpos](const QString &path) { return refpos.url(path); });
            QCOMPARE(pay.postOrder(order).status, 201);
            QCOMPARE(pay.setTerminal(u"T1"_s, {{u"next"_s, u"approve"_s}, {u"after_ms"_s, 1500}}).status, 200);
            const HttpResult reply = pay.postPayment(payment);
            QCOMPARE(reply.status, 201);
            created = reply.body;
            refpos.kill();
        }
        RefposProcess restarted(db);
        QString error;
        QVERIFY2(restarted.start({}, &error), qPrintable(error));
        QTest::qWait(2000); // past the approval, no request in between
        QCOMPARE(releaseMethods(db, order.value(u"id"_s).toString()), QStringList{u"card"_s});
        PaymentCalls pay(http, [&restarted](const QString &path) { return restarted.url(path); });
        const QJsonObject done = pay.get(payment.value(u"id"_s).toString()).json();
        QCOMPARE(PaymentCalls::statusOf(done), u"completed"_s);
        QCOMPARE(PaymentCalls::statusOf(pay.adminOrder(order.value(u"id"_s).toString())), u"paid"_s);
        QCOMPARE(pay.postPayment(payment).body, created); // the kiosk's retry: a replay
        QCOMPARE(pay.releases(order.value(u"id"_s).toString()), 1);
        QCOMPARE(restarted.terminate(), 0);
    }

    // --terminal-auto's cycle goes on where it was after a restart, for every terminal alike.
    void terminalAutoCycles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"refpos.db"_s);
        const QStringList arguments{u"--terminal-auto"_s, u"approve:100,decline:100"_s};
        HttpClient http;
        QStringList outcomes;
        for (int run = 0; run < 2; ++run) {
            RefposProcess refpos(db);
            QString error;
            QVERIFY2(refpos.start(arguments, &error), qPrintable(error));
            PaymentCalls pay(http, [&refpos](const QString &path) { return refpos.url(path); });
            const QJsonObject order = PaymentCalls::order(u"card"_s);
            QCOMPARE(pay.postOrder(order).status, 201);
            outcomes.append(PaymentCalls::statusOf(pay.payToTheEnd(order, u"T9"_s)));
            refpos.kill();
        }
        QCOMPARE(outcomes, (QStringList{u"completed"_s, u"declined"_s}));
    }

    // A pause refpos answered is in its database: after a SIGKILL the item is still paused,
    // with the same ETag, until the same time.
    void pausesSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"refpos.db"_s);
        const QStringList arguments{u"--menu"_s, sampleMenuFile()};
        const QString path = u"/v1/menu/items/classic_burger/available"_s;
        const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        HttpClient http;
        QByteArray etag;
        {
            RefposProcess refpos(db);
            QString error;
            QVERIFY2(refpos.start(arguments, &error), qPrintable(error));
            QCOMPARE(http.put(refpos.url(path), "{\"available\": false, \"until\": \"" + until.toLatin1() + "\"}").status, 200);
            etag = http.get(refpos.url(u"/v1/menu"_s)).header("ETag");
            refpos.kill();
        }
        RefposProcess restarted(db);
        QString error;
        QVERIFY2(restarted.start(arguments, &error), qPrintable(error));
        QCOMPARE(http.get(restarted.url(u"/v1/menu"_s), {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(restarted.terminate(), 0);
    }

    void sigtermExitsCleanly()
    {
        QTemporaryDir dir;
        RefposProcess refpos(dir.filePath(u"refpos.db"_s));
        QString error;
        QVERIFY2(refpos.start({}, &error), qPrintable(error));
        QCOMPARE(HttpClient().get(refpos.url(u"/v1/health"_s)).status, 200);
        QCOMPARE(refpos.terminate(), 0);
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no db") << QStringList{u"--port"_s, u"0"_s} << u"--port and --db are required"_s;
        QTest::newRow("rate above 1") << QStringList{u"--port"_s, u"0"_s, u"--db"_s, u"x.db"_s, u"--hang-rate"_s, u"2"_s}
                                      << u"--hang-rate: expected a number from 0 to 1, got \"2\""_s;
        QTest::newRow("rates add up") << QStringList{u"--port"_s, u"0"_s, u"--db"_s, u"x.db"_s, u"--hang-rate"_s,
                                                     u"0.7"_s, u"--reset-rate"_s, u"0.7"_s}
                                      << u"the fault rates add up to 1.4; at most 1 is possible"_s;
        QTest::newRow("terminal outcome") << QStringList{u"--port"_s, u"0"_s, u"--db"_s, u"x.db"_s, u"--terminal-auto"_s, u"approve:2000,maybe"_s}
                                          << u"--terminal-auto: expected approve|decline|buyer_cancel|no_answer[:ms]"_s;
        QTest::newRow("missing menu") << QStringList{u"--port"_s, u"0"_s, u"--db"_s, u"x.db"_s, u"--menu"_s, u"/nonexistent/menu.json"_s}
                                      << u"cannot read the menu /nonexistent/menu.json"_s;
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(REFPOS_BIN), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    }
};

QTEST_GUILESS_MAIN(TestRefposRestart)
#include "tst_refposrestart.moc"
