#pragma once

#include "contract/loyaltyclaim.h"
#include "domain/order.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {

// The body of POST /v1/orders: an order and, when a member identified themselves, the claim.
struct OrderRequest
{
    Order order;
    std::optional<LoyaltyClaim> loyalty;

    // Order::toContractJson() with "loyalty" filled in.
    QJsonObject toContractJson() const;
};

// Parses and validates an order body against every rule of the contract (types, quantities,
// line totals, subtotal, total, dine option); nullopt with `error` set to the first broken
// rule as "<json path>: <reason>", e.g. "lines[1].line_total_cents: expected 1998, got 1990".
// The contract carries neither item names nor the language, so those stay empty.
std::optional<OrderRequest> orderRequestFromContractJson(const QJsonObject &json, QString *error);

// The same validation, keeping only the order: the inverse of Order::toContractJson().
std::optional<Order> orderFromContractJson(const QJsonObject &json, QString *error);

// Loyalty points for an order: one per whole dollar of its total, none without a member.
int pointsEarned(const OrderRequest &request);

} // namespace kiosk
