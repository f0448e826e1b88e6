#include "domain/pricing.h"

#include "domain/cart.h"

#include <algorithm>

namespace kiosk {

Totals computeTotals(Cents subtotal, Cents discount, int taxRateBps)
{
    Totals totals;
    totals.subtotal = subtotal;
    totals.discount = std::clamp<Cents>(discount, 0, std::max<Cents>(subtotal, 0));
    totals.tax = applyBasisPoints(subtotal - totals.discount, taxRateBps);
    totals.total = subtotal - totals.discount + totals.tax;
    return totals;
}

Totals computeTotals(const Cart &cart, int taxRateBps, Cents discount)
{
    return computeTotals(cart.subtotalCents(), discount, taxRateBps);
}

} // namespace kiosk
