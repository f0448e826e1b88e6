#pragma once

// The kiosk's order document (Order::toContractJson, docs/backend-api.md) as Square's
// CreateOrder request. Pure and deterministic: the same outbox body gives the same bytes every
// time, so a retry under the same idempotency key is Square's replay, never a reuse.

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk {

// CreateOrder's body for the kiosk's `order`, or nullopt with `error` when a line does not name
// a Square catalog object (a menu.json id: the kiosk's menu is not Square's catalog).
//
// - idempotency_key = the kiosk's order id; order.location_id = `locationId`;
//   reference_id = the kiosk's number; ticket_name = "K1-042 To go".
// - A line is its ITEM_VARIATION (`catalog_object_id`, a v_ item id or the v_ option of an
//   i_ item's size group), `quantity` as a string, its m_ options as `modifiers`.
// - A PICKUP fulfillment: schedule_type ASAP (else pickup_at is required) and a recipient
//   display_name ("Order K1-042"), the dine option in its note
//   (https://developer.squareup.com/docs/orders-api/fulfillments).
// - Taxes: the kiosk prices each tax once over the lines it applies to (app/domain/pricing.cpp),
//   which is what Square does for ORDER-scoped taxes ("Use scope: ORDER on all taxes - Square
//   then performs per-rate-bucket tax calculation": sum, apply the rate once, round once,
//   https://developer.squareup.com/docs/international-development/japan-order-calculation),
//   while taxes auto-applied from the catalog are LINE_ITEM-scoped and rounded per line. So
//   every catalog tax the lines name (their `tax_ids`) is an ORDER-scoped order tax by
//   catalog_object_id, and each line blocks the ones its item does not carry
//   (pricing_blocklists.blocked_taxes by tax_catalog_object_id,
//   https://developer.squareup.com/reference/square/objects/OrderLineItemPricingBlocklistsBlockedTax).
//   A body whose lines carry no tax_ids (a menu without per-item taxes) asks for
//   pricing_options.auto_apply_taxes instead.
std::optional<QJsonObject> squareCreateOrder(const QJsonObject &order, const QString &locationId, QString *error);

// "To go" / "For here" for the kiosk's dine option code ("togo" / "here").
QString squareDineOptionWords(const QString &code);

} // namespace kiosk
