// The loopback listener of a running HealthMonitor: /healthz as application/health+json with
// 200 or 503, /metrics in the 0.0.4 text format, POST /sync (with the staff token), nothing
// personal in either page, 127.0.0.1 only.
#include "health/healthmonitor.h"
#include "health/healthserver.h"
#include "healthfixture.h"
#include "promtext.h"
#include "staff/stafftoken.h"
#include "support/fakenotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestHealthServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    std::unique_ptr<HealthMonitor> startMonitor(const char *name, HealthSettings settings = test::healthTestSettings())
    {
        const QString db = m_dir.filePath(QString::fromLatin1(name));
        auto monitor = std::make_unique<HealthMonitor>(
            settings, db, std::make_unique<test::FakeNotifier>(std::chrono::microseconds(0)));
        // This machine's clock may not be synchronised; these tests are about other checks.
        monitor->setClockReader([] { return ClockSync{true, true, {}}; });
        QSignalSpy sampled(monitor.get(), &HealthMonitor::probeSampled);
        QString error;
        if (!monitor->start(&error))
            qFatal("cannot start: %s", qPrintable(error));
        if (!sampled.wait(5000))
            qFatal("no probe sample");
        return monitor;
    }

    // Waits for the probe to read the database again, and the report to be redone.
    static void resample(HealthMonitor &monitor)
    {
        QSignalSpy sampled(&monitor, &HealthMonitor::probeSampled);
        monitor.sampleNow();
        QVERIFY(sampled.wait(5000));
    }

    static QJsonObject json(const QByteArray &body)
    {
        return QJsonDocument::fromJson(body).object();
    }

private slots:
    void healthzIs200WhilePassingOrWarningAnd503OnFail()
    {
        const QString dbPath = m_dir.filePath(u"healthz.db"_s);
        auto db = test::openDb(dbPath);
        HealthSettings settings = test::healthTestSettings();
        settings.outboxDepthWarn = 1;
        settings.outboxDepthFail = 2;
        auto monitor = startMonitor("healthz.db", settings);
        const quint16 port = monitor->httpPort();
        QVERIFY(port != 0);

        test::HttpReply reply = test::request(m_nam, "GET", port, "/healthz");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/health+json"));
        QJsonObject root = json(reply.body);
        QCOMPARE(root.value(u"status"_s).toString(), u"pass"_s);
        QCOMPARE(root.value(u"serviceId"_s).toString(), u"T1"_s);
        const QStringList keys = root.value(u"checks"_s).toObject().keys();
        for (const char *key : {"backend:responseTime", "outbox:depth", "outbox:oldestAge", "sync:lastSuccess",
                                "sqlite:integrity", "disk:free", "eventloop:latency", "memory:rss", "config:state"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);

        // Offline: a warning, still 200 (the kiosk keeps selling).
        monitor->reportBackendProbe(false, 5000, u"connection refused"_s);
        monitor->refresh();
        reply = test::request(m_nam, "GET", port, "/healthz");
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(u"status"_s).toString(), u"warn"_s);

        // Two orders stuck in the outbox: past outbox_depth_fail, 503.
        test::enqueue(*db, u"order"_s, u"k1"_s, 10, m_now);
        test::enqueue(*db, u"order"_s, u"k2"_s, 5, m_now);
        resample(*monitor);
        reply = test::request(m_nam, "GET", port, "/healthz");
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.contentType, QByteArray("application/health+json"));
        root = json(reply.body);
        QCOMPARE(root.value(u"status"_s).toString(), u"fail"_s);
        const QJsonObject depth = root.value(u"checks"_s).toObject().value(u"outbox:depth"_s).toArray().first().toObject();
        QCOMPARE(depth.value(u"status"_s).toString(), u"fail"_s);
        QCOMPARE(depth.value(u"observedValue"_s).toInt(), 2);

        // Delivered: back to 200.
        test::setState(*db, u"k1"_s, "delivered");
        test::setState(*db, u"k2"_s, "delivered");
        monitor->reportBackendProbe(true, 30, {});
        resample(*monitor);
        reply = test::request(m_nam, "GET", port, "/healthz");
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(u"status"_s).toString(), u"pass"_s);
    }

    void metricsFollowTheTextFormat()
    {
        auto db = test::openDb(m_dir.filePath(u"metrics.db"_s));
        test::enqueue(*db, u"order"_s, u"m1"_s, 120, m_now);
        test::enqueue(*db, u"order"_s, u"m2"_s, 60, m_now);
        test::enqueue(*db, u"feedback"_s, u"m3"_s, 30, m_now);
        test::setState(*db, u"m1"_s, "delivered");
        auto monitor = startMonitor("metrics.db");
        for (double seconds : {0.02, 0.2, 0.2, 1.5, 60.0})
            monitor->observeSyncRequest(seconds);
        monitor->reportSyncSuccess(m_now);
        monitor->refresh();

        const test::HttpReply reply = test::request(m_nam, "GET", monitor->httpPort(), "/metrics");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        test::PromFamilies families;
        const QStringList errors = test::validateExposition(reply.body, &families);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n') + u'\n' + QString::fromUtf8(reply.body)));

        QCOMPARE(test::sampleValue(families, "kiosk_outbox_depth", {{"kind", "order"}}), 1.0);
        QCOMPARE(test::sampleValue(families, "kiosk_outbox_depth", {{"kind", "feedback"}}), 1.0);
        QVERIFY(test::sampleValue(families, "kiosk_outbox_oldest_age_seconds") >= 60);
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "delivered"}}), 1.0);
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "pending"}}), 1.0);
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "failed"}}), 0.0);
        const QByteArray h = "kiosk_sync_request_duration_seconds";
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "0.25"}}), 3.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "+Inf"}}), 5.0);
        QCOMPARE(test::sampleValue(families, h + "_count"), 5.0);
        QCOMPARE(test::sampleValue(families, "kiosk_last_sync_timestamp_seconds"),
                 double(m_now.toMSecsSinceEpoch()) / 1000.0);
        QVERIFY(test::sampleValue(families, "kiosk_event_loop_latency_seconds") >= 0);
        QCOMPARE(families.value("kiosk_build_info").samples.size(), 1);
        QCOMPARE(test::sampleValue(families, "kiosk_health_status", {{"check", "sqlite:integrity"}}), 0.0);
        for (const char *type : {"kiosk_outbox_depth", "kiosk_outbox_oldest_age_seconds", "kiosk_orders_total",
                                 "kiosk_event_loop_latency_seconds", "kiosk_last_sync_timestamp_seconds",
                                 "kiosk_build_info", "kiosk_health_status"})
            QCOMPARE(families.value(type).type, QByteArray("gauge"));
        QCOMPARE(families.value(h).type, QByteArray("histogram"));
    }

    void noPersonalDataInEitherPage()
    {
        auto db = test::openDb(m_dir.filePath(u"private.db"_s));
        test::enqueue(*db, u"order"_s, u"p1"_s, 10, m_now,
                      R"({"customer":"Jane Customer","email":"jane@example.com","phone":"+1 555 0100"})");
        auto monitor = startMonitor("private.db");
        monitor->reportBackendProbe(false, 100, u"TLS handshake failed"_s);
        monitor->refresh();
        const QByteArray metrics = test::request(m_nam, "GET", monitor->httpPort(), "/metrics").body;
        const QByteArray health = test::request(m_nam, "GET", monitor->httpPort(), "/healthz").body;
        QVERIFY(metrics.contains("kiosk_outbox_depth{kind=\"order\"} 1"));
        for (const QByteArray &page : {metrics, health}) {
            for (const char *secret : {"Jane", "jane@", "555 0100"})
                QVERIFY2(!page.contains(secret), secret);
        }
        QVERIFY(!metrics.contains("TLS handshake")); // error texts stay out of /metrics
    }

    void postSyncCallsTheKiosk()
    {
        auto monitor = startMonitor("sync.db");
        const quint16 port = monitor->httpPort();
        // Off until the kiosk gives the listener its staff token, then only for its holder.
        QCOMPARE(test::request(m_nam, "POST", port, "/sync").status, 503);
        QString error;
        std::optional<StaffToken> token = StaffToken::ensure(m_dir.path(), &error);
        QVERIFY2(token, qPrintable(error));
        const QByteArray authorization = token->authorization();
        monitor->setStaffToken(std::move(token));
        QCOMPARE(test::request(m_nam, "POST", port, "/sync", authorization).status, 503); // nobody to ask yet
        int requests = 0;
        monitor->setSyncRequestHandler([&requests] { ++requests; });
        QCOMPARE(test::request(m_nam, "POST", port, "/sync").status, 401);
        QCOMPARE(requests, 0);
        QCOMPARE(test::request(m_nam, "POST", port, "/sync", authorization).status, 202);
        QCOMPARE(requests, 1);
        QCOMPARE(test::request(m_nam, "GET", port, "/sync", authorization).status, 405);
        QCOMPARE(test::request(m_nam, "POST", port, "/healthz").status, 405);
        QCOMPARE(test::request(m_nam, "GET", port, "/orders").status, 404);
        QCOMPARE(requests, 1);
    }

    void listensOnLoopbackOnly()
    {
        HealthServer server;
        QString error;
        QVERIFY2(server.listen(0, &error), qPrintable(error));
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(server.port() != 0);
        server.publish(R"({"status":"pass"})", false, "# TYPE up gauge\nup 1\n");

        QCOMPARE(test::request(m_nam, "GET", server.port(), "/healthz").status, 200);
        // 127.0.0.2 is this machine too; a socket bound to any address would answer there.
        QTcpSocket other;
        QSignalSpy failed(&other, &QTcpSocket::errorOccurred);
        other.connectToHost(QHostAddress(u"127.0.0.2"_s), server.port());
        QVERIFY(failed.wait(3000) || other.state() != QAbstractSocket::ConnectedState);
        QCOMPARE(other.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void aTakenPortIsReportedAndTheChecksRunAnyway()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        HealthSettings settings = test::healthTestSettings();
        settings.listenPort = squatter.serverPort();
        HealthMonitor monitor(settings, m_dir.filePath(u"taken.db"_s),
                              std::make_unique<test::FakeNotifier>(std::chrono::microseconds(0)));
        QString error;
        QVERIFY(!monitor.start(&error));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QSignalSpy updated(&monitor, &HealthMonitor::reportUpdated);
        QVERIFY(updated.wait(2000));
        QCOMPARE(monitor.report().checks.size(), 11); // with clock:synchronised
    }

    void healthzBeforeTheFirstReportSaysStarting()
    {
        HealthServer server;
        QString error;
        QVERIFY(server.listen(0, &error));
        QCOMPARE(test::request(m_nam, "GET", server.port(), "/healthz").status, 503);
    }
};

QTEST_GUILESS_MAIN(TestHealthServer)
#include "tst_healthserver.moc"
