#pragma once

#include "domain/cart.h"
#include "domain/loyalty.h"
#include "domain/pricing.h"
#include "domain/promotion.h"

#include <optional>

namespace kiosk {

// The order in progress: its lines, the loyalty rewards redeemed on it, and its totals (by
// computeTotals, app/domain/pricing). It holds the rules that tie lines and rewards together:
// what a member may redeem, a free item's reward leaving with its item, and the offline cap.
//
// Every change answers with a typed result. After any change to the lines, the adjustments
// (the rewards) are checked again against the lines, and one that no longer applies is dropped
// and reported, so the UI can name it. The promo code (one per order) is not dropped: it stays
// and takes nothing off while the lines do not meet it (promotionStatus() says why). They add up
// to the one discount pricing takes.
class Basket
{
public:
    using Add = Cart::Add;
    enum class SetQuantity { Changed, UnknownLine, InvalidQuantity };
    enum class Redeem { Redeemed, NotEnoughPoints, ItemNotInCart, OfflineCapReached, AlreadyRedeemed, NotAllowed };

    struct Removal
    {
        bool removed = false;
        QList<LoyaltyReward> droppedRewards; // free items that left with the line
    };

    struct Availability
    {
        int unavailableLines = 0;            // lines that cannot be ordered now
        QList<LoyaltyReward> droppedRewards; // free items whose lines are among them
    };

    // The store's settings.
    void setTaxRateBps(int taxRateBps) { m_taxRateBps = taxRateBps; }
    int taxRateBps() const { return m_taxRateBps; }
    // The most the rewards of one order may take off for a member known only from the offline
    // cache (they may have spent their points elsewhere since); 0: no offline redemptions.
    void setOfflineRedemptionCap(Cents cap) { m_offlineRedemptionCapCents = cap; }

    // The lines. Identical picks merge (Cart); removal is explicit.
    Add add(const ItemSelection &selection, int quantity);
    // A complete meal as one line (Cart::add).
    Add add(const ComboSelection &selection, int quantity);
    SetQuantity setQuantity(const QString &lineId, int quantity);
    Removal remove(const QString &lineId);
    // Re-checks every line against `menu` (after a reload or an availability change).
    Availability refreshAvailability(const Menu &menu);
    // The order is placed or abandoned: no lines, no redemptions, no promotion; the member stays (the
    // confirmation still greets them) until clearMember().
    void clear();

    const Cart &cart() const { return m_cart; }
    const QList<CartLine> &lines() const { return m_cart.lines(); }
    bool isEmpty() const { return m_cart.isEmpty(); }

    // The member who earns points on this order and may redeem: their balance and the rewards
    // offered to them now (nothing else can be redeemed). `fromCache`: answered from the
    // offline cache, so the offline cap applies. Replaces any earlier member's redemptions.
    void setMember(const LoyaltyMember &member, bool fromCache);
    void clearMember();
    bool hasMember() const { return m_member.has_value(); }

    Redeem redeem(const QString &rewardId);
    bool unredeem(const QString &rewardId);
    const QList<LoyaltyReward> &redeemedRewards() const { return m_redeemed; }
    bool isRedeemed(const QString &rewardId) const;
    // The member's points minus those of the rewards redeemed here; 0 without a member.
    int pointsLeft() const;
    // The most the rewards may take off this order; nullopt: no cap.
    std::optional<Cents> offlineCap() const;
    // The member and the redeemed rewards, for the order; nullopt without a member.
    std::optional<LoyaltyClaim> claim() const;

    // The promo code. applyPromotion checks it (checkPromotion at `nowUtc`, against the lines and
    // the redeemed rewards); on Applies it becomes the order's promotion, replacing any earlier
    // one; otherwise nothing changes. Member changes keep it.
    PromotionCheck applyPromotion(const Promotion &promotion, const QDateTime &nowUtc);
    void removePromotion();
    const std::optional<Promotion> &promotion() const { return m_promotion; }
    // The promotion against the lines as they are now (dates not re-checked: they were when the
    // code was entered): Applies, BelowMinimum, ItemNotInCart or DoesNotCombine; Applies when none.
    PromotionCheck promotionStatus() const;
    // The code for the order while it applies; "" otherwise.
    QString appliedPromoCode() const;

    // The rewards' discount, within the offline cap whatever the lines become.
    Cents rewardsDiscountCents() const;
    // The promotion's, on what the rewards left, while it applies; 0 otherwise.
    Cents promotionDiscountCents() const;
    // Rewards and promotion together, never above the subtotal.
    Cents discountCents() const;
    Totals totals() const;

private:
    // What setMember() keeps of the member: what the redemption rules need.
    struct Redeemer
    {
        QString memberId;
        int points = 0;
        QList<LoyaltyReward> offered;
        bool fromCache = false;
    };

    const LoyaltyReward *offered(const QString &rewardId) const;
    QList<LoyaltyReward> dropUnbackedRewards();

    Cart m_cart;
    int m_taxRateBps = 0;
    Cents m_offlineRedemptionCapCents = 0;
    std::optional<Redeemer> m_member;
    QList<LoyaltyReward> m_redeemed; // in redemption order: each applies on what is left
    std::optional<Promotion> m_promotion; // applies after the rewards (the offline cap is theirs only)
};

} // namespace kiosk
