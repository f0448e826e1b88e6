#pragma once

#include <QJsonObject>
#include <QString>

namespace kiosk {

class JsonReader;

// Thresholds and intervals of the health checks. A value at or past a "warn" threshold warns,
// at or past a "fail" threshold fails (for free disk space: at or below). Sizes are MiB.
// Part of KioskConfig, filled by the one read of kiosk.json.
struct HealthSettings
{
    QString serviceId;                 // the kiosk id, as /healthz's serviceId
    bool tlsVerify = true;             // sync.tls_verify: off (a lab) makes /healthz warn

    // From kiosk.json's optional "health" object.
    int listenPort = 9180;             // listen_port, on 127.0.0.1 only; 0 picks a free port
    int outboxDepthWarn = 50;          // outbox_depth_warn: pending entries
    int outboxDepthFail = 500;         // outbox_depth_fail
    int outboxOldestWarnS = 5 * 60;    // outbox_oldest_warn_s: age of the oldest pending entry
    int outboxOldestFailS = 30 * 60;   // outbox_oldest_fail_s
    int diskFreeWarnMb = 500;          // disk_free_warn_mb: free space of the data directory
    int diskFreeFailMb = 100;          // disk_free_fail_mb
    int eventLoopWarnMs = 100;         // event_loop_warn_ms: worst recent GUI event-loop delay
    int eventLoopFailMs = 1000;        // event_loop_fail_ms; also stops the watchdog pings
    int rssWarnMb = 400;               // rss_warn_mb: resident memory of the kiosk
    int rssFailMb = 800;               // rss_fail_mb
    int backendLatencyWarnMs = 1000;   // backend_latency_warn_ms; offline only warns
    int syncStaleWarnS = 15 * 60;      // sync_stale_warn_s: no successful sync for this long
    int sampleIntervalMs = 5000;       // sample_interval_s: outbox, disk and memory
    int integrityIntervalMs = 3600 * 1000; // integrity_interval_s: PRAGMA quick_check; 0: start only

    // Not in kiosk.json: how the monitor itself runs (tests shorten them).
    int refreshIntervalMs = 1000;      // re-evaluation of the checks for /healthz and /metrics
    int heartbeatMs = 100;             // the GUI thread's heartbeat
    int eventLoopWindowMs = 15000;     // "recent" for the worst event-loop latency
};

// Reads the optional "health" object of kiosk.json's `root` into `settings`, reporting through
// `reader` ("kiosk.json: health.listen_port: ..."); on any problem `settings` is left
// unchanged and false is returned. The kiosk.json parser calls it; serviceId is its.
bool readHealthSettings(JsonReader &reader, const QJsonObject &root, HealthSettings *settings);

} // namespace kiosk
