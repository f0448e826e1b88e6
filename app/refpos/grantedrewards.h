#pragma once

#include "domain/loyalty.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

// Rewards given to one member to use once (the welcome gift of --welcome-reward-item), kept in
// loyalty_granted_rewards. Unlike the program's rewards they cost no points and are gone once
// an order redeems them. Every call runs inside the caller's transaction.
class GrantedRewards
{
public:
    enum class State { NotGranted, Unused, Used };

    explicit GrantedRewards(Database &db) : m_db(db) {}

    bool grant(const QString &memberId, const LoyaltyReward &reward, QString *error);
    // The member's unused grants, oldest first.
    std::optional<QList<LoyaltyReward>> unused(const QString &memberId, QString *error);
    std::optional<State> state(const QString &memberId, const QString &rewardId, QString *error);
    bool use(const QString &memberId, const QString &rewardId, const QString &orderId, QString *error);
    // A cancelled held order gives back what it used.
    bool giveBack(const QString &orderId, QString *error);

private:
    Database &m_db;
};

// The welcome gift for a free `itemId` of `menu` (a menu.json document): {"id":
// "welcome_<item_id>", "name": {"en": "Welcome gift: <en name>", "es": "Regalo de bienvenida:
// <es name>"}, "points_cost": 0, "kind": "free_item", "item_id": <item_id>}. nullopt with
// `error` when the menu has no such item.
std::optional<LoyaltyReward> welcomeReward(const QJsonObject &menu, const QString &itemId, QString *error);

} // namespace kiosk::refpos
