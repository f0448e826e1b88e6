#pragma once

#include "domain/money.h"

namespace kiosk {

class Cart;

struct Totals
{
    Cents subtotal = 0;
    Cents discount = 0;
    Cents tax = 0;
    Cents total = 0;

    bool operator==(const Totals &) const = default;
};

// The one place totals are computed. The discount is clamped to [0, subtotal]; tax applies to
// the discounted subtotal and is rounded half-up to the cent (see applyBasisPoints).
Totals computeTotals(Cents subtotal, Cents discount, int taxRateBps);
Totals computeTotals(const Cart &cart, int taxRateBps, Cents discount = 0);

} // namespace kiosk
