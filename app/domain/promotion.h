#pragma once

#include "domain/localizedtext.h"
#include "domain/money.h"

#include <QDateTime>
#include <QString>

namespace kiosk {

class Cart;

// A promo code's rule, as GET /v1/promotions/<code> answers it and kiosk-config/promotions.json
// lists it for offline use (docs/backend-api.md, "Promotions"; docs/loyalty.md).
struct Promotion
{
    enum class Kind { PercentOff, AmountOff, FreeItem };

    QString code;  // as the customer types it; compared case-insensitively (normalizedPromoCode)
    LocalizedText name; // "10% off your order" / "10% de descuento"
    Kind kind = Kind::AmountOff;
    int percent = 0;       // PercentOff, 1..100
    Cents amountCents = 0; // AmountOff, > 0
    QString itemId;        // FreeItem: one unit of this item (default choices) is free
    Cents minSubtotalCents = 0; // the subtotal (before any discount) must reach it; 0: none
    QDateTime validFrom;  // UTC; invalid: no start
    QDateTime validUntil; // UTC, exclusive; invalid: no end
    bool combinesWithRewards = false;

    bool operator==(const Promotion &) const = default;
};

// The code as compared and sent: trimmed, upper-case ("save10 " -> "SAVE10").
QString normalizedPromoCode(const QString &typed);

// Whether a typed code can be a code at all: 1 to 32 of A-Z 0-9 - _ after normalizing. Checked
// before any lookup, so a scanner's stray characters never reach a URL.
bool isWellFormedPromoCode(const QString &normalized);

// Why a promotion does not apply to an order (or that it does). Checked in this order; the
// first that fails is the answer.
enum class PromotionCheck {
    Applies,
    NotYetValid,        // now < validFrom
    Expired,            // now >= validUntil
    BelowMinimum,       // cart subtotal < minSubtotalCents
    ItemNotInCart,      // FreeItem: no orderable line of itemId
    DoesNotCombine,     // rewards are redeemed and !combinesWithRewards
};

PromotionCheck checkPromotion(const Promotion &promotion, const Cart &cart, const QDateTime &nowUtc,
                              bool rewardsRedeemed);

// What the promotion takes off, applied after the rewards' discount `rewardsDiscount` (on what
// is left of the subtotal): percent off takes its percent of the rest (rounded half-up,
// applyBasisPoints), amount off at most the rest, a free item the unit's default price as a
// free-item reward computes it (rewardDiscount), at most the rest. 0 when it does not apply
// (checkPromotion ignoring dates, which the caller checked when the code was entered).
Cents promotionDiscount(const Cart &cart, const Promotion &promotion, Cents rewardsDiscount);

// "percent_off" | "amount_off" | "free_item"
QString promotionKindCode(Promotion::Kind kind);

} // namespace kiosk
