#include "config/syncsettings.h"

#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

bool readSyncSettings(JsonReader &reader, const QJsonObject &root, SyncSettings *settings)
{
    const QString path = u"sync"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto sync = reader.object(root, {}, path);
    if (!sync)
        return false;
    reader.rejectUnknownKeys(*sync, path,
                             {u"connect_timeout_ms"_s, u"total_timeout_ms"_s, u"low_speed_limit_bytes"_s,
                              u"low_speed_time_s"_s, u"health_interval_s"_s, u"poll_interval_s"_s,
                              u"menu_poll_interval_s"_s, u"backoff_base_ms"_s, u"backoff_cap_ms"_s,
                              u"tls_verify"_s});
    SyncSettings s = *settings;
    reader.optionalInteger(*sync, path, u"connect_timeout_ms"_s, 100, 60000, &s.connectTimeoutMs);
    reader.optionalInteger(*sync, path, u"total_timeout_ms"_s, 500, 300000, &s.totalTimeoutMs);
    reader.optionalInteger(*sync, path, u"low_speed_limit_bytes"_s, 1, 1000000, &s.lowSpeedLimitBytes);
    reader.optionalInteger(*sync, path, u"low_speed_time_s"_s, 1, 300, &s.lowSpeedTimeS);
    reader.optionalInteger(*sync, path, u"health_interval_s"_s, 1, 3600, &s.healthIntervalMs, 1000);
    reader.optionalInteger(*sync, path, u"poll_interval_s"_s, 1, 3600, &s.pollIntervalMs, 1000);
    reader.optionalInteger(*sync, path, u"menu_poll_interval_s"_s, 0, 86400, &s.menuPollIntervalMs, 1000);
    reader.optionalInteger(*sync, path, u"backoff_base_ms"_s, 10, 60000, &s.backoffBaseMs);
    reader.optionalInteger(*sync, path, u"backoff_cap_ms"_s, 100, 3600000, &s.backoffCapMs);
    reader.optionalBoolean(*sync, path, u"tls_verify"_s, &s.tlsVerify);
    if (s.backoffCapMs < s.backoffBaseMs)
        reader.error(JsonReader::join(path, u"backoff_cap_ms"_s), u"must not be less than backoff_base_ms"_s);
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
