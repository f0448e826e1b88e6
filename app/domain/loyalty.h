#pragma once

#include "domain/localizedtext.h"
#include "domain/money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

class Cart;

// A reward a member can spend points on, as GET /v1/loyalty/members describes it.
struct LoyaltyReward
{
    enum class Kind { FreeItem, AmountOff, PercentOff };

    QString id;
    LocalizedText name;
    int pointsCost = 0;
    Kind kind = Kind::AmountOff;
    QString itemId;        // FreeItem: the menu item that becomes free
    Cents amountCents = 0; // AmountOff
    int percent = 0;       // PercentOff, 1..100

    bool operator==(const LoyaltyReward &) const = default;
};

struct LoyaltyNextTier
{
    QString name;
    int pointsNeeded = 0;

    bool operator==(const LoyaltyNextTier &) const = default;
};

// One member as the backend (or the offline cache) knows them. Only the first name and the
// initial of the last name ever reach the screen.
struct LoyaltyMember
{
    QString id;
    QString firstName;
    QString lastNameInitial;
    int points = 0;
    QString tier;
    std::optional<LoyaltyNextTier> nextTier;
    bool birthdayToday = false;
    QList<LoyaltyReward> rewards;
    QStringList recentItems; // menu item ids, most recent first

    bool operator==(const LoyaltyMember &) const = default;
};

// The store's earning rules, from the "loyalty" section of kiosk.json. The backend's
// points_earned is what is finally shown; these rules give the estimate before paying.
struct LoyaltyRules
{
    bool enabled = false;
    int pointsPerDollar = 0;                    // on the discounted, pre-tax subtotal
    QHash<QString, int> tierMultiplierPercent;  // "Gold" -> 150 (1.5x); missing tier = 100
    int birthdayBonusPoints = 0;                // added when the backend says birthday_today
    int cacheTtlHours = 24;                     // offline lookups of members seen recently
    Cents offlineRedemptionCapCents = 0;        // per order, for members from the cache; 0 = off

    bool operator==(const LoyaltyRules &) const = default;
};

} // namespace kiosk
