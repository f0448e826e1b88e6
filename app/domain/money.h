#pragma once

#include <QtGlobal>

namespace kiosk {

// Money is always an integer number of cents; no floating point anywhere in the domain.
using Cents = qint64;

// amount * bps / 10000, rounded half-up to the cent (825 bps on 1000 cents = 82.5 -> 83).
// Negative amounts round half away from zero so that a refund mirrors its sale.
Cents applyBasisPoints(Cents amount, int basisPoints);

} // namespace kiosk
