#pragma once

#include "config/syncsettings.h"
#include "square/squareclient.h"
#include "sync/backendport.h"

namespace kiosk {

struct SquareOrderReceipt;

// The outbox's deliveries spoken as Square's Orders and Loyalty APIs (docs/square.md, "Orders"):
// - "order": CreateOrder (squareCreateOrder), a loyalty reward per claimed tier tied to the
//   order (a refused one is an adjustment, never a failed order), the order read back for
//   Square's total (a difference from the kiosk's is an adjustment); the receipt is a
//   SquareOrderReceipt;
// - "order_cancel" (and "order_release", which with Square means the same: the customer
//   orders at the counter instead): the order's rewards deleted, the order CANCELED;
// - "order_paid": the loyalty points accumulated for the paid order;
// - "feedback", "assist": Square has no API for them; they stay on the kiosk.
// - "item_availability": Rejected "not_supported" (failed for good, with that plain reason):
//   Square has no pause that ends on its own, so a pause stays on the kiosk.
// Every step is idempotent under a key derived from the kiosk's order id, so a RetryLater
// replays them all safely. A 401 is RetryLater (the token gets fixed; the order must not fail
// for good), IDEMPOTENCY_KEY_REUSED is Rejected "idempotency_conflict" (contract v1's 409).
class SquareOrders
{
public:
    SquareOrders(SquareClient &client, const SyncSettings &settings);

    DeliveryOutcome deliver(const Delivery &delivery);

private:
    DeliveryOutcome createOrder(const Delivery &delivery);
    DeliveryOutcome cancelOrder(const Delivery &delivery, bool released);
    DeliveryOutcome orderPaid(const Delivery &delivery);
    // The loyalty rewards for the claimed tiers, created on `orderId`; refusals in `adjustments`.
    // nullopt: a reply to retry later, in `failure`.
    std::optional<QStringList> createRewards(const QString &kioskOrderId, const QString &orderId,
                                             const QString &accountId, const QStringList &tierIds,
                                             QList<OrderAdjustment> *adjustments, DeliveryOutcome *failure);

    SquareClient &m_client;
    const SyncSettings &m_settings;
};

// A failed reply as the delivery's outcome: RetryLater for what may pass (network, 429 with its
// Retry-After, 5xx, 401/403, a mangled answer), Rejected for the rest (KeyReused with code
// "idempotency_conflict"). `what` opens the reason ("Square refused the order").
DeliveryOutcome squareDeliveryFailure(const SquareReply &reply, const QString &what);

} // namespace kiosk
