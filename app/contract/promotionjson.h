#pragma once

#include "domain/promotion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

namespace kiosk {

// One promotion as JSON, the same object in three places: the 200 body of
// GET /v1/promotions/<code>, each entry of kiosk-config/promotions.json, and refpos's
// --promotions file (docs/backend-api.md, "Promotions"):
//
//   {"code": "SAVE10", "name": {"en": "10% off your order", "es": "10% de descuento"},
//    "kind": "percent_off", "percent": 10, "min_subtotal_cents": 1500,
//    "valid_from": "2026-12-01T08:00:00Z", "valid_until": null, "combines_with_rewards": false}
//
// kind "amount_off" takes "amount_cents" (> 0), "free_item" takes "item_id"; min_subtotal_cents,
// valid_from, valid_until (RFC 3339, any offset, read as UTC; null or absent: open) and
// combines_with_rewards (default false) are optional; unknown keys are ignored. `code` must be
// well formed (isWellFormedPromoCode after normalizedPromoCode) and is kept normalized.
//
// Reads `value` at `path` ("promotions[2]", or "" for a body), appending every problem as
// "<path>.<key>: <reason>" (e.g. "promotions[2].percent: must be 1 to 100, got 0") to
// `errors`; true when none was added.
bool readPromotion(const QJsonValue &value, const QString &path, Promotion *out, QStringList *errors);

QJsonObject promotionJson(const Promotion &promotion);

// GET /v1/promotions/<code>'s 200 body; nullopt and the first problem in `error` otherwise.
std::optional<Promotion> parsePromotionResponse(const QByteArray &body, QString *error);

// {"promotions": [...]}: promotions.json and refpos's --promotions file. Every problem is
// appended to `errors` (a duplicate code after normalizing is one: "promotions[3].code:
// "SAVE10" is listed twice"); nullopt when there is any.
std::optional<QList<Promotion>> readPromotionList(const QJsonObject &root, QStringList *errors);

} // namespace kiosk
