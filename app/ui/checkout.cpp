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

Checkout::Error Checkout::check(const Menu &menu, std::optional<DineOption> dineOption)
{
    if (m_cart.isEmpty())
        return Error::EmptyCart;
    m_cart.refreshAvailability(menu);
    if (m_cart.hasUnavailable())
        return Error::UnavailableItems;
    if (!dineOption)
        return Error::NoDineOption;
    return Error::None;
}

Checkout::Result Checkout::place(const Menu &menu, std::optional<DineOption> dineOption, const QString &language,
                                 std::optional<PaymentMethod> payment)
{
    Result result;
    result.error = check(menu, dineOption);
    if (result.error != Error::None)
        return result;
    result.order = makeOrder(m_cart.basket().cart(), m_settings.kioskId, *dineOption, language,
                             m_settings.taxRateBps, m_cart.totals().discount, m_claim ? m_claim() : std::nullopt);
    if (result.order.loyalty) {
        for (const LoyaltyReward &reward : m_cart.basket().redeemedRewards()) {
            result.order.loyaltyPointsRedeemed += reward.pointsCost;
            result.order.loyaltyRewardNames.insert(reward.id, reward.name.text(QStringLiteral("en")));
        }
    }
    result.order.payment = payment;
    // Only a code that takes something off now travels: the backend re-checks it.
    result.order.promoCode = m_cart.basket().appliedPromoCode();
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
