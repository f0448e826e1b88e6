#pragma once

#include "config/configerror.h"
#include "config/kioskconfig.h"
#include "domain/menu.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

struct LoadedConfig
{
    KioskConfig kiosk;
    Menu menu;
    QJsonObject kioskJson; // kiosk.json's root as read: live reload tells changed keys by it
};

// Reads DIR/kiosk.json and DIR/menu.json, once each, and validates both in full (kiosk.json's
// sync and health sections too). On success `errors` is empty; otherwise it lists every
// problem found and nothing is returned. checkConfigDir() (config/configcheck.h) is the same
// with the report the commands print.
std::optional<LoadedConfig> loadConfigDir(const QString &dir, ConfigErrors *errors);

} // namespace kiosk
