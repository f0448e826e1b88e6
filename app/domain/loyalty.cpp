#include "domain/loyalty.h"

#include "domain/cart.h"

#include <algorithm>
#include <limits>

namespace kiosk {

namespace {

// Units of each cart line already made free by earlier free-item rewards, by line index.
using FreeUnits = QList<int>;

// The largest free-item discount still available for `itemId`; marks the unit as used.
Cents takeFreeUnit(const Cart &cart, const QString &itemId, FreeUnits *used)
{
    qsizetype best = -1;
    Cents bestValue = 0;
    const QList<CartLine> &lines = cart.lines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CartLine &line = lines.at(i);
        if (line.itemId != itemId || !line.available || used->at(i) >= line.quantity)
            continue;
        const Cents value = std::clamp<Cents>(line.defaultUnitPriceCents, 0, line.unitPriceCents);
        if (best < 0 || value > bestValue) {
            best = i;
            bestValue = value;
        }
    }
    if (best < 0)
        return 0;
    ++(*used)[best];
    return bestValue;
}

// One reward's discount on what is left of the subtotal.
Cents discountOn(const Cart &cart, const LoyaltyReward &reward, Cents left, FreeUnits *used)
{
    if (left <= 0)
        return 0;
    Cents discount = 0;
    switch (reward.kind) {
    case LoyaltyReward::Kind::AmountOff:
        discount = reward.amountCents;
        break;
    case LoyaltyReward::Kind::PercentOff:
        discount = applyBasisPoints(left, std::clamp(reward.percent, 0, 100) * 100);
        break;
    case LoyaltyReward::Kind::FreeItem:
        discount = takeFreeUnit(cart, reward.itemId, used);
        break;
    }
    return std::clamp<Cents>(discount, 0, left);
}

} // namespace

Cents rewardDiscount(const Cart &cart, const LoyaltyReward &reward)
{
    return loyaltyDiscount(cart, {reward});
}

Cents loyaltyDiscount(const Cart &cart, const QList<LoyaltyReward> &redeemed)
{
    FreeUnits used(cart.lines().size(), 0);
    const Cents subtotal = std::max<Cents>(cart.subtotalCents(), 0);
    Cents left = subtotal;
    for (const LoyaltyReward &reward : redeemed)
        left -= discountOn(cart, reward, left, &used);
    return subtotal - left;
}

int estimatePoints(Cents discountedSubtotal, const LoyaltyMember &member, const LoyaltyRules &rules)
{
    if (!rules.enabled)
        return 0;
    const qint64 multiplierPercent = rules.tierMultiplierPercent.value(member.tier, 100);
    // cents * points/dollar * percent / (100 cents * 100 %), rounded down; 128-bit-free
    // because config bounds keep every factor small (points_per_dollar <= 1000, percent <= 1000).
    const Cents cents = std::clamp<Cents>(discountedSubtotal, 0, 1'000'000'000'000); // $10 billion
    const qint64 base = cents * std::max(rules.pointsPerDollar, 0)
                        * std::max<qint64>(multiplierPercent, 0) / 10000;
    const qint64 total = base + (member.birthdayToday ? std::max(rules.birthdayBonusPoints, 0) : 0);
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

} // namespace kiosk
