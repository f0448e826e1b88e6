#pragma once

#include "domain/loyalty.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// Square's loyalty objects as the kiosk's members and rewards. Pure: no I/O.
// docs/square.md has the table.

struct SquareRewardTexts
{
    QStringList languages;    // the kiosk's; the first is Square's own
    QJsonObject translations; // parseSquareTranslations' result, keyed by the reward tier id too
};

// One reward tier of the program (LoyaltyProgramRewardTier) with what its pricing rule
// reference names (GET /v2/catalog/object/<id>?include_related_objects=true: the PRICING_RULE
// and its DISCOUNT, PRODUCT_SETs). nullopt with `why` when the kiosk cannot show what it gives:
// a discount off some items only, a variable amount, a percentage that is not a whole number,
// a capped percentage, another currency.
std::optional<LoyaltyReward> rewardFromTier(const QJsonObject &tier, const QJsonObject &pricingRule,
                                            const QJsonArray &related, const QString &currency,
                                            const SquareRewardTexts &texts, QString *why);

// A loyalty account (LoyaltyAccount) as a member: id = the account's id, points = its balance,
// first name and last-name initial from `customer` (empty: no name), the tiers the balance
// affords as rewards and the cheapest it does not as nextReward. Square has no member tiers:
// `tier` is "".
LoyaltyMember memberFromAccount(const QJsonObject &account, const QJsonObject &customer,
                                const QList<LoyaltyReward> &tiers);

} // namespace kiosk
