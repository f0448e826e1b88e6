#pragma once

#include "config/displaysettings.h"
#include "config/healthsettings.h"
#include "config/paymentsettings.h"
#include "config/printersettings.h"
#include "config/retentionsettings.h"
#include "config/squaresettings.h"
#include "config/storetimesettings.h"
#include "config/syncsettings.h"
#include "domain/loyalty.h"

#include <QString>
#include <QStringList>

namespace kiosk {

// kiosk.json, validated. Paths are absolute (resolved against the config folder).
struct KioskConfig
{
    QString configDir;
    QString kioskId;
    QString storeName;
    QString orderPrefix;
    QStringList languages;   // first-class languages, e.g. {"en", "es"}
    QString defaultLanguage;
    int idleTimeoutS = 60;   // seconds without input before the "Are you still there?" warning
    int idleWarningS = 30;   // length of that warning's countdown; at least 20
    int confirmationTimeoutS = 12; // how long the order number stays before the attract screen
    QString currency;        // ISO 4217, "USD"
    int taxRateBps = 0;      // basis points, 825 = 8.25 %
    QString dataDir;

    // Where the menu customers see comes from: menu.json here, or the backend's menu (GET
    // /v1/menu, or Square's catalog), its cached copy while offline, menu.json until a first
    // backend menu arrives.
    enum class MenuSource { File, Backend };
    MenuSource menuSource = MenuSource::File;

    struct Branding
    {
        QString logo;          // absolute path to an image
        QString primaryColor;  // "#RRGGBB"
        QString accentColor;
    } branding;

    struct Backend
    {
        QString url;
        QString tokenFile;     // absolute path; the token itself is never kept in the config
        // lab_allow_insecure_tls: the only way sync.tls_verify may be false (config/backendtransport.h)
        bool labAllowInsecureTls = false;
        BackendKind kind = BackendKind::ContractV1; // kind: "v1" (the default) or "square"
        SquareSettings square;                      // square: with kind "square" only
    } backend;

    struct Diagnostics
    {
        QString pinHash;       // "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>"
    } diagnostics;

    // The optional "feedback" section: what the confirmation screen asks after an order.
    struct Feedback
    {
        int npsSharePercent = 20;   // nps_share_percent: share of orders asked the NPS question
        bool commentEnabled = true; // comment_enabled: offer a short comment by on-screen keyboard
    } feedback;

    LoyaltyRules loyalty;      // the optional "loyalty" section; disabled when absent

    // The optional "sync" and "health" sections, each with its copy of what it needs from the
    // rest of the file (backend, identity, languages), so the sync thread and the health
    // monitor each take one value.
    SyncSettings sync;
    HealthSettings health;
    RetentionSettings retention; // the optional "retention" section: how long data is kept
    PaymentSettings payment;     // the optional "payment" section: counter, card, or either
    PrinterSettings printer;     // the optional "printer" section: order tickets (ESC/POS)
    DisplaySettings display;     // the optional "display" section: the renderer
    StoreTimeSettings storeTime; // time_zone and business_day_starts_at: the store's clock
};

} // namespace kiosk
