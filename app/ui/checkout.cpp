#include "ui/checkout.h"

#include "storage/orderstore.h"
#include "ui/cartmodel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckout, "kiosk.session")

namespace kiosk {

Checkout::Checkout(OrderStore &store, CartModel &cart, ClaimSource claim)
    : m_store(store), m_cart(cart), m_claim(std::move(claim))
{
}

Checkout::Result Checkout::place(const Menu &menu, std::optional<DineOption> dineOption, const QString &language)
{
    Result result;
    if (m_cart.isEmpty()) {
        result.error = Error::EmptyCart;
        return result;
    }
    m_cart.refreshAvailability(menu);
    if (m_cart.hasUnavailable()) {
        result.error = Error::UnavailableItems;
        return result;
    }
    if (!dineOption) {
        result.error = Error::NoDineOption;
        return result;
    }
    result.order = makeOrder(m_cart.basket().cart(), m_settings.kioskId, *dineOption, language,
                             m_settings.taxRateBps, m_cart.totals().discount, m_claim ? m_claim() : std::nullopt);
    if (result.order.loyalty) {
        for (const LoyaltyReward &reward : m_cart.basket().redeemedRewards()) {
            result.order.loyaltyPointsRedeemed += reward.pointsCost;
            result.order.loyaltyRewardNames.insert(reward.id, reward.name.text(QStringLiteral("en")));
        }
    }
    const OrderStore::Commit commit = m_store.commit(result.order, m_settings.orderPrefix);
    if (!commit.ok) {
        qCCritical(lcCheckout) << "checkout refused, order not saved:" << commit.error;
        result.error = Error::CannotSave;
        return result;
    }
    qCInfo(lcCheckout) << "order" << commit.number << "saved, total" << result.order.totals.total << "cents";
    result.number = commit.number;
    result.sequence = m_store.lastSequence();
    return result;
}

} // namespace kiosk
