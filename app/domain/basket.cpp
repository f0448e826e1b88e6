#include "domain/basket.h"

#include <algorithm>

namespace kiosk {

Basket::Add Basket::add(const ItemSelection &selection, int quantity)
{
    // More of an item never takes a reward away: nothing to check again.
    return m_cart.add(selection, quantity);
}

Basket::Add Basket::add(const ComboSelection &selection, int quantity)
{
    return m_cart.add(selection, quantity);
}

Basket::SetQuantity Basket::setQuantity(const QString &lineId, int quantity)
{
    if (!std::any_of(lines().cbegin(), lines().cend(), [&](const CartLine &l) { return l.lineId == lineId; }))
        return SetQuantity::UnknownLine;
    // At least one unit stays, so a free item keeps its reward.
    return m_cart.setQuantity(lineId, quantity) ? SetQuantity::Changed : SetQuantity::InvalidQuantity;
}

Basket::Removal Basket::remove(const QString &lineId)
{
    Removal removal;
    removal.removed = m_cart.remove(lineId);
    if (removal.removed)
        removal.droppedRewards = dropUnbackedRewards();
    return removal;
}

Basket::Availability Basket::refreshAvailability(const Menu &menu)
{
    Availability availability;
    availability.unavailableLines = m_cart.refreshAvailability(menu);
    availability.droppedRewards = dropUnbackedRewards();
    return availability;
}

void Basket::clear()
{
    m_cart.clear();
    m_redeemed.clear();
    m_promotion.reset();
}

void Basket::setMember(const LoyaltyMember &member, bool fromCache)
{
    m_member = Redeemer{member.id, member.points, member.rewards, fromCache};
    m_redeemed.clear();
}

void Basket::clearMember()
{
    m_member.reset();
    m_redeemed.clear();
}

const LoyaltyReward *Basket::offered(const QString &rewardId) const
{
    if (!m_member)
        return nullptr;
    const auto it = std::find_if(m_member->offered.cbegin(), m_member->offered.cend(),
                                 [&](const LoyaltyReward &r) { return r.id == rewardId; });
    return it == m_member->offered.cend() ? nullptr : &*it;
}

Basket::Redeem Basket::redeem(const QString &rewardId)
{
    const LoyaltyReward *reward = offered(rewardId);
    if (!reward)
        return Redeem::NotAllowed;
    if (isRedeemed(rewardId))
        return Redeem::AlreadyRedeemed;
    if (reward->pointsCost > pointsLeft())
        return Redeem::NotEnoughPoints;
    QList<LoyaltyReward> next = m_redeemed;
    next.append(*reward);
    const Cents before = loyaltyDiscount(m_cart, m_redeemed);
    const Cents after = loyaltyDiscount(m_cart, next);
    // A free item gives nothing without a unit of its item not made free already.
    if (reward->kind == LoyaltyReward::Kind::FreeItem && after == before)
        return Redeem::ItemNotInCart;
    if (const std::optional<Cents> cap = offlineCap(); cap && (*cap <= 0 || after > *cap))
        return Redeem::OfflineCapReached;
    m_redeemed = next;
    return Redeem::Redeemed;
}

bool Basket::unredeem(const QString &rewardId)
{
    return m_redeemed.removeIf([&](const LoyaltyReward &r) { return r.id == rewardId; }) > 0;
}

bool Basket::isRedeemed(const QString &rewardId) const
{
    return std::any_of(m_redeemed.cbegin(), m_redeemed.cend(), [&](const LoyaltyReward &r) { return r.id == rewardId; });
}

int Basket::pointsLeft() const
{
    if (!m_member)
        return 0;
    int left = m_member->points;
    for (const LoyaltyReward &r : m_redeemed)
        left -= r.pointsCost;
    return left;
}

std::optional<Cents> Basket::offlineCap() const
{
    if (m_member && m_member->fromCache)
        return m_offlineRedemptionCapCents;
    return std::nullopt;
}

std::optional<LoyaltyClaim> Basket::claim() const
{
    if (!m_member)
        return std::nullopt;
    LoyaltyClaim claim;
    claim.memberId = m_member->memberId;
    for (const LoyaltyReward &r : m_redeemed)
        claim.rewardIds.append(r.id);
    return claim;
}

Cents Basket::rewardsDiscountCents() const
{
    if (m_redeemed.isEmpty())
        return 0;
    const Cents discount = loyaltyDiscount(m_cart, m_redeemed);
    // A percent off grows with the lines: the cap holds whatever the basket becomes.
    const std::optional<Cents> cap = offlineCap();
    return cap ? std::min(discount, std::max<Cents>(*cap, 0)) : discount;
}

Totals Basket::totals() const
{
    return computeTotals(m_cart, m_taxRateBps, discountCents());
}

QList<LoyaltyReward> Basket::dropUnbackedRewards()
{
    // Each free item on its own: a reward goes when its item has left the basket or cannot be
    // ordered now, not when another reward already took the last unit.
    QList<LoyaltyReward> dropped;
    m_redeemed.removeIf([&](const LoyaltyReward &r) {
        if (r.kind != LoyaltyReward::Kind::FreeItem || rewardDiscount(m_cart, r) > 0)
            return false;
        dropped.append(r);
        return true;
    });
    return dropped;
}

} // namespace kiosk
