#include "health/healthsettings.h"

#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/kioskconfig.h"


using namespace Qt::StringLiterals;

namespace kiosk {

HealthSettings healthSettingsFor(const KioskConfig &config)
{
    HealthSettings s;
    s.serviceId = config.kioskId;
    return s;
}

bool readHealthSettings(const QJsonObject &kioskJson, HealthSettings *settings, ConfigErrors *errors)
{
    const QString path = u"health"_s;
    if (!kioskJson.contains(path))
        return true;
    const qsizetype before = errors->size();
    JsonReader reader(u"kiosk.json"_s, errors);
    const auto health = reader.object(kioskJson, {}, path);
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
    auto integer = [&](const QString &key, qint64 min, qint64 max, qint64 scale, int *target) {
        if (!health->contains(key))
            return;
        if (const auto value = reader.integer(*health, path, key, min, max))
            *target = int(*value * scale);
    };
    integer(u"listen_port"_s, 0, 65535, 1, &s.listenPort);
    integer(u"outbox_depth_warn"_s, 1, 1000000, 1, &s.outboxDepthWarn);
    integer(u"outbox_depth_fail"_s, 1, 1000000, 1, &s.outboxDepthFail);
    integer(u"outbox_oldest_warn_s"_s, 1, 7 * 86400, 1, &s.outboxOldestWarnS);
    integer(u"outbox_oldest_fail_s"_s, 1, 7 * 86400, 1, &s.outboxOldestFailS);
    integer(u"disk_free_warn_mb"_s, 0, 1000000, 1, &s.diskFreeWarnMb);
    integer(u"disk_free_fail_mb"_s, 0, 1000000, 1, &s.diskFreeFailMb);
    integer(u"event_loop_warn_ms"_s, 10, 60000, 1, &s.eventLoopWarnMs);
    integer(u"event_loop_fail_ms"_s, 10, 60000, 1, &s.eventLoopFailMs);
    integer(u"rss_warn_mb"_s, 1, 1000000, 1, &s.rssWarnMb);
    integer(u"rss_fail_mb"_s, 1, 1000000, 1, &s.rssFailMb);
    integer(u"backend_latency_warn_ms"_s, 1, 600000, 1, &s.backendLatencyWarnMs);
    integer(u"sync_stale_warn_s"_s, 1, 7 * 86400, 1, &s.syncStaleWarnS);
    integer(u"sample_interval_s"_s, 1, 3600, 1000, &s.sampleIntervalMs);
    integer(u"integrity_interval_s"_s, 0, 7 * 86400, 1000, &s.integrityIntervalMs);

    auto notBelow = [&](int high, const QString &highKey, int low, const QString &lowKey) {
        if (high < low)
            reader.error(JsonReader::join(path, highKey), u"must not be less than %1"_s.arg(lowKey));
    };
    notBelow(s.outboxDepthFail, u"outbox_depth_fail"_s, s.outboxDepthWarn, u"outbox_depth_warn"_s);
    notBelow(s.outboxOldestFailS, u"outbox_oldest_fail_s"_s, s.outboxOldestWarnS, u"outbox_oldest_warn_s"_s);
    notBelow(s.diskFreeWarnMb, u"disk_free_warn_mb"_s, s.diskFreeFailMb, u"disk_free_fail_mb"_s);
    notBelow(s.eventLoopFailMs, u"event_loop_fail_ms"_s, s.eventLoopWarnMs, u"event_loop_warn_ms"_s);
    notBelow(s.rssFailMb, u"rss_fail_mb"_s, s.rssWarnMb, u"rss_warn_mb"_s);
    if (errors->size() != before)
        return false;
    *settings = s;
    return true;
}

std::optional<HealthSettings> loadHealthSettings(const KioskConfig &config, ConfigErrors *errors)
{
    HealthSettings settings = healthSettingsFor(config);
    const std::optional<QJsonObject> root = readKioskJson(config.configDir, errors);
    if (!root || !readHealthSettings(*root, &settings, errors))
        return std::nullopt;
    return settings;
}

} // namespace kiosk
