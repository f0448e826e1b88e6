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
};

// DIR/kiosk.json's root object, for components that read their own optional section of it
// (sync, health); a missing or unparsable file is reported in `errors`.
std::optional<QJsonObject> readKioskJson(const QString &dir, ConfigErrors *errors);

// Reads DIR/kiosk.json and DIR/menu.json and validates both in full. On success `errors`
// is empty; otherwise it lists every problem found and nothing is returned.
std::optional<LoadedConfig> loadConfigDir(const QString &dir, ConfigErrors *errors);

} // namespace kiosk
