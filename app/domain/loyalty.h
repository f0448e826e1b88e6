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
    QList<LoyaltyReward> rewards;        // what the member can use now
    std::optional<LoyaltyReward> nextReward; // the cheapest one they are still saving for
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
    int lookupTimeoutMs = 3000;                 // one member lookup, before the cache answers
    QString phoneRegion = QStringLiteral("US"); // how typed phone numbers are read

    // Joining at the kiosk ("loyalty.join"): a customer whose phone is not found may sign up
    // after accepting `terms`; `termsVersion` travels with the enrolment as the record of consent.
    struct Join
    {
        bool enabled = false;
        LocalizedText terms;  // in every store language
        QString termsVersion; // "2026-12"

        bool operator==(const Join &) const = default;
    };
    Join join = {};

    bool operator==(const LoyaltyRules &) const = default;
};

// The loyalty part of an order: who earns the points and which rewards they redeem. Travels
// inside the order (POST /v1/orders "loyalty"); the backend deducts the rewards' points.
struct LoyaltyClaim
{
    QString memberId;
    QStringList rewardIds;

    bool operator==(const LoyaltyClaim &) const = default;
};

// The discount one reward gives on `cart`, on its own (0 when it does not apply):
// - amount_off: amountCents, at most the subtotal;
// - percent_off: percent of the subtotal, rounded half-up to the cent (applyBasisPoints);
// - free_item: ONE unit of reward.itemId with its default choices is free. The discount is
//   that unit's default price (the item's price plus the prices of its default options), at
//   most what the customer pays for the unit, so paid extras and upsizes stay charged. With
//   several lines of the item, the line that gives the largest discount is used. 0 when the
//   item is not in the cart or its lines are no longer available.
Cents rewardDiscount(const Cart &cart, const LoyaltyReward &reward);

// Several redeemed rewards together, applied in order, each on what is left of the subtotal
// after the previous ones (a percent off after $2 off takes its percent of the rest); a
// free-item reward makes a further unit free only if the cart holds one not made free yet.
// The sum never exceeds the cart subtotal. Pass the result to computeTotals as the discount.
Cents loyaltyDiscount(const Cart &cart, const QList<LoyaltyReward> &redeemed);

// Points this order would earn, the estimate shown before paying: the discounted pre-tax
// subtotal in dollars times pointsPerDollar times the member's tier multiplier, rounded down,
// plus birthdayBonusPoints when member.birthdayToday. 0 when loyalty is disabled.
int estimatePoints(Cents discountedSubtotal, const LoyaltyMember &member, const LoyaltyRules &rules);

} // namespace kiosk
