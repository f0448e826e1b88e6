// Basket's promo code: kept apart from basket.cpp, which holds the lines and the rewards.
#include "domain/basket.h"

#include <algorithm>

namespace kiosk {

PromotionCheck Basket::applyPromotion(const Promotion &promotion, const QDateTime &nowUtc)
{
    const PromotionCheck check = checkPromotion(promotion, m_cart, nowUtc, !m_redeemed.isEmpty());
    if (check == PromotionCheck::Applies)
        m_promotion = promotion;
    return check;
}

void Basket::removePromotion()
{
    m_promotion.reset();
}

PromotionCheck Basket::promotionStatus() const
{
    if (!m_promotion)
        return PromotionCheck::Applies;
    // The dates were checked when the code was entered: an open-ended copy skips them.
    Promotion undated = *m_promotion;
    undated.validFrom = {};
    undated.validUntil = {};
    return checkPromotion(undated, m_cart, QDateTime(), !m_redeemed.isEmpty());
}

QString Basket::appliedPromoCode() const
{
    return m_promotion && promotionStatus() == PromotionCheck::Applies ? m_promotion->code : QString();
}

Cents Basket::promotionDiscountCents() const
{
    if (!m_promotion || promotionStatus() != PromotionCheck::Applies)
        return 0;
    return promotionDiscount(m_cart, *m_promotion, rewardsDiscountCents());
}

Cents Basket::discountCents() const
{
    const Cents subtotal = std::max<Cents>(m_cart.subtotalCents(), 0);
    return std::min(rewardsDiscountCents() + promotionDiscountCents(), subtotal);
}

} // namespace kiosk
