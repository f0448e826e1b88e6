#pragma once

#include "domain/cart.h"
#include "domain/loyalty.h"
#include "domain/payment.h"
#include "domain/pricing.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace kiosk {

enum class DineOption { Here, ToGo };

QString dineOptionCode(DineOption option); // "here" | "togo", as in the backend contract

// A combo line's part as ordered (contract v1 `parts[]`).
struct OrderLinePart
{
    QString itemId;
    QString itemName; // English, as OrderLine::itemName
    QStringList optionIds;
    QStringList optionNames;
    Cents priceDeltaCents = 0;

    bool operator==(const OrderLinePart &) const = default;
};

struct OrderLine
{
    QString itemId;
    QString itemName; // in the kitchen's language (English), for tickets and diagnostics
    QStringList optionIds;
    QStringList optionNames;
    int quantity = 1;
    Cents unitPriceCents = 0;
    Cents lineTotalCents = 0;
    // The item's own taxes (the menu's tax_ids) when it has them; nullopt: the store's rate.
    // In the body only when set, so a backend that prices per tax (Square) taxes the line as
    // the kiosk did.
    std::optional<QStringList> taxIds = std::nullopt;
    // A combo line: the combo id (itemId repeats it) and its parts; empty for an item line.
    QString comboId = {};
    QList<OrderLinePart> parts = {};

    bool isCombo() const { return !comboId.isEmpty(); }
};

// An order as it is committed: a snapshot, independent of later menu changes.
struct Order
{
    QUuid id; // also the idempotency key towards the backend
    QString number; // assigned by the order store inside the commit transaction
    QString kioskId;
    QDateTime createdAt; // UTC
    DineOption dineOption = DineOption::Here;
    QString language;
    QList<OrderLine> lines;
    Totals totals;
    std::optional<LoyaltyClaim> loyalty; // the member who earns points, the rewards redeemed
    // What the claim's rewards cost the member, as the kiosk knew it. Kept on the kiosk only
    // (not in the contract): the offline cache lowers the member's points by it until the
    // backend has the order.
    int loyaltyPointsRedeemed = 0;
    // The redeemed rewards' names in the kitchen's language (English), by reward id: what staff
    // read if the backend refuses one.
    QHash<QString, QString> loyaltyRewardNames;
    // How the customer pays, in a store that takes cards: Card stores the order held until the
    // card is charged (contract `payment.method`). nullopt in a counter-only store: the body
    // stays as older kiosks sent it.
    std::optional<PaymentMethod> payment;
    // The promo code the order claims (normalized, Basket::appliedPromoCode()); the backend
    // checks it again. Empty: none, and the body stays as older kiosks sent it.
    QString promoCode = {};

    // The body of POST /v1/orders (docs/backend-api.md).
    QJsonObject toContractJson() const;
};

// Snapshots a cart into an order with a fresh id; the number stays empty until committed.
// `discount` (e.g. loyaltyDiscount() of the redeemed rewards) goes through computeTotals.
Order makeOrder(const Cart &cart, const QString &kioskId, DineOption dineOption,
                const QString &language, int taxRateBps, Cents discount = 0,
                std::optional<LoyaltyClaim> loyalty = std::nullopt);

} // namespace kiosk
