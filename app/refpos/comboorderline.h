#pragma once

#include "domain/order.h"

#include <QJsonObject>

namespace kiosk::refpos {

// What the contract parser cannot check without a menu (docs/backend-api.md, "Combo lines"):
// each combo line of `order` against `menu` (the menu.json document refpos serves). The combo
// exists; its parts, in step order, fill every step's `pick` with choices of that step at the
// step's price_delta_cents; each part's modifiers are options of its item's groups, within the
// groups' min and max; unit_price_cents = combo price + deltas + the parts' modifier prices.
// Returns the first problem as "<json path>: <reason>", or an empty string.
QString checkComboLines(const QJsonObject &menu, const Order &order);

} // namespace kiosk::refpos
