#pragma once

#include "config/syncsettings.h"
#include "square/squarecatalog.h"
#include "square/squareclient.h"
#include "square/squareloyalty.h"
#include "square/squareorders.h"
#include "square/squareterminal.h"
#include "sync/backendport.h"

namespace kiosk {

// The backend port over Square's Connect API (docs/square.md): the second adapter beside
// contract v1's, chosen by kiosk.json backend.kind "square". It only dispatches: orders and
// their held-order entries (SquareOrders), card payments on the Square Terminal
// (SquareTerminal), the menu from the catalog (SquareCatalog), member lookups
// (SquareLoyalty) and the health probe. Made on the thread that uses it, like every port.
class SquareBackend final : public BackendPort
{
public:
    // The longest a payment call waits for its answer, as with contract v1: a customer stands
    // at the reader, and the payment worker reads the status rather than waiting longer.
    static constexpr int PaymentTimeoutMs = 5000;

    SquareBackend(const SyncSettings &settings, const std::atomic_bool *stopping);

    static BackendPortFactory factory(SyncSettings settings);

    bool ready(QString *why) override;
    DeliveryOutcome deliver(const Delivery &delivery) override;
    MenuOutcome fetchMenu(const QString &validator) override;
    LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier) override;
    HealthOutcome probeHealth() override;
    // Square has no promo codes to look up: always Unavailable, so the kiosk's offline list
    // (kiosk-config/promotions.json) is what a Square store's codes are.
    PromotionOutcome lookupPromotion(const QString &code) override;
    PaymentOutcome createPayment(const PaymentAttempt &attempt, const QByteArray &orderReceipt) override;
    PaymentOutcome readPayment(const QString &paymentId) override;
    PaymentOutcome cancelPayment(const QString &paymentId, PaymentCancelReason reason) override;

private:
    const SyncSettings m_settings; // the parts keep references to it
    SquareClient m_client;         // deliveries, menus, health: the sync timeouts
    SquareClient m_lookupClient;   // lookups: the short loyalty timeout, then the cache answers
    SquareClient m_paymentClient;  // payments: at most PaymentTimeoutMs each
    SquareOrders m_orders;
    SquareTerminal m_terminal;
    SquareCatalog m_catalog;
    SquareLoyalty m_loyalty;
};

} // namespace kiosk
