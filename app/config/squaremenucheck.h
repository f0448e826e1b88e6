#pragma once

#include "config/configerror.h"

#include <QJsonObject>

namespace kiosk {

// A Square store's menu comes from its catalog, which has no combos, suggestion rules
// ("upsell") or dayparts ("available_at" on a category or an item): its menu.json is only the
// offline fallback, and a fallback with them would sell, offline, what the store cannot ring
// up, or a menu unlike the catalog's. Appends one error per such key when kiosk.json's
// backend.kind is "square"; false then.
bool checkSquareMenuKeys(const QJsonObject &kioskRoot, const QByteArray &menuJson,
                         const QString &menuFile, ConfigErrors *errors);

} // namespace kiosk
