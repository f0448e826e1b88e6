#pragma once

#include "config/configerror.h"
#include "config/kioskconfig.h"
#include "domain/menu.h"
#include "domain/promotion.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

struct LoadedConfig
{
    KioskConfig kiosk;
    Menu menu;
    QJsonObject kioskJson; // kiosk.json's root as read: live reload tells changed keys by it
    QList<Promotion> promotions; // the optional promotions.json: codes checked offline; none without it
};

// Reads DIR/kiosk.json, DIR/menu.json and the optional DIR/promotions.json, once each, and
// validates them in full (kiosk.json's sync and health sections too). On success `errors` is empty; otherwise it lists every
// problem found and nothing is returned. checkConfigDir() (config/configcheck.h) is the same
// with the report the commands print.
std::optional<LoadedConfig> loadConfigDir(const QString &dir, ConfigErrors *errors);

} // namespace kiosk
