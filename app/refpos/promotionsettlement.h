#pragma once

#include "domain/order.h"
#include "domain/promotion.h"

#include <QList>
#include <optional>

namespace kiosk::refpos {

// refpos's --promotions file; nullopt with every problem in `error` ("--promotions FILE:
// promotions[1].percent: ...; ...") when it is unreadable or broken.
std::optional<QList<Promotion>> readPromotionsFile(const QString &path, QString *error);

// The promotion of `code` (normalized) among `promotions`; nullptr when there is none.
const Promotion *findPromotion(const QList<Promotion> &promotions, const QString &code);

// refpos's re-check of an order's promo_code at the order's created_at, in the kiosk's order
// of checks (domain/promotion.h): nullopt when it honours the code (or the order has none),
// otherwise why not, for the order's "promo" adjustment: "no such promotion", "not valid until
// <RFC 3339>", "expired at <RFC 3339>", "needs a subtotal of at least 1500 cents, the order
// has 1200", "free item <id> is not in the order", "does not combine with rewards".
std::optional<QString> promotionRefusal(const QList<Promotion> &promotions, const Order &order);

} // namespace kiosk::refpos
