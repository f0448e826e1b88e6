#pragma once

#include "contract/responses.h"
#include "domain/loyalty.h"
#include "domain/order.h"

#include <optional>

namespace kiosk {
class Database;
class Statement;
}

namespace kiosk::refpos {

// refpos's loyalty program, kept in its database (loyalty_members, loyalty_rewards): member
// lookups, accruals and redemptions. Every call runs inside the caller's transaction.
class LoyaltyLedger
{
public:
    enum class Key { Phone, MemberNumber, CardCode };

    // The rules refpos earns points by: those of the sample store (kiosk-config/kiosk.json),
    // so the kiosk's estimate and the backend's points_earned agree there.
    static const LoyaltyRules &rules();

    explicit LoyaltyLedger(Database &db) : m_db(db) {}

    // Every member with that phone / number / code (several share a household phone); an
    // empty list when nobody matches, nullopt with `error` when the database fails.
    std::optional<QList<LoyaltyMember>> find(Key key, const QString &value, QString *error);
    std::optional<LoyaltyMember> member(const QString &id, QString *error);

    // What an order means for its member: the points of the rewards it can honour are deducted
    // and the points it earns added. A reward it cannot honour (unknown, not the member's to
    // use, more points than the member has left after the ones before it, a one-use reward
    // already used, or no such member) is refused: an adjustment on the accepted order, never a reason to refuse the order,
    // whose customer already got the discount at the kiosk (perhaps offline).
    struct Settlement
    {
        int pointsEarned = 0;
        qint64 pointsRedeemed = 0; // the honoured rewards' cost
        QList<AcceptedAdjustment> adjustments;
    };
    std::optional<Settlement> settle(const Order &order, QString *error);

    bool setPoints(const QString &memberId, int points, QString *error);

    // Undoes a settlement of a held order that was cancelled: the redeemed points back, the
    // earned ones (and their lifetime credit) removed, never below zero (they may be spent).
    // The one-use rewards (welcome gifts) the order used are unused again.
    // An unknown member (the order was accepted without one) is nothing to undo.
    bool reverse(const QString &memberId, const QString &orderId, qint64 redeemed, qint64 earned,
                 QString *error);

private:
    std::optional<LoyaltyMember> memberFromRow(const Statement &row, QString *error);

    Database &m_db;
};

} // namespace kiosk::refpos
