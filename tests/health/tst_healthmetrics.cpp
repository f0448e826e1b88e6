// The /metrics text of the health report against the Prometheus 0.0.4 text format, and the
// format's validator (promtext.h) itself.
#include "health/healthmetrics.h"
#include "health/metricswriter.h"
#include "healthinputs.h"
#include "promtext.h"

#include <QTest>
#include <cmath>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

class TestHealthMetrics : public QObject
{
    Q_OBJECT

private slots:
    void metricsFollowTheTextFormat()
    {
        HealthInputs in = healthy();
        in.probe.pendingByKind = {{u"order"_s, 3}, {u"feedback"_s, 1}};
        in.probe.pending = 4;
        in.probe.oldestPendingCreatedAt = Now.addSecs(-90);
        in.probe.ordersDelivered = 120;
        in.probe.ordersFailed = 2;
        in.probe.ordersPending = 3;
        in.retentionDeleted = {{u"orders"_s, 500}, {u"audit"_s, 2}};
        in.probe.payments.read = true;
        in.probe.payments.finalByStatus = {{u"completed"_s, 40}, {u"declined"_s, 3}, {u"refused"_s, 1}};
        in.probe.payments.open = 2;
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
        QCOMPARE(families.value("kiosk_health_status").samples.size(), 11); // with clock:synchronised
        QCOMPARE(families.value("kiosk_retention_deleted_total").type, QByteArray("counter"));
        QCOMPARE(test::sampleValue(families, "kiosk_retention_deleted_total", {{"kind", "orders"}}), 500.0);
        QCOMPARE(test::sampleValue(families, "kiosk_retention_deleted_total", {{"kind", "audit"}}), 2.0);
        QCOMPARE(test::sampleValue(families, "kiosk_event_loop_latency_seconds"), 0.003);
        QCOMPARE(test::sampleValue(families, "kiosk_last_sync_timestamp_seconds"),
                 double(Now.addSecs(-10).toSecsSinceEpoch()));

        // Card payment: row counts of payment_attempts, every outcome with a sample.
        QCOMPARE(families.value("kiosk_payment_attempts_total").type, QByteArray("gauge"));
        QCOMPARE(test::sampleValue(families, "kiosk_payment_attempts_total", {{"outcome", "completed"}}), 40.0);
        QCOMPARE(test::sampleValue(families, "kiosk_payment_attempts_total", {{"outcome", "declined"}}), 3.0);
        QCOMPARE(test::sampleValue(families, "kiosk_payment_attempts_total", {{"outcome", "canceled"}}), 0.0);
        QCOMPARE(test::sampleValue(families, "kiosk_payment_attempts_total", {{"outcome", "refused"}}), 1.0);
        QCOMPARE(families.value("kiosk_payment_attempts_total").samples.size(), 4);
        QCOMPARE(test::sampleValue(families, "kiosk_payment_attempts_open"), 2.0);

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

    void paymentFamiliesAreEmptyWhenUnread()
    {
        HealthInputs in = healthy(); // probe.payments.read is false: no table, or not read yet
        const QByteArray text = renderMetrics(evaluateHealth(in, {}, Now), in, Histogram(syncDurationBuckets()),
                                              u"0.1.0"_s);
        test::PromFamilies families;
        QVERIFY(test::validateExposition(text, &families).isEmpty());
        QVERIFY(families.contains("kiosk_payment_attempts_total"));
        QVERIFY(families.value("kiosk_payment_attempts_total").samples.isEmpty());
        QVERIFY(families.value("kiosk_payment_attempts_open").samples.isEmpty());
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

QTEST_GUILESS_MAIN(TestHealthMetrics)
#include "tst_healthmetrics.moc"
