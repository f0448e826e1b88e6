#include "domain/promotion.h"

#include "domain/cart.h"
#include "domain/loyalty.h"

#include <QRegularExpression>
#include <algorithm>

namespace kiosk {

QString normalizedPromoCode(const QString &typed)
{
    return typed.trimmed().toUpper();
}

bool isWellFormedPromoCode(const QString &normalized)
{
    // Anchored for the whole string: "$" alone would let a trailing newline through.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9_-]{1,32}")));
    return pattern.match(normalized).hasMatch();
}

namespace {

bool hasOrderableLine(const Cart &cart, const QString &itemId)
{
    return std::any_of(cart.lines().cbegin(), cart.lines().cend(),
                       [&](const CartLine &line) { return line.itemId == itemId && line.available; });
}

// The checks that follow the cart, not the clock: a basket re-checks these after every change.
PromotionCheck checkAgainstCart(const Promotion &promotion, const Cart &cart, bool rewardsRedeemed)
{
    if (cart.subtotalCents() < promotion.minSubtotalCents)
        return PromotionCheck::BelowMinimum;
    if (promotion.kind == Promotion::Kind::FreeItem && !hasOrderableLine(cart, promotion.itemId))
        return PromotionCheck::ItemNotInCart;
    if (rewardsRedeemed && !promotion.combinesWithRewards)
        return PromotionCheck::DoesNotCombine;
    return PromotionCheck::Applies;
}

} // namespace

PromotionCheck checkPromotion(const Promotion &promotion, const Cart &cart, const QDateTime &nowUtc,
                              bool rewardsRedeemed)
{
    if (promotion.validFrom.isValid() && nowUtc < promotion.validFrom)
        return PromotionCheck::NotYetValid;
    if (promotion.validUntil.isValid() && nowUtc >= promotion.validUntil)
        return PromotionCheck::Expired;
    return checkAgainstCart(promotion, cart, rewardsRedeemed);
}

Cents promotionDiscount(const Cart &cart, const Promotion &promotion, Cents rewardsDiscount)
{
    // Rewards that took something off are redeemed ones: a promotion that does not combine
    // gives nothing after them.
    if (checkAgainstCart(promotion, cart, rewardsDiscount > 0) != PromotionCheck::Applies)
        return 0;
    const Cents left = std::max<Cents>(cart.subtotalCents(), 0) - std::max<Cents>(rewardsDiscount, 0);
    if (left <= 0)
        return 0;
    Cents discount = 0;
    switch (promotion.kind) {
    case Promotion::Kind::PercentOff:
        discount = applyBasisPoints(left, std::clamp(promotion.percent, 0, 100) * 100);
        break;
    case Promotion::Kind::AmountOff:
        discount = promotion.amountCents;
        break;
    case Promotion::Kind::FreeItem: {
        LoyaltyReward unit;
        unit.kind = LoyaltyReward::Kind::FreeItem;
        unit.itemId = promotion.itemId;
        discount = rewardDiscount(cart, unit);
        break;
    }
    }
    return std::clamp<Cents>(discount, 0, left);
}

QString promotionKindCode(Promotion::Kind kind)
{
    switch (kind) {
    case Promotion::Kind::PercentOff:
        return QStringLiteral("percent_off");
    case Promotion::Kind::AmountOff:
        return QStringLiteral("amount_off");
    case Promotion::Kind::FreeItem:
        return QStringLiteral("free_item");
    }
    return {};
}

} // namespace kiosk
