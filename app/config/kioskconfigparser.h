#pragma once

#include "config/configerror.h"
#include "config/kioskconfig.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

// Parses and validates kiosk.json, its sync and health sections included. `configDir`
// resolves relative paths (data_dir, logo, token_file). Returns nullopt and appends to
// `errors` on any problem. `root`, when given, receives the file's root object whenever it is
// one, valid or not (live reload compares keys with it; a broken file's languages are used).
std::optional<KioskConfig> parseKioskConfig(const QByteArray &json, const QString &configDir,
                                            ConfigErrors *errors, QJsonObject *root = nullptr);

} // namespace kiosk
