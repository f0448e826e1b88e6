#include "config/healthsettings.h"

#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

bool readHealthSettings(JsonReader &reader, const QJsonObject &root, HealthSettings *settings)
{
    const QString path = u"health"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto health = reader.object(root, {}, path);
    if (!health)
        return false;
    reader.rejectUnknownKeys(*health, path,
                             {u"listen_port"_s, u"outbox_depth_warn"_s, u"outbox_depth_fail"_s,
                              u"outbox_oldest_warn_s"_s, u"outbox_oldest_fail_s"_s,
                              u"disk_free_warn_mb"_s, u"disk_free_fail_mb"_s, u"event_loop_warn_ms"_s,
                              u"event_loop_fail_ms"_s, u"rss_warn_mb"_s, u"rss_fail_mb"_s,
                              u"backend_latency_warn_ms"_s, u"sync_stale_warn_s"_s,
                              u"sample_interval_s"_s, u"integrity_interval_s"_s});
    HealthSettings s = *settings;
    reader.optionalInteger(*health, path, u"listen_port"_s, 0, 65535, &s.listenPort);
    reader.optionalInteger(*health, path, u"outbox_depth_warn"_s, 1, 1000000, &s.outboxDepthWarn);
    reader.optionalInteger(*health, path, u"outbox_depth_fail"_s, 1, 1000000, &s.outboxDepthFail);
    reader.optionalInteger(*health, path, u"outbox_oldest_warn_s"_s, 1, 7 * 86400, &s.outboxOldestWarnS);
    reader.optionalInteger(*health, path, u"outbox_oldest_fail_s"_s, 1, 7 * 86400, &s.outboxOldestFailS);
    reader.optionalInteger(*health, path, u"disk_free_warn_mb"_s, 0, 1000000, &s.diskFreeWarnMb);
    reader.optionalInteger(*health, path, u"disk_free_fail_mb"_s, 0, 1000000, &s.diskFreeFailMb);
    reader.optionalInteger(*health, path, u"event_loop_warn_ms"_s, 10, 60000, &s.eventLoopWarnMs);
    reader.optionalInteger(*health, path, u"event_loop_fail_ms"_s, 10, 60000, &s.eventLoopFailMs);
    reader.optionalInteger(*health, path, u"rss_warn_mb"_s, 1, 1000000, &s.rssWarnMb);
    reader.optionalInteger(*health, path, u"rss_fail_mb"_s, 1, 1000000, &s.rssFailMb);
    reader.optionalInteger(*health, path, u"backend_latency_warn_ms"_s, 1, 600000, &s.backendLatencyWarnMs);
    reader.optionalInteger(*health, path, u"sync_stale_warn_s"_s, 1, 7 * 86400, &s.syncStaleWarnS);
    reader.optionalInteger(*health, path, u"sample_interval_s"_s, 1, 3600, &s.sampleIntervalMs, 1000);
    reader.optionalInteger(*health, path, u"integrity_interval_s"_s, 0, 7 * 86400, &s.integrityIntervalMs, 1000);

    auto notBelow = [&](int high, const QString &highKey, int low, const QString &lowKey) {
        if (high < low)
            reader.error(JsonReader::join(path, highKey), u"must not be less than %1"_s.arg(lowKey));
    };
    notBelow(s.outboxDepthFail, u"outbox_depth_fail"_s, s.outboxDepthWarn, u"outbox_depth_warn"_s);
    notBelow(s.outboxOldestFailS, u"outbox_oldest_fail_s"_s, s.outboxOldestWarnS, u"outbox_oldest_warn_s"_s);
    notBelow(s.diskFreeWarnMb, u"disk_free_warn_mb"_s, s.diskFreeFailMb, u"disk_free_fail_mb"_s);
    notBelow(s.eventLoopFailMs, u"event_loop_fail_ms"_s, s.eventLoopWarnMs, u"event_loop_warn_ms"_s);
    notBelow(s.rssFailMb, u"rss_fail_mb"_s, s.rssWarnMb, u"rss_warn_mb"_s);
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
