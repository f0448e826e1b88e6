#pragma once

#include "contract/enrolmentrequest.h"
#include "domain/loyalty.h"

#include <optional>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

// A customer joining at the kiosk (POST /v1/loyalty/members): the new member in
// loyalty_members with 0 points at the lowest tier, a fresh unique 8-digit member number and
// card code "HSK-CARD-XXXXXX", and `welcome` granted to use once. Returns the member as a
// search then finds them. Runs inside the caller's transaction.
std::optional<LoyaltyMember> enrolMember(Database &db, const LoyaltyEnrolment &enrolment,
                                         const std::optional<LoyaltyReward> &welcome, QString *error);

} // namespace kiosk::refpos
