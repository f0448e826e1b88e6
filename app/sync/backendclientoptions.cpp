#include "sync/backendclientoptions.h"

#include <algorithm>

namespace kiosk {

HttpClient::Options backendClientOptions(const SyncSettings &s)
{
    HttpClient::Options o;
    o.baseUrl = s.baseUrl;
    o.connectTimeoutMs = s.connectTimeoutMs;
    o.totalTimeoutMs = s.totalTimeoutMs;
    o.lowSpeedLimitBytes = s.lowSpeedLimitBytes;
    o.lowSpeedTimeS = s.lowSpeedTimeS;
    o.tlsVerify = s.tlsVerify;
    return o;
}

HttpClient::Options lookupClientOptions(const SyncSettings &s)
{
    HttpClient::Options o = backendClientOptions(s);
    o.totalTimeoutMs = s.loyaltyLookupTimeoutMs;
    o.connectTimeoutMs = std::min(s.connectTimeoutMs, s.loyaltyLookupTimeoutMs);
    o.lowSpeedTimeS = std::max(1, s.loyaltyLookupTimeoutMs / 1000);
    return o;
}

HttpClient::Options interactiveClientOptions(const SyncSettings &s, int capMs)
{
    HttpClient::Options o = backendClientOptions(s);
    o.totalTimeoutMs = std::min(s.totalTimeoutMs, capMs);
    o.connectTimeoutMs = std::min(s.connectTimeoutMs, o.totalTimeoutMs);
    o.lowSpeedTimeS = std::max(1, o.totalTimeoutMs / 1000);
    return o;
}

} // namespace kiosk
