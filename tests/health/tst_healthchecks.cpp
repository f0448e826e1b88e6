// The checks' thresholds, the overall status, the application/health+json document and the
// "health" settings of kiosk.json (the /metrics text: tst_healthmetrics).
#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/kioskconfig.h"
#include "health/healthevaluator.h"
#include "healthinputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;
using Status = HealthStatus;

Q_DECLARE_METATYPE(kiosk::HealthStatus)

namespace {

Status statusOf(const HealthInputs &in, const QString &key, const HealthSettings &s = {})
{
    const HealthReport report = evaluateHealth(in, s, Now);
    const HealthCheck *check = report.find(key);
    if (!check)
        qFatal("check %s missing", qPrintable(key));
    return check->status;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// The "health" section as the kiosk.json parser reads it.
bool readHealth(const QJsonObject &root, HealthSettings *settings, ConfigErrors *errors)
{
    JsonReader reader(QStringLiteral("kiosk.json"), errors);
    return readHealthSettings(reader, root, settings);
}

} // namespace

class TestHealthChecks : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<Status>("expected");
        // The defaults: depth 50/500, oldest 5/30 min, disk 500/100 MiB, loop 100/1000 ms,
        // RSS 400/800 MiB, backend 1000 ms (warn only), sync 15 min (warn only).
        const struct {
            const char *check;
            qint64 value;
            Status expected;
        } rows[] = {
            {"outbox:depth", 0, Status::Pass},        {"outbox:depth", 49, Status::Pass},
            {"outbox:depth", 50, Status::Warn},       {"outbox:depth", 499, Status::Warn},
            {"outbox:depth", 500, Status::Fail},      {"outbox:oldestAge", 299, Status::Pass},
            {"outbox:oldestAge", 300, Status::Warn},  {"outbox:oldestAge", 1799, Status::Warn},
            {"outbox:oldestAge", 1800, Status::Fail}, {"disk:free", 501, Status::Pass},
            {"disk:free", 500, Status::Warn},         {"disk:free", 101, Status::Warn},
            {"disk:free", 100, Status::Fail},         {"disk:free", 0, Status::Fail},
            {"eventloop:latency", 99, Status::Pass},  {"eventloop:latency", 100, Status::Warn},
            {"eventloop:latency", 999, Status::Warn}, {"eventloop:latency", 1000, Status::Fail},
            {"memory:rss", 399, Status::Pass},        {"memory:rss", 400, Status::Warn},
            {"memory:rss", 799, Status::Warn},        {"memory:rss", 800, Status::Fail},
            {"backend:responseTime", 999, Status::Pass}, {"backend:responseTime", 1000, Status::Warn},
            {"backend:responseTime", 60000, Status::Warn}, {"sync:lastSuccess", 899, Status::Pass},
            {"sync:lastSuccess", 900, Status::Warn},  {"sync:lastSuccess", 86400, Status::Warn},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s=%lld", row.check, row.value)
                << QString::fromLatin1(row.check) << row.value << row.expected;
        }
    }

    void thresholds()
    {
        QFETCH(QString, check);
        QFETCH(qint64, value);
        QFETCH(Status, expected);
        HealthInputs in = healthy();
        observe(&in, check, value);
        const HealthReport report = evaluateHealth(in, HealthSettings(), Now);
        const HealthCheck *c = report.find(check);
        QVERIFY(c);
        QCOMPARE(c->status, expected);
        QCOMPARE(c->observedValue.toLongLong(), value);
        QVERIFY(!c->output.isEmpty());
        // Every other check still passes, so the overall status is this one's.
        QCOMPARE(report.status, expected);
    }

    void thresholdsComeFromTheSettings()
    {
        HealthSettings s;
        s.outboxDepthWarn = 2;
        s.outboxDepthFail = 3;
        HealthInputs in = healthy();
        observe(&in, u"outbox:depth"_s, 2);
        QCOMPARE(statusOf(in, u"outbox:depth"_s, s), Status::Warn);
        observe(&in, u"outbox:depth"_s, 3);
        QCOMPARE(statusOf(in, u"outbox:depth"_s, s), Status::Fail);
    }

    void backendOfflineOnlyWarns()
    {
        HealthInputs in = healthy();
        QCOMPARE(statusOf(in, u"backend:responseTime"_s), Status::Pass);
        in.backend = HealthInputs::BackendProbe{false, 5000, u"connect timeout"_s, Now};
        const HealthReport report = evaluateHealth(in, {}, Now);
        QCOMPARE(report.find(u"backend:responseTime"_s)->status, Status::Warn);
        QVERIFY(report.find(u"backend:responseTime"_s)->output.contains(u"connect timeout"_s));
        QCOMPARE(report.status, Status::Warn);
        in.backend.reset();
        QCOMPARE(statusOf(in, u"backend:responseTime"_s), Status::Pass); // not probed yet
    }

    void noSyncYetWarnsOnlyAfterTheStaleTime()
    {
        HealthInputs in = healthy();
        in.lastSyncSuccess = {};
        in.startedAt = Now.addSecs(-60);
        QCOMPARE(statusOf(in, u"sync:lastSuccess"_s), Status::Pass);
        in.startedAt = Now.addSecs(-900);
        QCOMPARE(statusOf(in, u"sync:lastSuccess"_s), Status::Warn);
    }

    void sqliteIntegrity()
    {
        HealthInputs in = healthy();
        QCOMPARE(statusOf(in, u"sqlite:integrity"_s), Status::Pass);
        in.probe.integrity = ProbeSample::Integrity::Unknown;
        QCOMPARE(statusOf(in, u"sqlite:integrity"_s), Status::Pass); // not checked yet
        in.probe.integrity = ProbeSample::Integrity::Failed;
        in.probe.integrityDetail = u"quick_check: *** in database main *** Page 7: btreeInitPage() returns error code 11"_s;
        const HealthReport report = evaluateHealth(in, {}, Now);
        QCOMPARE(report.find(u"sqlite:integrity"_s)->status, Status::Fail);
        QCOMPARE(report.status, Status::Fail);
    }

    void unreadableOutboxWarnsAndUnknownDiskWarns()
    {
        HealthInputs in = healthy();
        in.probe.outboxRead = false;
        in.probe.outboxError = u"database disk image is malformed"_s;
        QCOMPARE(statusOf(in, u"outbox:depth"_s), Status::Warn);
        QCOMPARE(statusOf(in, u"outbox:oldestAge"_s), Status::Warn);
        in.probe.diskFreeBytes = -1;
        QCOMPARE(statusOf(in, u"disk:free"_s), Status::Warn);
    }

    void beforeTheFirstSampleNothingFails()
    {
        HealthInputs in;
        in.startedAt = Now;
        const HealthReport report = evaluateHealth(in, {}, Now);
        QCOMPARE(report.checks.size(), 11); // clock:synchronised is the 11th, "not read yet"
        QCOMPARE(report.status, Status::Pass);
    }

    void configRejectionWarnsAndKeepsTheGoodVersion()
    {
        HealthInputs in = healthy();
        QCOMPARE(statusOf(in, u"config:state"_s), Status::Pass);
        in.config->rejection = u"menu.json: items[3].price_cents: expected an integer"_s;
        const HealthReport report = evaluateHealth(in, {}, Now);
        const HealthCheck *c = report.find(u"config:state"_s);
        QCOMPARE(c->status, Status::Warn);
        QCOMPARE(c->observedValue.toString(), u"menu 2024-05-01"_s);
        QVERIFY(c->output.contains(u"price_cents"_s));
    }

    // kiosk.json lets certificate checks be off only with backend.lab_allow_insecure_tls; then
    // /healthz warns, in a check of its own that a store's kiosk never has.
    void certificateChecksOffWarns()
    {
        const HealthInputs in = healthy();
        QVERIFY(!evaluateHealth(in, {}, Now).find(u"backend:tlsVerify"_s));
        HealthSettings lab;
        lab.tlsVerify = false;
        const HealthReport report = evaluateHealth(in, lab, Now);
        const HealthCheck *c = report.find(u"backend:tlsVerify"_s);
        QVERIFY(c);
        QCOMPARE(c->status, Status::Warn);
        QCOMPARE(c->observedValue, QVariant(false));
        QVERIFY2(c->output.contains(u"lab use only"_s), qPrintable(c->output));
        QCOMPARE(report.status, Status::Warn);
    }

    void staffPinWarnsWhenUnsetOrGuessed()
    {
        HealthInputs in = healthy();
        QCOMPARE(statusOf(in, u"staff:pin"_s), Status::Pass); // not reported yet
        in.staffPin = HealthInputs::StaffPin{true, 1};
        QCOMPARE(statusOf(in, u"staff:pin"_s), Status::Pass);
        in.staffPin = HealthInputs::StaffPin{true, 2};
        QCOMPARE(statusOf(in, u"staff:pin"_s), Status::Warn);
        in.staffPin = HealthInputs::StaffPin{false, 0};
        QCOMPARE(statusOf(in, u"staff:pin"_s), Status::Warn);
    }

    void paymentChecksOnlyWhileCardPaymentIsOn()
    {
        HealthInputs in = healthy();
        in.probe.payments.read = true;
        in.probe.payments.notTaken = 1;
        // "counter" mode: no payments checks, whatever the database holds.
        QVERIFY(!evaluateHealth(in, {}, Now).find(u"payments:notTaken"_s));
        QVERIFY(!evaluateHealth(in, {}, Now).find(u"payments:unsettled"_s));
        in.paymentTimeoutS = 120;
        QVERIFY(evaluateHealth(in, {}, Now).find(u"payments:unsettled"_s));
        QCOMPARE(evaluateHealth(in, {}, Now).status, Status::Fail);
    }

    void unsettledAttemptWarnsPastItsTimeout()
    {
        HealthInputs in = healthy();
        in.paymentTimeoutS = 120;
        QCOMPARE(statusOf(in, u"payments:unsettled"_s), Status::Pass); // not read yet
        in.probe.payments.read = true;
        QCOMPARE(statusOf(in, u"payments:unsettled"_s), Status::Pass); // nothing open
        in.probe.payments.open = 1;
        in.probe.payments.oldestOpenCreatedAt = Now.addSecs(-119);
        QCOMPARE(statusOf(in, u"payments:unsettled"_s), Status::Pass); // the customer is at the reader
        in.probe.payments.oldestOpenCreatedAt = Now.addSecs(-120);
        QCOMPARE(statusOf(in, u"payments:unsettled"_s), Status::Warn);
        const HealthReport report = evaluateHealth(in, {}, Now);
        QCOMPARE(report.find(u"payments:unsettled"_s)->observedValue.toLongLong(), 120);
        QCOMPARE(report.status, Status::Warn);
        in.paymentTimeoutS = 300; // the store's own timeout, not a fixed one
        QCOMPARE(statusOf(in, u"payments:unsettled"_s), Status::Pass);
    }

    void paidOrderNotTakenFails()
    {
        HealthInputs in = healthy();
        in.paymentTimeoutS = 120;
        in.probe.payments.read = true;
        QCOMPARE(statusOf(in, u"payments:notTaken"_s), Status::Pass);
        in.probe.payments.notTaken = 2;
        const HealthReport report = evaluateHealth(in, {}, Now);
        const HealthCheck *c = report.find(u"payments:notTaken"_s);
        QCOMPARE(c->status, Status::Fail);
        QCOMPARE(c->observedValue.toInt(), 2);
        QVERIFY2(c->output.contains(u"refund"_s), qPrintable(c->output));
        QCOMPARE(report.status, Status::Fail);
    }

    void overallIsTheWorstCheck()
    {
        HealthInputs in = healthy();
        QCOMPARE(evaluateHealth(in, {}, Now).status, Status::Pass);
        observe(&in, u"outbox:depth"_s, 60);
        QCOMPARE(evaluateHealth(in, {}, Now).status, Status::Warn);
        observe(&in, u"memory:rss"_s, 900);
        QCOMPARE(evaluateHealth(in, {}, Now).status, Status::Fail);
        observe(&in, u"memory:rss"_s, 100);
        QCOMPARE(evaluateHealth(in, {}, Now).status, Status::Warn);
    }

    void healthJsonFollowsTheDraft()
    {
        HealthInputs in = healthy();
        observe(&in, u"outbox:depth"_s, 60);
        const HealthReport report = evaluateHealth(in, {}, Now);
        const QJsonObject root = parseObject(report.toJson(u"0.1.0"_s, u"T1"_s));
        QCOMPARE(root.value(u"status"_s).toString(), u"warn"_s);
        QCOMPARE(root.value(u"releaseId"_s).toString(), u"0.1.0"_s);
        QCOMPARE(root.value(u"serviceId"_s).toString(), u"T1"_s);
        const QJsonObject checks = root.value(u"checks"_s).toObject();
        QCOMPARE(checks.keys(), QStringList({u"backend:responseTime"_s, u"clock:synchronised"_s,
                                             u"config:state"_s, u"disk:free"_s,
                                             u"eventloop:latency"_s, u"memory:rss"_s, u"outbox:depth"_s,
                                             u"outbox:oldestAge"_s, u"sqlite:integrity"_s,
                                             u"staff:pin"_s, u"sync:lastSuccess"_s}));
        for (const QString &key : checks.keys()) {
            const QJsonArray entries = checks.value(key).toArray();
            QCOMPARE(entries.size(), 1);
            const QJsonObject entry = entries.first().toObject();
            QVERIFY2(QStringList({u"pass"_s, u"warn"_s, u"fail"_s}).contains(entry.value(u"status"_s).toString()),
                     qPrintable(key));
            const QString time = entry.value(u"time"_s).toString();
            QVERIFY2(time.endsWith(u'Z') && QDateTime::fromString(time, Qt::ISODateWithMs).isValid(), qPrintable(time));
            QVERIFY(entry.contains(u"observedValue"_s));
            QVERIFY(entry.contains(u"componentType"_s));
            // The draft: "output" is for warn and fail only.
            QCOMPARE(entry.contains(u"output"_s), entry.value(u"status"_s).toString() != u"pass"_s);
        }
        const QJsonObject depth = checks.value(u"outbox:depth"_s).toArray().first().toObject();
        QCOMPARE(depth.value(u"observedValue"_s).toInt(), 60);
        QCOMPARE(depth.value(u"observedUnit"_s).toString(), u"entries"_s);
        QCOMPARE(depth.value(u"status"_s).toString(), u"warn"_s);
        QVERIFY(root.value(u"output"_s).toString().contains(u"outbox:depth"_s));
    }

    void settingsDefaultsAndOverrides()
    {
        HealthSettings s;
        QCOMPARE(s.listenPort, 9180);
        ConfigErrors errors;
        QVERIFY(readHealth(QJsonObject(), &s, &errors)); // no "health": the defaults
        QCOMPARE(s.outboxDepthWarn, 50);
        const QJsonObject json = parseObject(R"({"health": {"listen_port": 0, "outbox_depth_warn": 5,
            "outbox_depth_fail": 10, "disk_free_warn_mb": 1000, "sample_interval_s": 2,
            "integrity_interval_s": 0, "_note": "comments are fine"}})");
        QVERIFY(readHealth(json, &s, &errors));
        QVERIFY(errors.isEmpty());
        QCOMPARE(s.listenPort, 0);
        QCOMPARE(s.outboxDepthWarn, 5);
        QCOMPARE(s.outboxDepthFail, 10);
        QCOMPARE(s.diskFreeWarnMb, 1000);
        QCOMPARE(s.diskFreeFailMb, 100);
        QCOMPARE(s.sampleIntervalMs, 2000);
        QCOMPARE(s.integrityIntervalMs, 0);
    }

    void settingsErrorsAreReportedLikeTheConfigs()
    {
        HealthSettings s;
        ConfigErrors errors;
        const QJsonObject json = parseObject(R"({"health": {"listen_port": 70000, "outbox_depth_warn": 600,
            "rss_fail_mb": "lots", "event_loop_fail_ms": 50, "colour": "red"}})");
        QVERIFY(!readHealth(json, &s, &errors));
        QCOMPARE(s.listenPort, 9180); // unchanged on any problem
        QStringList messages;
        for (const ConfigError &e : errors)
            messages.append(e.toString());
        messages.sort();
        QCOMPARE(messages, QStringList({
            u"kiosk.json: health.event_loop_fail_ms: must not be less than event_loop_warn_ms"_s,
            u"kiosk.json: health.listen_port: must be between 0 and 65535, got 70000"_s,
            u"kiosk.json: health.outbox_depth_fail: must not be less than outbox_depth_warn"_s,
            u"kiosk.json: health.rss_fail_mb: expected an integer"_s,
            u"kiosk.json: health: unknown key \"colour\""_s,
        }));
    }

    void settingsLoadFromAConfigFolder()
    {
        // With the rest of kiosk.json, in its one read.
        ConfigErrors errors;
        // tests/data/minimal-config has no "health" key.
        const auto config = loadConfigDir(QStringLiteral(KIOSK_TEST_DATA_DIR "/minimal-config"), &errors);
        QVERIFY2(config, qPrintable(formatErrors(errors)));
        const HealthSettings &settings = config->kiosk.health;
        QCOMPARE(settings.serviceId, u"T1"_s);
        QCOMPARE(settings.listenPort, 9180);

        QVERIFY(!loadConfigDir(QStringLiteral(KIOSK_TEST_DATA_DIR "/no-such-folder"), &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().toString().startsWith(u"kiosk.json: file not found"_s));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"
