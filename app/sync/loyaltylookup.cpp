#include "sync/loyaltylookup.h"

namespace kiosk {

QString lookupKindCode(LoyaltyLookupKind kind)
{
    switch (kind) {
    case LoyaltyLookupKind::Phone:
        return QStringLiteral("phone");
    case LoyaltyLookupKind::MemberNumber:
        return QStringLiteral("member");
    case LoyaltyLookupKind::Code:
        return QStringLiteral("code");
    }
    return {};
}

} // namespace kiosk
