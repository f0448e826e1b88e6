#pragma once

#include "domain/loyalty.h"
#include "domain/order.h"

#include <QString>
#include <functional>
#include <optional>

namespace kiosk {

class CartModel;
class Menu;
class OrderStore;

// Turns the cart into a saved order: checks it can be ordered, builds the order with the
// domain's totals and saves it (number, lines and outbox entry in one transaction). Only a
// saved order has a number; nothing is saved half.
class Checkout
{
public:
    enum class Error { None, EmptyCart, UnavailableItems, NoDineOption, CannotSave };

    struct Settings
    {
        QString kioskId;
        QString orderPrefix;
        int taxRateBps = 0;
    };

    struct Result
    {
        Error error = Error::None;
        QString number;
        Order order;
        int sequence = 0;
    };

    using ClaimSource = std::function<std::optional<LoyaltyClaim>()>;

    Checkout(OrderStore &store, CartModel &cart, ClaimSource claim);

    void setSettings(const Settings &settings) { m_settings = settings; }
    // What would refuse the order now, without saving anything (the cart's availability is
    // refreshed against `menu`). `dineOption` nullopt: the customer has not chosen yet.
    Error check(const Menu &menu, std::optional<DineOption> dineOption);
    // `payment`: how it is to be paid in a store that takes cards (Card: saved held);
    // nullopt in a counter-only store.
    Result place(const Menu &menu, std::optional<DineOption> dineOption, const QString &language,
                 std::optional<PaymentMethod> payment = std::nullopt);

private:
    OrderStore &m_store;
    CartModel &m_cart;
    ClaimSource m_claim;
    Settings m_settings;
};

} // namespace kiosk
