#pragma once

#include "config/configerror.h"
#include "config/kioskconfig.h"
#include "domain/menu.h"

#include <optional>

namespace kiosk {

struct LoadedConfig
{
    KioskConfig kiosk;
    Menu menu;
};

// Reads DIR/kiosk.json and DIR/menu.json and validates both in full. On success `errors`
// is empty; otherwise it lists every problem found and nothing is returned.
std::optional<LoadedConfig> loadConfigDir(const QString &dir, ConfigErrors *errors);

} // namespace kiosk
