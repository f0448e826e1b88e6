#pragma once

// Promotions for the domain tests: one of each kind, open-ended, not combining unless said.
#include "domain/promotion.h"

namespace kiosk::test {

inline Promotion percentOffCode(int percent, Cents minSubtotal = 0)
{
    Promotion p;
    p.code = QStringLiteral("SAVE10");
    p.kind = Promotion::Kind::PercentOff;
    p.percent = percent;
    p.minSubtotalCents = minSubtotal;
    return p;
}

inline Promotion amountOffCode(Cents cents, bool combinesWithRewards = false)
{
    Promotion p;
    p.code = QStringLiteral("FIVEOFF");
    p.kind = Promotion::Kind::AmountOff;
    p.amountCents = cents;
    p.combinesWithRewards = combinesWithRewards;
    return p;
}

inline Promotion freeItemCode(const char *itemId)
{
    Promotion p;
    p.code = QStringLiteral("FREEBIE");
    p.kind = Promotion::Kind::FreeItem;
    p.itemId = QLatin1String(itemId);
    p.combinesWithRewards = true;
    return p;
}

} // namespace kiosk::test
