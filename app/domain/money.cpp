#include "domain/money.h"

namespace kiosk {

Cents applyBasisPoints(Cents amount, int basisPoints)
{
    const Cents scaled = amount * basisPoints;
    const Cents half = 5000;
    return scaled >= 0 ? (scaled + half) / 10000 : -((-scaled + half) / 10000);
}

} // namespace kiosk
