#pragma once

#include "config/syncsettings.h"
#include "sync/httpclient.h"

namespace kiosk {

// The HTTP options of an adapter's handles, from kiosk.json's "sync" section.
// Deliveries, menus and health probes: the sync timeouts as configured.
HttpClient::Options backendClientOptions(const SyncSettings &settings);
// Member lookups: a customer waits, so they give up after loyalty.lookup_timeout_ms and the
// offline cache answers instead.
HttpClient::Options lookupClientOptions(const SyncSettings &settings);
// Calls a customer waits for at a reader: at most `capMs` each, after which the payment worker
// reads the status rather than waiting.
HttpClient::Options interactiveClientOptions(const SyncSettings &settings, int capMs);

} // namespace kiosk
