#pragma once

#include "config/configerror.h"
#include "domain/menu.h"

#include <optional>

namespace kiosk {

// Parses and validates a menu document (menu.json, or later the backend's GET /v1/menu).
// `imageDir` resolves relative image paths; `languages` are the languages every text must
// have. `fileName` names the source in error messages. Returns nullopt and appends to
// `errors` on any problem: a menu is used whole or not at all.
std::optional<Menu> parseMenu(const QByteArray &json, const QString &fileName,
                              const QString &imageDir, const QStringList &languages,
                              ConfigErrors *errors);

} // namespace kiosk
