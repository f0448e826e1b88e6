#include "sync/syncsettings.h"

#include "config/configloader.h"
#include "config/jsonreader.h"
#include "config/kioskconfig.h"


using namespace Qt::StringLiterals;

namespace kiosk {

SyncSettings syncSettingsFor(const KioskConfig &config)
{
    SyncSettings s;
    s.baseUrl = config.backend.url.toUtf8();
    s.tokenFile = config.backend.tokenFile;
    s.kioskId = config.kioskId;
    s.menuImageDir = config.configDir;
    s.languages = config.languages;
    s.loyaltyLookupTimeoutMs = config.loyalty.lookupTimeoutMs;
    s.loyaltyCacheTtlHours = config.loyalty.cacheTtlHours;
    return s;
}

bool readSyncSettings(const QJsonObject &kioskJson, SyncSettings *settings, ConfigErrors *errors)
{
    const QString path = u"sync"_s;
    if (!kioskJson.contains(path))
        return true;
    const qsizetype before = errors->size();
    JsonReader reader(u"kiosk.json"_s, errors);
    const auto sync = reader.object(kioskJson, {}, path);
    if (!sync)
        return false;
    reader.rejectUnknownKeys(*sync, path,
                             {u"connect_timeout_ms"_s, u"total_timeout_ms"_s, u"low_speed_limit_bytes"_s,
                              u"low_speed_time_s"_s, u"health_interval_s"_s, u"poll_interval_s"_s,
                              u"menu_poll_interval_s"_s, u"backoff_base_ms"_s, u"backoff_cap_ms"_s,
                              u"tls_verify"_s});
    SyncSettings s = *settings;
    auto integer = [&](const QString &key, qint64 min, qint64 max, qint64 scale, int *target) {
        if (!sync->contains(key))
            return;
        if (const auto value = reader.integer(*sync, path, key, min, max))
            *target = int(*value * scale);
    };
    integer(u"connect_timeout_ms"_s, 100, 60000, 1, &s.connectTimeoutMs);
    integer(u"total_timeout_ms"_s, 500, 300000, 1, &s.totalTimeoutMs);
    integer(u"low_speed_limit_bytes"_s, 1, 1000000, 1, &s.lowSpeedLimitBytes);
    integer(u"low_speed_time_s"_s, 1, 300, 1, &s.lowSpeedTimeS);
    integer(u"health_interval_s"_s, 1, 3600, 1000, &s.healthIntervalMs);
    integer(u"poll_interval_s"_s, 1, 3600, 1000, &s.pollIntervalMs);
    integer(u"menu_poll_interval_s"_s, 0, 86400, 1000, &s.menuPollIntervalMs);
    integer(u"backoff_base_ms"_s, 10, 60000, 1, &s.backoffBaseMs);
    integer(u"backoff_cap_ms"_s, 100, 3600000, 1, &s.backoffCapMs);
    if (sync->contains(u"tls_verify"_s)) {
        if (const auto verify = reader.boolean(*sync, path, u"tls_verify"_s))
            s.tlsVerify = *verify;
    }
    if (s.backoffCapMs < s.backoffBaseMs)
        reader.error(JsonReader::join(path, u"backoff_cap_ms"_s), u"must not be less than backoff_base_ms"_s);
    if (errors->size() != before)
        return false;
    *settings = s;
    return true;
}

std::optional<SyncSettings> loadSyncSettings(const KioskConfig &config, ConfigErrors *errors)
{
    SyncSettings settings = syncSettingsFor(config);
    const std::optional<QJsonObject> root = readKioskJson(config.configDir, errors);
    if (!root || !readSyncSettings(*root, &settings, errors))
        return std::nullopt;
    return settings;
}

} // namespace kiosk
