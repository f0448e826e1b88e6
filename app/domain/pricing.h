#pragma once

#include "domain/menu.h"
#include "domain/money.h"

#include <QList>
#include <optional>

namespace kiosk {

class Cart;

struct Totals
{
    Cents subtotal = 0;
    Cents discount = 0;
    Cents tax = 0; // added on top of the prices: part of `total`
    Cents total = 0;
    // Inclusive taxes: already inside the prices, so never added to `total` ("includes $x tax").
    Cents taxIncluded = 0;

    bool operator==(const Totals &) const = default;
};

// One line as pricing sees it: what it costs before the discount, and its taxes.
struct PricedLine
{
    Cents amount = 0;
    std::optional<QList<Tax>> taxes; // nullopt: the store's rate, added on top
};

// What one tax came to on the whole order.
struct TaxAmount
{
    QString taxId; // empty: the store's tax_rate_bps
    Cents amount = 0;
    bool inclusive = false;

    bool operator==(const TaxAmount &) const = default;
};

// The totals and how they came about, for a backend that wants the parts (Square).
struct PriceBreakdown
{
    Totals totals;
    QList<Cents> lineDiscounts; // the discount's share of each line, in line order
    QList<TaxAmount> taxes;     // in the order the lines first name them
};

// The one place totals are computed.
//
// The store-wide rule (every menu before per-item taxes): the discount is clamped to
// [0, subtotal]; tax applies to the discounted subtotal and is rounded half-up to the cent (see
// applyBasisPoints).
Totals computeTotals(Cents subtotal, Cents discount, int taxRateBps);
Totals computeTotals(const Cart &cart, int taxRateBps, Cents discount = 0);

// Per-item taxes, as Square's Orders API computes them (docs/square.md, "Totals"):
// - the discount (an order-level fixed amount) is shared out over the lines in proportion to
//   each line's part of the subtotal; the cents rounding leaves go to the largest remainders;
// - each tax is computed once on the sum of the discounted amounts of the lines it applies to,
//   and rounded half to even to the cent (banker's rounding);
// - an inclusive tax is taken out of the price: on a line whose inclusive rates add up to R,
//   the pre-tax amount is amount / (1 + R), each of its taxes (inclusive or additive) is
//   rate x pre-tax amount, so several taxes on one line never tax each other.
// Lines without taxes of their own (nullopt) pay the store's rate by the store-wide rule; an
// order made only of such lines is priced exactly as computeTotals(subtotal, discount, rate).
PriceBreakdown priceLines(const QList<PricedLine> &lines, Cents discount, int storeTaxRateBps);
Totals computeTotals(const QList<PricedLine> &lines, Cents discount, int storeTaxRateBps);

// The cart's lines for pricing.
QList<PricedLine> pricedLines(const Cart &cart);

} // namespace kiosk
