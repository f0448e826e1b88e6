#include "health/healthmetrics.h"

#include "health/metricswriter.h"
#include "health/upsellmetrics.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QList<double> syncDurationBuckets()
{
    return {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
}

QByteArray renderMetrics(const HealthReport &report, const HealthInputs &in,
                         const Histogram &syncDurations, const QString &version)
{
    MetricsWriter w;
    const ProbeSample &probe = in.probe;

    w.family("kiosk_build_info", "gauge", u"The kiosk's version; always 1."_s);
    w.sample("kiosk_build_info", 1, {{"version", version}});

    w.family("kiosk_health_status", "gauge", u"Each health check: 0 pass, 1 warn, 2 fail."_s);
    for (const HealthCheck &check : report.checks)
        w.sample("kiosk_health_status", double(int(check.status)), {{"check", check.key()}});

    // Each family's HELP and TYPE come right before its samples: 0.0.4 wants one group each.
    // Without a readable outbox the outbox families have no samples rather than made-up zeros.
    const bool outbox = probe.outboxRead;
    w.family("kiosk_outbox_depth", "gauge", u"Outbox entries waiting for the backend, by kind."_s);
    for (auto it = probe.pendingByKind.cbegin(); outbox && it != probe.pendingByKind.cend(); ++it)
        w.sample("kiosk_outbox_depth", it.value(), {{"kind", it.key()}});

    w.family("kiosk_outbox_oldest_age_seconds", "gauge",
             u"Age of the oldest pending outbox entry; 0 when nothing is pending."_s);
    if (outbox) {
        const qint64 age = probe.oldestPendingCreatedAt.isValid()
                               ? std::max<qint64>(0, probe.oldestPendingCreatedAt.secsTo(report.time)) : 0;
        w.sample("kiosk_outbox_oldest_age_seconds", double(age));
    }

    // Row counts by state, so a gauge: "failed" goes down when staff retry an entry, and
    // "pending" is a queue length. rate() over it would be wrong; use delta() or the value.
    w.family("kiosk_orders_total", "gauge",
             u"Orders in the outbox by delivery result (current row counts, not a counter)."_s);
    if (outbox) {
        w.sample("kiosk_orders_total", probe.ordersDelivered, {{"result", u"delivered"_s}});
        w.sample("kiosk_orders_total", probe.ordersFailed, {{"result", u"failed"_s}});
        w.sample("kiosk_orders_total", probe.ordersPending, {{"result", u"pending"_s}});
    }

    // Row counts of payment_attempts, read by the probe like kiosk_orders_total and for the same
    // reason a gauge: they survive a restart, and retention removes old attempts with their
    // orders. Absent in a database without the table rather than made-up zeros.
    const PaymentSample &payments = probe.payments;
    w.family("kiosk_payment_attempts_total", "gauge",
             u"Card payment attempts that ended, by outcome (current row counts, not a counter)."_s);
    for (const QString &outcome : {u"completed"_s, u"declined"_s, u"canceled"_s, u"refused"_s}) {
        if (payments.read)
            w.sample("kiosk_payment_attempts_total", payments.finalByStatus.value(outcome), {{"outcome", outcome}});
    }
    w.family("kiosk_payment_attempts_open", "gauge",
             u"Card payment attempts not settled yet (saved, pending or in progress)."_s);
    if (payments.read)
        w.sample("kiosk_payment_attempts_open", payments.open);

    w.histogram("kiosk_sync_request_duration_seconds",
                u"Duration of the sync thread's requests to the backend."_s, syncDurations);

    w.family("kiosk_last_sync_timestamp_seconds", "gauge",
             u"Unix time of the last successful sync; 0 when none since start."_s);
    w.sample("kiosk_last_sync_timestamp_seconds",
             in.lastSyncSuccess.isValid() ? double(in.lastSyncSuccess.toMSecsSinceEpoch()) / 1000.0 : 0);

    w.family("kiosk_backend_up", "gauge", u"1 when the last backend probe succeeded."_s);
    if (in.backend)
        w.sample("kiosk_backend_up", in.backend->ok ? 1 : 0);
    w.family("kiosk_backend_latency_seconds", "gauge", u"Duration of the last backend probe."_s);
    if (in.backend)
        w.sample("kiosk_backend_latency_seconds", double(in.backend->latencyMs) / 1000.0);

    w.family("kiosk_event_loop_latency_seconds", "gauge",
             u"Worst recent delay of the GUI thread's event loop."_s);
    w.sample("kiosk_event_loop_latency_seconds", double(in.eventLoopLatencyMs) / 1000.0);

    w.family("kiosk_disk_free_bytes", "gauge", u"Free space for the kiosk's data directory."_s);
    if (probe.diskFreeBytes >= 0)
        w.sample("kiosk_disk_free_bytes", double(probe.diskFreeBytes));
    w.family("kiosk_memory_rss_bytes", "gauge", u"Resident memory of the kiosk process."_s);
    if (probe.rssBytes >= 0)
        w.sample("kiosk_memory_rss_bytes", double(probe.rssBytes));

    w.family("kiosk_retention_deleted_total", "counter",
             u"Rows the retention thread deleted since start, by kind."_s);
    for (auto it = in.retentionDeleted.cbegin(); it != in.retentionDeleted.cend(); ++it)
        w.sample("kiosk_retention_deleted_total", double(it.value()), {{"kind", it.key()}});

    // Without a printer (printer.kind "none") these families have no samples.
    const std::optional<PrinterHealth> &printer = in.printer;
    w.family("kiosk_printer_up", "gauge", u"1 while the receipt printer is ready to print."_s);
    if (printer)
        w.sample("kiosk_printer_up", printer->status.canPrint() ? 1 : 0);
    w.family("kiosk_tickets_printed_total", "counter", u"Order and test tickets printed since start."_s);
    if (printer)
        w.sample("kiosk_tickets_printed_total", double(printer->printed));
    w.family("kiosk_tickets_failed_total", "counter",
             u"Tickets given up since start after two minutes of retries."_s);
    if (printer)
        w.sample("kiosk_tickets_failed_total", double(printer->givenUp));

    writeUpsellMetrics(&w, in.upsell);

    return w.text();
}

} // namespace kiosk
