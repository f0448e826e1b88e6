// The listener's staff endpoints on a running HealthMonitor, wired the way the kiosk wires
// them (outboxListHandler / outboxRetryHandler on a real kiosk.db): GET /outbox without
// bodies, POST /outbox/<seq>/retry, POST /config/reload, and 503 until the kiosk sets them;
// the staff token they need (401 and nothing done without it), the loopback Host every request
// needs, and the staff_audit row each action leaves.
#include "health/healthmonitor.h"
#include "health/outboxlisting.h"
#include "health/requestgate.h"
#include "healthfixture.h"
#include "promtext.h"
#include "staff/stafftoken.h"
#include "storage/staffaudit.h"
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
    QByteArray m_authorization;
    QStringList m_audited; // what the StaffAuditHandler was given: "action: detail"

    std::unique_ptr<HealthMonitor> startMonitor(const QString &dbPath)
    {
        return test::startStaffMonitor(dbPath, m_dir.path(), &m_authorization, &m_audited);
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

    // A request with the staff token.
    test::HttpReply staff(const QByteArray &verb, quint16 port, const char *path)
    {
        return test::request(m_nam, verb, port, path, m_authorization);
    }

    static QStringList auditActions(Database &db)
    {
        QStringList actions;
        for (const StaffAudit::Entry &entry : StaffAudit(db).recent())
            actions.prepend(entry.action + u": "_s + entry.detail);
        return actions;
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

        test::HttpReply reply = staff("GET", port, "/outbox");
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

        reply = staff("GET", port, "/outbox?state=pending");
        list = entries(reply);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"key"_s).toString(), u"a1"_s);
        QCOMPARE(list.at(1).toObject().value(u"key"_s).toString(), orderKey);

        reply = staff("GET", port, "/outbox?state=failed");
        list = entries(reply);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"last_error"_s).toString(), u"422 comment: too long"_s);

        reply = staff("GET", port, "/outbox?state=all&limit=1");
        QCOMPARE(entries(reply).size(), 1);
        QCOMPARE(entries(reply).at(0).toObject().value(u"key"_s).toString(), u"a1"_s);

        QCOMPARE(staff("GET", port, "/outbox?state=delivered").status, 400);
        QCOMPARE(staff("GET", port, "/outbox?state=").status, 400);
        QCOMPARE(staff("GET", port, "/outbox?limit=0").status, 400);
        QCOMPARE(staff("GET", port, "/outbox?limit=1001").status, 400);
        QCOMPARE(staff("GET", port, "/outbox?limit=ten").status, 400);
        QCOMPARE(staff("POST", port, "/outbox").status, 405);
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

        test::HttpReply reply = staff("POST", port, retryPath.constData());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "outbox entry " + QByteArray::number(seq) + " is pending again\n");
        QCOMPARE(retried, QList<qint64>{seq});
        const auto entry = outbox.entry(seq);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Pending);
        QVERIFY(!entry->nextAttemptAt.isValid()); // due at once

        // Pending now: not a failed entry any more.
        reply = staff("POST", port, retryPath.constData());
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.body, "outbox entry " + QByteArray::number(seq) + " has not failed\n");
        QCOMPARE(staff("POST", port, "/outbox/9999/retry").status, 404);
        QCOMPARE(staff("POST", port, "/outbox/abc/retry").status, 404);
        QCOMPARE(staff("GET", port, retryPath.constData()).status, 405);
        QCOMPARE(retried.size(), 1);
    }

    void configReloadCallsTheKiosk()
    {
        auto monitor = startMonitor(m_dir.filePath(u"reload.db"_s));
        const quint16 port = monitor->httpPort();
        int reloads = 0;
        monitor->setConfigReloadHandler([&reloads] { ++reloads; });
        const test::HttpReply reply = staff("POST", port, "/config/reload");
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("config reload requested\n"));
        QCOMPARE(reloads, 1);
        QCOMPARE(staff("GET", port, "/config/reload").status, 405);
        QCOMPARE(staff("POST", port, "/config").status, 404);
        QCOMPARE(reloads, 1);
    }

    void unavailableUntilTheKioskSetsItsHandlers()
    {
        const QString path = m_dir.filePath(u"none.db"_s);
        auto db = test::openDb(path);
        test::enqueue(*db, u"order"_s, u"n1"_s, 10, m_now);
        auto monitor = startMonitor(path);
        const quint16 port = monitor->httpPort();
        QCOMPARE(staff("GET", port, "/outbox").status, 503);
        QCOMPARE(staff("POST", port, "/outbox/1/retry").status, 503);
        QCOMPARE(staff("POST", port, "/config/reload").status, 503);
        // A bad parameter is still the caller's mistake.
        QCOMPARE(staff("GET", port, "/outbox?state=nope").status, 400);
    }

    void aHandlerThatCannotReadIsA500()
    {
        auto monitor = startMonitor(m_dir.filePath(u"broken.db"_s));
        monitor->setOutboxListHandler([](OutboxFilter, int) { return std::optional<QList<OutboxEntry>>(); });
        monitor->setOutboxRetryHandler([](qint64) { return OutboxRetryResult::Error; });
        QCOMPARE(staff("GET", monitor->httpPort(), "/outbox").status, 500);
        QCOMPARE(staff("POST", monitor->httpPort(), "/outbox/1/retry").status, 500);
    }

    void staffRoutesNeedTheToken()
    {
        const QString path = m_dir.filePath(u"token.db"_s);
        auto db = test::openDb(path);
        const qint64 seq = seqOf(*db, commitOrder(*db, m_now));
        QVERIFY(Outbox(*db).markFailed(seq, u"409 conflict"_s, {}));
        auto monitor = startMonitor(path);
        int syncs = 0;
        int reloads = 0;
        int lists = 0;
        monitor->setSyncRequestHandler([&syncs] { ++syncs; });
        monitor->setConfigReloadHandler([&reloads] { ++reloads; });
        const OutboxListHandler list = outboxListHandler(*db);
        monitor->setOutboxListHandler([&lists, list](OutboxFilter filter, int limit) {
            ++lists;
            return list(filter, limit);
        });
        monitor->setOutboxRetryHandler(outboxRetryHandler(*db));
        const quint16 port = monitor->httpPort();
        const QByteArray retryPath = "/outbox/" + QByteArray::number(seq) + "/retry";
        const QList<QPair<QByteArray, QByteArray>> routes{
            {"POST", "/sync"}, {"POST", "/config/reload"}, {"GET", "/outbox"}, {"POST", retryPath}};

        QByteArray wrong = m_authorization;
        wrong.back() = wrong.back() == '0' ? '1' : '0';
        const QByteArray token = m_authorization.mid(7);
        const QList<QByteArray> refused{{}, wrong, "Bearer", "Bearer " + token.chopped(1), "Basic " + token,
                                        "bearer " + token, m_authorization + '0'};
        for (const QByteArray &authorization : refused) {
            for (const auto &[verb, route] : routes) {
                const test::HttpReply reply = test::request(m_nam, verb, port, route.constData(), authorization);
                QCOMPARE(reply.status, 401);
                QCOMPARE(reply.authenticate, QByteArray("Bearer"));
                QVERIFY(!reply.body.contains(token));
            }
        }
        QCOMPARE(syncs + reloads + lists, 0);
        QCOMPARE(Outbox(*db).entry(seq)->state, OutboxEntry::State::Failed);
        QVERIFY(m_audited.isEmpty());
        QVERIFY(auditActions(*db).isEmpty());
        // Refusals are counted for monitoring, which needs no token; nothing goes to the database.
        const test::HttpReply metrics = test::request(m_nam, "GET", port, "/metrics");
        QCOMPARE(metrics.status, 200);
        test::PromFamilies families;
        QVERIFY(test::validateExposition(metrics.body, &families).isEmpty());
        QCOMPARE(test::sampleValue(families, "kiosk_http_refused_total", {{"reason", "credential"}}),
                 double(refused.size() * routes.size()));
        QCOMPARE(families.value("kiosk_http_refused_total").type, QByteArray("counter"));

        // With the token: done, and on record, without the token in the record.
        QCOMPARE(staff("POST", port, "/sync").status, 202);
        QCOMPARE(staff("POST", port, "/config/reload").status, 202);
        QCOMPARE(staff("GET", port, "/outbox?state=failed&limit=5").status, 200);
        QCOMPARE(staff("POST", port, retryPath.constData()).status, 200);
        QCOMPARE(syncs, 1);
        QCOMPARE(reloads, 1);
        QCOMPARE(lists, 1);
        QCOMPARE(Outbox(*db).entry(seq)->state, OutboxEntry::State::Pending);
        QCOMPARE(m_audited, QStringList({u"http_sync: "_s, u"http_config_reload: "_s,
                                         u"http_outbox_list: state=failed limit=5"_s}));
        QCOMPARE(auditActions(*db), QStringList{u"http_outbox_retry: seq %1"_s.arg(seq)});
        for (const QString &row : m_audited + auditActions(*db))
            QVERIFY(!row.contains(QString::fromLatin1(token)));
    }

    void aRetryThatCannotBeAuditedIsNotDone()
    {
        const QString path = m_dir.filePath(u"unaudited.db"_s);
        auto db = test::openDb(path);
        const qint64 seq = seqOf(*db, commitOrder(*db, m_now));
        QVERIFY(Outbox(*db).markFailed(seq, u"409 conflict"_s, {}));
        QVERIFY(db->exec("CREATE TRIGGER no_audit BEFORE INSERT ON staff_audit "
                         "BEGIN SELECT RAISE(ABORT, 'the audit is full'); END"));
        auto monitor = startMonitor(path);
        QList<qint64> retried;
        monitor->setOutboxRetryHandler(outboxRetryHandler(*db, [&retried](qint64 s) { retried.append(s); }));
        const QByteArray retryPath = "/outbox/" + QByteArray::number(seq) + "/retry";
        QCOMPARE(staff("POST", monitor->httpPort(), retryPath.constData()).status, 500);
        QCOMPARE(Outbox(*db).entry(seq)->state, OutboxEntry::State::Failed); // rolled back with its row
        QVERIFY(retried.isEmpty());
    }

    void aForeignHostIsRefused()
    {
        auto monitor = startMonitor(m_dir.filePath(u"host.db"_s));
        int syncs = 0;
        monitor->setSyncRequestHandler([&syncs] { ++syncs; });
        monitor->setOutboxListHandler([](OutboxFilter, int) { return std::optional(QList<OutboxEntry>()); });
        const quint16 port = monitor->httpPort();
        const QByteArray colonPort = ':' + QByteArray::number(port);
        const QByteArray token = "Authorization: " + m_authorization + "\r\n";
        for (const QByteArray &host : {"127.0.0.1" + colonPort, "localhost" + colonPort, QByteArray("LocalHost"),
                                       "[::1]" + colonPort, QByteArray("127.0.0.1")}) {
            QVERIFY2(test::rawGet(port, "/metrics", host).startsWith("HTTP/1.1 200"), host.constData());
            QVERIFY2(test::rawGet(port, "/outbox", host, token).startsWith("HTTP/1.1 200"), host.constData());
        }
        // A page whose name was rebound to 127.0.0.1 still sends its own name.
        int refused = 0;
        for (const QByteArray &host : {"evil.example" + colonPort, QByteArray("evil.example"),
                                       "127.0.0.1.evil.example" + colonPort, QByteArray("localhost.evil.example"),
                                       "10.0.0.5" + colonPort, QByteArray()}) {
            for (const char *path : {"/healthz", "/metrics", "/outbox", "/nothing"}) {
                QVERIFY2(test::rawGet(port, path, host, token).startsWith("HTTP/1.1 403"), host.constData());
                ++refused;
            }
            const auto socket = test::connectRaw(port);
            const QByteArray post = "POST /sync HTTP/1.1\r\nHost: " + host + "\r\n" + token + "Content-Length: 0\r\n\r\n";
            QVERIFY(test::rawStatusLine(*socket, post).startsWith("HTTP/1.1 403"));
            ++refused;
        }
        QCOMPARE(syncs, 0);
        QCOMPARE(m_audited, QStringList(5, u"http_outbox_list: state=all limit=100"_s)); // the five allowed
        test::PromFamilies families;
        QVERIFY(test::validateExposition(test::request(m_nam, "GET", port, "/metrics").body, &families).isEmpty());
        QCOMPARE(test::sampleValue(families, "kiosk_http_refused_total", {{"reason", "host"}}), double(refused));
    }

    void loopbackHostNames_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("loopback");
        for (const char *host : {"127.0.0.1", "127.0.0.1:9180", "localhost", "LOCALHOST:1", "[::1]", "[::1]:80",
                                 " localhost "})
            QTest::newRow(host) << QByteArray(host) << true;
        for (const char *host : {"", "evil.example", "127.0.0.1.evil.example", "localhost.evil.example",
                                 "127.0.0.2", "::1", "[::1]x", "localhost:", "localhost:http", "localhost:99999",
                                 "127.0.0.1:80:80", "0.0.0.0"})
            QTest::newRow(host) << QByteArray(host) << false;
    }

    void loopbackHostNames()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, loopback);
        QCOMPARE(RequestGate::isLoopbackHostHeader(host), loopback);
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
