#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

// The loyalty part of an order: who earns the points and which rewards they redeem. It lives
// in the contract layer because the domain's Order does not carry a member yet.
struct LoyaltyClaim
{
    QString memberId;
    QStringList rewardIds;

    bool operator==(const LoyaltyClaim &) const = default;
};

} // namespace kiosk
