#pragma once

#include "domain/order.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

// Parses and validates the body of POST /v1/orders against every rule of the contract (types,
// quantities, line totals, subtotal, discount, total, dine option, loyalty, promo_code); nullopt with
// `error` set to the first broken rule as "<json path>: <reason>", e.g.
// "lines[1].line_total_cents: expected 1998, got 1990". The inverse of Order::toContractJson().
// The contract carries neither item names nor the language, so those stay empty.
std::optional<Order> orderFromContractJson(const QJsonObject &json, QString *error);

} // namespace kiosk
