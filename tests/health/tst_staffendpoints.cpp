// The listener's staff endpoints on a running HealthMonitor, wired the way the kiosk wires
// them (outboxListHandler / outboxRetryHandler on a real kiosk.db): GET /outbox without
// bodies, POST /outbox/<seq>/retry, POST /config/reload, and 503 until the kiosk sets them.
#include "health/healthmonitor.h"
#include "health/outboxlisting.h"
#include "healthfixture.h"
#include "support/fakenotifier.h"
#include "support/orderbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestStaffEndpoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    std::unique_ptr<HealthMonitor> startMonitor(const QString &dbPath)
    {
        auto monitor = std::make_unique<HealthMonitor>(test::healthTestSettings(), dbPath,
                                                       std::make_unique<test::FakeNotifier>(std::chrono::microseconds(0)));
        QString error;
        if (!monitor->start(&error))
            qFatal("cannot start: %s", qPrintable(error));
        return monitor;
    }

    // An order committed the way checkout commits it, so its outbox entry has a number.
    static QString commitOrder(Database &db, const QDateTime &at)
    {
        const Order order = test::burgerOrder(at, 2, DineOption::ToGo);
        test::commitOrder(db, order);
        return order.id.toString(QUuid::WithoutBraces);
    }

    static qint64 seqOf(Database &db, const QString &key)
    {
        Statement st = db.prepare("SELECT seq FROM outbox WHERE key = ?1");
        st.bind(1, key);
        return st.next() ? st.int64(0) : -1;
    }

    static QJsonArray entries(const test::HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(u"entries"_s).toArray();
    }

private slots:
    void outboxListsEntriesWithoutBodies()
    {
        const QString path = m_dir.filePath(u"list.db"_s);
        auto db = test::openDb(path);
        const QString orderKey = commitOrder(*db, m_now.addSecs(-300));
        test::enqueue(*db, u"feedback"_s, u"f1"_s, 200, m_now,
                      R"({"comment":"Jane Customer, jane@example.com, +1 555 0100"})");
        test::enqueue(*db, u"assist"_s, u"a1"_s, 100, m_now);
        Outbox outbox(*db);
        QVERIFY(outbox.markFailed(seqOf(*db, u"f1"_s), u"422 comment: too long"_s, R"({"error":"Jane"})"));
        QVERIFY(outbox.scheduleRetry(seqOf(*db, u"a1"_s), u"network: connection refused"_s, m_now.addSecs(60)));

        auto monitor = startMonitor(path);
        monitor->setOutboxListHandler(outboxListHandler(*db));
        const quint16 port = monitor->httpPort();

        test::HttpReply reply = test::request(m_nam, "GET", port, "/outbox");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"state"_s).toString(), u"all"_s);
        QJsonArray list = entries(reply);
        QCOMPARE(list.size(), 3);
        // Most recent first; exactly these fields.
        const QJsonObject assist = list.at(0).toObject();
        const QJsonObject feedback = list.at(1).toObject();
        const QJsonObject order = list.at(2).toObject();
        QCOMPARE(assist.keys(), QStringList({u"attempts"_s, u"created_at"_s, u"key"_s, u"kind"_s, u"last_error"_s,
                                             u"next_attempt_at"_s, u"order_number"_s, u"seq"_s, u"state"_s}));
        QCOMPARE(assist.value(u"kind"_s).toString(), u"assist"_s);
        QCOMPARE(assist.value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(assist.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(assist.value(u"last_error"_s).toString(), u"network: connection refused"_s);
        QCOMPARE(assist.value(u"next_attempt_at"_s).toString(), rfc3339(m_now.addSecs(60)));
        QVERIFY(assist.value(u"order_number"_s).isNull());
        QCOMPARE(feedback.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(feedback.value(u"created_at"_s).toString(), rfc3339(m_now.addSecs(-200)));
        QCOMPARE(order.value(u"kind"_s).toString(), u"order"_s);
        QCOMPARE(order.value(u"key"_s).toString(), orderKey);
        QCOMPARE(order.value(u"order_number"_s).toString(), u"T-001"_s);
        QCOMPARE(order.value(u"seq"_s).toInteger(), seqOf(*db, orderKey));
        QVERIFY(order.value(u"next_attempt_at"_s).isNull());
        QVERIFY(order.value(u"last_error"_s).isNull());
        for (const char *secret : {"Jane", "jane@", "555 0100", "classic_burger", "total_cents"})
            QVERIFY2(!reply.body.contains(secret), secret);

        reply = test::request(m_nam, "GET", port, "/outbox?state=pending");
        list = entries(reply);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"key"_s).toString(), u"a1"_s);
        QCOMPARE(list.at(1).toObject().value(u"key"_s).toString(), orderKey);

        reply = test::request(m_nam, "GET", port, "/outbox?state=failed");
        list = entries(reply);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"last_error"_s).toString(), u"422 comment: too long"_s);

        reply = test::request(m_nam, "GET", port, "/outbox?state=all&limit=1");
        QCOMPARE(entries(reply).size(), 1);
        QCOMPARE(entries(reply).at(0).toObject().value(u"key"_s).toString(), u"a1"_s);

        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?state=delivered").status, 400);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?state=").status, 400);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?limit=0").status, 400);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?limit=1001").status, 400);
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?limit=ten").status, 400);
        QCOMPARE(test::request(m_nam, "POST", port, "/outbox").status, 405);
    }

    void retryPutsAFailedEntryBack()
    {
        const QString path = m_dir.filePath(u"retry.db"_s);
        auto db = test::openDb(path);
        const QString orderKey = commitOrder(*db, m_now);
        const qint64 seq = seqOf(*db, orderKey);
        Outbox outbox(*db);
        QVERIFY(outbox.markFailed(seq, u"409 conflict"_s, {}));

        auto monitor = startMonitor(path);
        QList<qint64> retried;
        monitor->setOutboxRetryHandler(outboxRetryHandler(*db, [&retried](qint64 s) { retried.append(s); }));
        const quint16 port = monitor->httpPort();
        const QByteArray retryPath = "/outbox/" + QByteArray::number(seq) + "/retry";

        test::HttpReply reply = test::request(m_nam, "POST", port, retryPath.constData());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "outbox entry " + QByteArray::number(seq) + " is pending again\n");
        QCOMPARE(retried, QList<qint64>{seq});
        const auto entry = outbox.entry(seq);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Pending);
        QVERIFY(!entry->nextAttemptAt.isValid()); // due at once

        // Pending now: not a failed entry any more.
        reply = test::request(m_nam, "POST", port, retryPath.constData());
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.body, "outbox entry " + QByteArray::number(seq) + " has not failed\n");
        QCOMPARE(test::request(m_nam, "POST", port, "/outbox/9999/retry").status, 404);
        QCOMPARE(test::request(m_nam, "POST", port, "/outbox/abc/retry").status, 404);
        QCOMPARE(test::request(m_nam, "GET", port, retryPath.constData()).status, 405);
        QCOMPARE(retried.size(), 1);
    }

    void configReloadCallsTheKiosk()
    {
        auto monitor = startMonitor(m_dir.filePath(u"reload.db"_s));
        const quint16 port = monitor->httpPort();
        int reloads = 0;
        monitor->setConfigReloadHandler([&reloads] { ++reloads; });
        const test::HttpReply reply = test::request(m_nam, "POST", port, "/config/reload");
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("config reload requested\n"));
        QCOMPARE(reloads, 1);
        QCOMPARE(test::request(m_nam, "GET", port, "/config/reload").status, 405);
        QCOMPARE(test::request(m_nam, "POST", port, "/config").status, 404);
        QCOMPARE(reloads, 1);
    }

    void unavailableUntilTheKioskSetsItsHandlers()
    {
        const QString path = m_dir.filePath(u"none.db"_s);
        auto db = test::openDb(path);
        test::enqueue(*db, u"order"_s, u"n1"_s, 10, m_now);
        auto monitor = startMonitor(path);
        const quint16 port = monitor->httpPort();
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox").status, 503);
        QCOMPARE(test::request(m_nam, "POST", port, "/outbox/1/retry").status, 503);
        QCOMPARE(test::request(m_nam, "POST", port, "/config/reload").status, 503);
        // A bad parameter is still the caller's mistake.
        QCOMPARE(test::request(m_nam, "GET", port, "/outbox?state=nope").status, 400);
    }

    void aHandlerThatCannotReadIsA500()
    {
        auto monitor = startMonitor(m_dir.filePath(u"broken.db"_s));
        monitor->setOutboxListHandler([](OutboxFilter, int) { return std::optional<QList<OutboxEntry>>(); });
        monitor->setOutboxRetryHandler([](qint64) { return OutboxRetryResult::Error; });
        QCOMPARE(test::request(m_nam, "GET", monitor->httpPort(), "/outbox").status, 500);
        QCOMPARE(test::request(m_nam, "POST", monitor->httpPort(), "/outbox/1/retry").status, 500);
    }

    void filterNames()
    {
        for (OutboxFilter filter : {OutboxFilter::All, OutboxFilter::Pending, OutboxFilter::Failed})
            QVERIFY(parseOutboxFilter(outboxFilterName(filter)) == filter);
        QVERIFY(!parseOutboxFilter(u"delivered"_s));
        QVERIFY(!outboxFilterState(OutboxFilter::All));
        QVERIFY(outboxFilterState(OutboxFilter::Pending) == OutboxEntry::State::Pending);
        QVERIFY(outboxFilterState(OutboxFilter::Failed) == OutboxEntry::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestStaffEndpoints)
#include "tst_staffendpoints.moc"
