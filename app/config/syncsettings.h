#pragma once

#include "config/squaresettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kiosk {

class JsonReader;

// Everything the sync thread needs, copied in at start so it shares no state with the GUI.
// Part of KioskConfig, filled by the one read of kiosk.json.
struct SyncSettings
{
    // From kiosk.json's identity and backend keys (KioskConfig).
    BackendKind backendKind = BackendKind::ContractV1; // backend.kind
    SquareSettings square;       // backend.square, with kind "square"
    // kiosk-config/square-translations.json (absolute; it may not exist): catalog texts in the
    // kiosk's other languages, by catalog object id.
    QString squareTranslationsFile;
    // Where catalog images are downloaded once (absolute, under data_dir); Square's menus are
    // validated with their images from here rather than from the config folder.
    QString squareImageDir;
    QByteArray baseUrl;          // backend.url
    QString tokenFile;           // backend.token_file, absolute; the token itself is read late
    QString kioskId;
    // How a menu from GET /v1/menu is validated: exactly like menu.json in the config folder.
    QString menuImageDir;
    QStringList languages;
    // kiosk.json's currency (ISO 4217): Square's catalog prices in another one are not sold.
    QString currency;

    // From kiosk.json's optional "sync" object.
    int connectTimeoutMs = 5000;      // connect_timeout_ms
    int totalTimeoutMs = 15000;       // total_timeout_ms
    int lowSpeedLimitBytes = 1;       // low_speed_limit_bytes, per second ...
    int lowSpeedTimeS = 10;           // ... for low_speed_time_s seconds aborts a transfer
    int healthIntervalMs = 15000;     // health_interval_s
    int pollIntervalMs = 5000;        // poll_interval_s: outbox check without a wake()
    int menuPollIntervalMs = 60000;   // menu_poll_interval_s; 0 turns menu sync off
    int backoffBaseMs = 1000;         // backoff_base_ms
    int backoffCapMs = 60000;         // backoff_cap_ms
    bool tlsVerify = true;            // tls_verify: false only in a lab

    // From kiosk.json's "loyalty" section (LoyaltyRules).
    int loyaltyLookupTimeoutMs = 3000; // a member lookup waits this long before the cache answers
    int loyaltyCacheTtlHours = 24;     // members seen online are kept this long for offline lookups
};

// Reads the optional "sync" object of kiosk.json's `root` into `settings`, reporting through
// `reader` ("kiosk.json: sync.poll_interval_s: ..."); on any problem `settings` is left
// unchanged and false is returned. The kiosk.json parser calls it; the identity fields are its.
bool readSyncSettings(JsonReader &reader, const QJsonObject &root, SyncSettings *settings);

} // namespace kiosk
