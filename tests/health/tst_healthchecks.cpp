// The checks' thresholds, the overall status, the application/health+json document, the
// "health" settings of kiosk.json, and the /metrics text against the 0.0.4 grammar.
#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/kioskconfig.h"
#include "health/healthevaluator.h"
#include "health/healthmetrics.h"
#include "health/metricswriter.h"
#include "promtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;
using Status = HealthStatus;

Q_DECLARE_METATYPE(kiosk::HealthStatus)

namespace {

const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 MiB = 1024 * 1024;

// Inputs where every check passes: a probe sample of a quiet, healthy kiosk.
HealthInputs healthy()
{
    HealthInputs in;
    in.startedAt = Now.addSecs(-60);
    in.backend = HealthInputs::BackendProbe{true, 40, {}, Now};
    in.lastSyncSuccess = Now.addSecs(-10);
    in.probe.at = Now;
    in.probe.outboxRead = true;
    in.probe.pendingByKind = {{u"order"_s, 0}};
    in.probe.integrity = ProbeSample::Integrity::Ok;
    in.probe.integrityAt = Now;
    in.probe.diskFreeBytes = 10000 * MiB;
    in.probe.rssBytes = 120 * MiB;
    in.eventLoopLatencyMs = 3;
    in.config = HealthInputs::ConfigState{u"menu 2024-05-01"_s, {}, Now};
    return in;
}

// Sets the one observation that `check` grades to `value`.
void observe(HealthInputs *in, const QString &check, qint64 value)
{
    if (check == u"outbox:depth"_s) {
        in->probe.pending = int(value);
        in->probe.pendingByKind[u"order"_s] = int(value);
        in->probe.oldestPendingCreatedAt = Now.addSecs(-1);
    } else if (check == u"outbox:oldestAge"_s) {
        in->probe.pending = 1;
        in->probe.oldestPendingCreatedAt = Now.addSecs(-value);
    } else if (check == u"disk:free"_s) {
        in->probe.diskFreeBytes = value * MiB;
    } else if (check == u"eventloop:latency"_s) {
        in->eventLoopLatencyMs = value;
    } else if (check == u"memory:rss"_s) {
        in->probe.rssBytes = value * MiB;
    } else if (check == u"backend:responseTime"_s) {
        in->backend->latencyMs = value;
    } else if (check == u"sync:lastSuccess"_s) {
        in->lastSyncSuccess = Now.addSecs(-value);
    } else {
        qFatal("no such check %s", qPrintable(check));
    }
}

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
        QCOMPARE(report.checks.size(), 9);
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
        QCOMPARE(checks.keys(), QStringList({u"backend:responseTime"_s, u"config:state"_s, u"disk:free"_s,
                                             u"eventloop:latency"_s, u"memory:rss"_s, u"outbox:depth"_s,
                                             u"outbox:oldestAge"_s, u"sqlite:integrity"_s,
                                             u"sync:lastSuccess"_s}));
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

    void metricsFollowTheTextFormat()
    {
        HealthInputs in = healthy();
        in.probe.pendingByKind = {{u"order"_s, 3}, {u"feedback"_s, 1}};
        in.probe.pending = 4;
        in.probe.oldestPendingCreatedAt = Now.addSecs(-90);
        in.probe.ordersDelivered = 120;
        in.probe.ordersFailed = 2;
        in.probe.ordersPending = 3;
        Histogram durations(syncDurationBuckets());
        for (double seconds : {0.01, 0.05, 0.07, 0.3, 0.3, 2.0, 45.0})
            durations.observe(seconds);
        const HealthReport report = evaluateHealth(in, {}, Now);
        const QByteArray text = renderMetrics(report, in, durations, u"0.1.0"_s);

        test::PromFamilies families;
        const QStringList errors = test::validateExposition(text, &families);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n') + u'\n' + QString::fromUtf8(text)));

        QCOMPARE(families.value("kiosk_outbox_depth").type, QByteArray("gauge"));
        QCOMPARE(test::sampleValue(families, "kiosk_outbox_depth", {{"kind", "order"}}), 3.0);
        QCOMPARE(test::sampleValue(families, "kiosk_outbox_depth", {{"kind", "feedback"}}), 1.0);
        QCOMPARE(test::sampleValue(families, "kiosk_outbox_oldest_age_seconds"), 90.0);
        QCOMPARE(families.value("kiosk_orders_total").type, QByteArray("gauge"));
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "delivered"}}), 120.0);
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "failed"}}), 2.0);
        QCOMPARE(test::sampleValue(families, "kiosk_orders_total", {{"result", "pending"}}), 3.0);
        QCOMPARE(test::sampleValue(families, "kiosk_build_info", {{"version", "0.1.0"}}), 1.0);
        QCOMPARE(test::sampleValue(families, "kiosk_health_status", {{"check", "outbox:depth"}}), 0.0);
        QCOMPARE(families.value("kiosk_health_status").samples.size(), 9);
        QCOMPARE(test::sampleValue(families, "kiosk_event_loop_latency_seconds"), 0.003);
        QCOMPARE(test::sampleValue(families, "kiosk_last_sync_timestamp_seconds"),
                 double(Now.addSecs(-10).toSecsSinceEpoch()));

        // The histogram: cumulative counts per bucket, +Inf equal to _count.
        QCOMPARE(families.value("kiosk_sync_request_duration_seconds").type, QByteArray("histogram"));
        const QByteArray h = "kiosk_sync_request_duration_seconds";
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "0.05"}}), 2.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "0.1"}}), 3.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "0.5"}}), 5.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "2.5"}}), 6.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "30"}}), 6.0);
        QCOMPARE(test::sampleValue(families, h + "_bucket", {{"le", "+Inf"}}), 7.0);
        QCOMPARE(test::sampleValue(families, h + "_count"), 7.0);
        QVERIFY(qFuzzyCompare(test::sampleValue(families, h + "_sum"), 47.73));

        // A failing check shows as 2.
        observe(&in, u"outbox:depth"_s, 600);
        const QByteArray failing = renderMetrics(evaluateHealth(in, {}, Now), in, durations, u"0.1.0"_s);
        QVERIFY(test::validateExposition(failing, &families).isEmpty());
        QCOMPARE(test::sampleValue(families, "kiosk_health_status", {{"check", "outbox:depth"}}), 2.0);
    }

    void labelValuesAndNumbersAreEscapedAndFormatted()
    {
        MetricsWriter w;
        w.family("odd_gauge", "gauge", u"Back\\slash and\nnewline in help."_s);
        const QString odd = u"we\"ird\\kind\nline"_s;
        w.sample("odd_gauge", 1.5, {{"kind", odd}});
        w.sample("odd_gauge", INFINITY, {{"kind", u"inf"_s}});
        w.sample("odd_gauge", -INFINITY, {{"kind", u"minus"_s}});
        w.sample("odd_gauge", NAN, {{"kind", u"nan"_s}});
        w.sample("odd_gauge", 1714567890, {{"kind", u"big"_s}});
        w.sample("odd_gauge", 1e-7, {{"kind", u"tiny"_s}});
        test::PromFamilies families;
        const QStringList errors = test::validateExposition(w.text(), &families);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(test::sampleValue(families, "odd_gauge", {{"kind", odd.toUtf8()}}), 1.5);
        QVERIFY(w.text().contains("kind=\"we\\\"ird\\\\kind\\nline\""));
        QVERIFY(w.text().contains("# HELP odd_gauge Back\\\\slash and\\nnewline in help.\n"));
        QCOMPARE(MetricsWriter::formatValue(0.05), QByteArray("0.05"));
        QCOMPARE(MetricsWriter::formatValue(1714567890), QByteArray("1714567890"));
        QCOMPARE(MetricsWriter::formatValue(0.003), QByteArray("0.003"));
        QCOMPARE(MetricsWriter::formatValue(INFINITY), QByteArray("+Inf"));
        QCOMPARE(MetricsWriter::formatValue(NAN), QByteArray("NaN"));
    }

    // The validator itself must reject what Prometheus would, or the tests above prove little.
    void validatorRejectsBadExpositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray type = "# TYPE m gauge\n";
        QTest::newRow("no trailing newline") << type + "m 1";
        QTest::newRow("bad metric name") << QByteArray("# TYPE 1m gauge\n1m 1\n");
        QTest::newRow("bad label name") << type + "m{1a=\"x\"} 1\n";
        QTest::newRow("unquoted label value") << type + "m{a=x} 1\n";
        QTest::newRow("bad escape") << type + "m{a=\"\\t\"} 1\n";
        QTest::newRow("unterminated label value") << type + "m{a=\"x} 1\n";
        QTest::newRow("bad value") << type + "m 1,5\n";
        QTest::newRow("infinity spelled wrong") << type + "m inf\n";
        QTest::newRow("bad timestamp") << type + "m 1 soon\n";
        QTest::newRow("no TYPE") << QByteArray("m 1\n");
        QTest::newRow("bad TYPE") << QByteArray("# TYPE m meter\nm 1\n");
        QTest::newRow("TYPE after sample") << QByteArray("# TYPE m gauge\nm 1\n# TYPE m gauge\n");
        QTest::newRow("duplicate series") << type + "m{a=\"x\"} 1\nm{a=\"x\"} 2\n";
        QTest::newRow("split group") << type + "m 1\n# TYPE n gauge\nn 1\n# HELP m again\n";
        QTest::newRow("negative counter") << QByteArray("# TYPE c counter\nc -1\n");
        const QByteArray hist = "# TYPE h histogram\n";
        QTest::newRow("buckets not cumulative")
            << hist + "h_bucket{le=\"1\"} 5\nh_bucket{le=\"2\"} 3\nh_bucket{le=\"+Inf\"} 5\nh_sum 1\nh_count 5\n";
        QTest::newRow("+Inf differs from count")
            << hist + "h_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n";
        QTest::newRow("no +Inf bucket") << hist + "h_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n";
        QTest::newRow("no _count") << hist + "h_bucket{le=\"+Inf\"} 1\nh_sum 1\n";
    }

    void validatorRejectsBadExpositions()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!test::validateExposition(text).isEmpty(), text.constData());
    }

    void validatorAcceptsTheSpecExample()
    {
        // From the format's documentation, minus its summary's quantiles (we write none).
        // (Kept out of raw strings: moc reads "#" at the start of a line as a directive.)
        const QByteArray text =
            "# HELP http_requests_total The total number of HTTP requests.\n"
            "# TYPE http_requests_total counter\n"
            "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n"
            "http_requests_total{method=\"post\",code=\"400\"}    3 1395066363000\n"
            "# Escaping in label values:\n"
            "# TYPE msdos_file_access_time_seconds untyped\n"
            "msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n"
            "# TYPE metric_without_timestamp_and_labels untyped\n"
            "metric_without_timestamp_and_labels 12.47\n"
            "# TYPE something_weird untyped\n"
            "something_weird{problem=\"division by zero\"} +Inf -3982045\n"
            "# HELP http_request_duration_seconds A histogram of the request duration.\n"
            "# TYPE http_request_duration_seconds histogram\n"
            "http_request_duration_seconds_bucket{le=\"0.05\"} 24054\n"
            "http_request_duration_seconds_bucket{le=\"0.1\"} 33444\n"
            "http_request_duration_seconds_bucket{le=\"0.2\"} 100392\n"
            "http_request_duration_seconds_bucket{le=\"0.5\"} 129389\n"
            "http_request_duration_seconds_bucket{le=\"1\"} 133988\n"
            "http_request_duration_seconds_bucket{le=\"+Inf\"} 144320\n"
            "http_request_duration_seconds_sum 53423\n"
            "http_request_duration_seconds_count 144320\n";
        // The spec's example pads one value with spaces; Prometheus allows any blanks there.
        QByteArray normalized = text;
        normalized.replace("}    3", "} 3");
        const QStringList errors = test::validateExposition(normalized);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"
