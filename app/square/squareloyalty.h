#pragma once

#include "config/syncsettings.h"
#include "sync/backendport.h"

#include <QDeadlineTimer>
#include <QList>
#include <optional>

namespace kiosk {

class SquareClient;
struct SquareReply;

// Member lookups against Square Loyalty (BackendPort::lookupMember for the Square adapter): an
// account by phone, the customer's name for the greeting, the program's reward tiers as the
// member's rewards. Uses the lookup client (the short lookup timeout): a customer is waiting,
// and the offline cache answers when Square does not.
class SquareLoyalty
{
public:
    // The program (its tiers and their discounts) changes seldom: read again after this long.
    static constexpr qint64 ProgramTtlMs = 5 * 60 * 1000;

    SquareLoyalty(SquareClient &lookupClient, const SyncSettings &settings);

    LookupOutcome lookupMember(LoyaltyLookupKind kind, const QString &identifier);

private:
    // The program's tiers as rewards, from the cache while fresh; nullopt with `outcome` set.
    std::optional<QList<LoyaltyReward>> rewards(LookupOutcome *outcome);
    std::optional<QList<LoyaltyReward>> readProgram(LookupOutcome *outcome);
    // The customer of an account (an empty object: none, or Square has no such customer).
    std::optional<QJsonObject> customer(const QString &customerId, LookupOutcome *outcome);
    // A failed call as the outcome; nothing of the request (the phone number) in the reason.
    static void fail(const SquareReply &reply, const QString &what, LookupOutcome *outcome);

    SquareClient &m_client;
    const SyncSettings m_settings;
    std::optional<QList<LoyaltyReward>> m_rewards;
    QDeadlineTimer m_rewardsExpire;
};

} // namespace kiosk
