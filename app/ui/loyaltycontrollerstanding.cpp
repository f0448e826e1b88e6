// LoyaltyController: what the pages show of the signed-in member (standing, progress, the
// rewards and "your usual" rows). The lookups and redemptions are in loyaltycontroller.cpp.
#include "ui/loyaltycontroller.h"

#include "contract/membersresponse.h"
#include "ui/cartmodel.h"
#include "domain/moneyformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// The words around a reward's value, in the pages' languages (menu texts come from the
// config; these few are the kiosk's own).
QString offText(const QString &language, const QString &value)
{
    if (language == u"es"_s)
        return u"%1 de descuento"_s.arg(value);
    return u"%1 off"_s.arg(value);
}

} // namespace

QString LoyaltyController::rewardValueText(const LoyaltyReward &reward) const
{
    switch (reward.kind) {
    case LoyaltyReward::Kind::AmountOff:
        return offText(m_language, formatMoney(reward.amountCents, m_language, m_currency));
    case LoyaltyReward::Kind::PercentOff:
        return offText(m_language, m_language == u"es"_s ? u"%1 %"_s.arg(reward.percent) : u"%1%"_s.arg(reward.percent));
    case LoyaltyReward::Kind::FreeItem:
        if (const MenuItem *item = m_menu.item(reward.itemId))
            return item->name.text(m_language);
        return reward.name.text(m_language);
    }
    return {};
}

void LoyaltyController::refreshModels()
{
    if (!m_member) {
        m_rewards.setRows({});
        m_usualItems.setRows({});
        return;
    }
    const int left = m_cart->basket().pointsLeft();
    QList<LoyaltyRewardListModel::Row> rewards;
    for (const LoyaltyReward &r : m_member->rewards) {
        const bool redeemed = m_cart->basket().isRedeemed(r.id);
        rewards.append({r.id, r.name.text(m_language), r.pointsCost, rewardKindCode(r.kind), rewardValueText(r),
                        redeemed || r.pointsCost <= left, redeemed});
    }
    m_rewards.setRows(rewards);

    QList<LoyaltyUsualItemListModel::Row> usual;
    for (const QString &itemId : m_member->recentItems) {
        const MenuItem *item = m_menu.item(itemId);
        if (!item || std::any_of(usual.cbegin(), usual.cend(), [&](const auto &row) { return row.itemId == itemId; }))
            continue; // gone from the menu, or listed twice
        usual.append({item->id, item->name.text(m_language), formatMoney(item->priceCents, m_language, m_currency),
                      item->image.isEmpty() ? QUrl() : QUrl::fromLocalFile(item->image), item->available});
    }
    m_usualItems.setRows(usual);
}

QString LoyaltyController::firstName() const { return m_member ? m_member->firstName : QString(); }
int LoyaltyController::points() const { return m_member ? m_member->points : 0; }
QString LoyaltyController::tier() const { return m_member ? m_member->tier : QString(); }
bool LoyaltyController::birthdayToday() const { return m_member && m_member->birthdayToday; }

QString LoyaltyController::nextTierName() const
{
    return m_member && m_member->nextTier ? m_member->nextTier->name : QString();
}

int LoyaltyController::nextTierPointsNeeded() const
{
    return m_member && m_member->nextTier ? std::max(m_member->nextTier->pointsNeeded, 0) : 0;
}

double LoyaltyController::nextTierProgress() const
{
    if (!m_member || !m_member->nextTier)
        return 0.0;
    const double have = std::max(m_member->points, 0);
    const double total = have + nextTierPointsNeeded();
    return total > 0 ? std::clamp(have / total, 0.0, 1.0) : 1.0;
}

const LoyaltyReward *LoyaltyController::nextReward() const
{
    // What the member is saving towards: the backend's next_reward, while still out of reach.
    if (!m_member || !m_member->nextReward || m_member->nextReward->pointsCost <= m_member->points)
        return nullptr;
    return &*m_member->nextReward;
}

QString LoyaltyController::nextRewardName() const
{
    const LoyaltyReward *next = nextReward();
    return next ? next->name.text(m_language) : QString();
}

int LoyaltyController::nextRewardPointsNeeded() const
{
    const LoyaltyReward *next = nextReward();
    return next ? next->pointsCost - m_member->points : 0;
}

double LoyaltyController::nextRewardProgress() const
{
    const LoyaltyReward *next = nextReward();
    if (!next || next->pointsCost <= 0)
        return 0.0;
    return std::clamp(double(std::max(m_member->points, 0)) / next->pointsCost, 0.0, 1.0);
}

int LoyaltyController::pointsEstimate() const
{
    if (!m_member)
        return 0;
    const Totals totals = m_cart->totals();
    return estimatePoints(totals.subtotal - totals.discount, *m_member, m_rules);
}

QString LoyaltyController::discountText() const
{
    return m_member ? m_cart->discountText() : QString();
}

} // namespace kiosk
