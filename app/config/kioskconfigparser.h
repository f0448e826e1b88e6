#pragma once

#include "config/configerror.h"
#include "config/kioskconfig.h"

#include <optional>

namespace kiosk {

// Parses and validates kiosk.json. `configDir` resolves relative paths (data_dir, logo,
// token_file). Returns nullopt and appends to `errors` on any problem.
std::optional<KioskConfig> parseKioskConfig(const QByteArray &json, const QString &configDir,
                                            ConfigErrors *errors);

} // namespace kiosk
