#include "refpos/grantedrewards.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

bool GrantedRewards::grant(const QString &memberId, const LoyaltyReward &reward, QString *error)
{
    Statement insert = m_db.prepare(
        "INSERT INTO loyalty_granted_rewards (member_id, reward_id, name_en, name_es, item_id,"
        " granted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert.bind(1, memberId).bind(2, reward.id).bind(3, reward.name.text(u"en"_s))
             .bind(4, reward.name.text(u"es"_s)).bind(5, reward.itemId)
             .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).exec()) {
        *error = u"cannot grant the reward: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

std::optional<QList<LoyaltyReward>> GrantedRewards::unused(const QString &memberId, QString *error)
{
    Statement row = m_db.prepare(
        "SELECT reward_id, name_en, name_es, item_id FROM loyalty_granted_rewards"
        " WHERE member_id = ?1 AND used_by_order IS NULL ORDER BY granted_at, reward_id");
    row.bind(1, memberId);
    QList<LoyaltyReward> rewards;
    while (row.next()) {
        LoyaltyReward reward;
        reward.id = row.text(0);
        reward.name.byLanguage = {{u"en"_s, row.text(1)}, {u"es"_s, row.text(2)}};
        reward.kind = LoyaltyReward::Kind::FreeItem;
        reward.itemId = row.text(3);
        rewards.append(reward);
    }
    if (row.failed()) {
        *error = u"cannot read the granted rewards: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    return rewards;
}

std::optional<GrantedRewards::State> GrantedRewards::state(const QString &memberId,
                                                           const QString &rewardId, QString *error)
{
    Statement row = m_db.prepare(
        "SELECT used_by_order IS NOT NULL FROM loyalty_granted_rewards"
        " WHERE member_id = ?1 AND reward_id = ?2");
    row.bind(1, memberId).bind(2, rewardId);
    if (row.next())
        return row.int64(0) != 0 ? State::Used : State::Unused;
    if (row.failed()) {
        *error = u"cannot read the granted reward: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    return State::NotGranted;
}

bool GrantedRewards::use(const QString &memberId, const QString &rewardId, const QString &orderId,
                         QString *error)
{
    Statement update = m_db.prepare(
        "UPDATE loyalty_granted_rewards SET used_by_order = ?3 WHERE member_id = ?1 AND reward_id = ?2");
    if (!update.bind(1, memberId).bind(2, rewardId).bind(3, orderId).exec()) {
        *error = u"cannot use the granted reward: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

bool GrantedRewards::giveBack(const QString &orderId, QString *error)
{
    Statement update = m_db.prepare(
        "UPDATE loyalty_granted_rewards SET used_by_order = NULL WHERE used_by_order = ?1");
    if (!update.bind(1, orderId).exec()) {
        *error = u"cannot give the granted rewards back: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

std::optional<LoyaltyReward> welcomeReward(const QJsonObject &menu, const QString &itemId, QString *error)
{
    const QJsonArray items = menu.value(u"items"_s).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(u"id"_s).toString() != itemId)
            continue;
        const QJsonObject name = item.value(u"name"_s).toObject();
        const QString en = name.value(u"en"_s).toString(itemId);
        LoyaltyReward reward;
        reward.id = u"welcome_"_s + itemId;
        reward.name.byLanguage = {{u"en"_s, u"Welcome gift: "_s + en},
                                  {u"es"_s, u"Regalo de bienvenida: "_s + name.value(u"es"_s).toString(en)}};
        reward.pointsCost = 0;
        reward.kind = LoyaltyReward::Kind::FreeItem;
        reward.itemId = itemId;
        return reward;
    }
    *error = u"--welcome-reward-item: \"%1\" is not an item of the --menu"_s.arg(itemId);
    return std::nullopt;
}

} // namespace kiosk::refpos
