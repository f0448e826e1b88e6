#pragma once

#include "domain/loyalty.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace kiosk {

// The 200 body of POST /v1/loyalty/members/search (and of the older GET /v1/loyalty/members,
// docs/backend-api.md): {"members": [...]}, an empty list when nobody matches. Strict: invalid JSON, a missing or mistyped field, a reward whose
// kind lacks its value (item_id, amount_cents, percent 1..100) or a duplicate reward id give
// nullopt and `error` = "<json path>: <reason>", e.g. "members[0].rewards[1].percent: missing".
// Unknown fields are ignored, so the backend may add some; a missing "next_reward" is null.
std::optional<QList<LoyaltyMember>> parseMembersResponse(const QByteArray &body, QString *error);

// The 201 (and replayed 200) body of POST /v1/loyalty/members: ONE member object, shaped as an
// entry of "members" above and read as strictly; paths start at the body ("rewards[0].id: missing").
std::optional<LoyaltyMember> parseMemberResponse(const QByteArray &body, QString *error);

// The same body, as refpos answers it (and the offline cache may keep it).
QJsonObject membersResponseJson(const QList<LoyaltyMember> &members);
QJsonObject loyaltyMemberJson(const LoyaltyMember &member);

// "free_item" | "amount_off" | "percent_off"
QString rewardKindCode(LoyaltyReward::Kind kind);

} // namespace kiosk
