#include "refpos/loyaltyledger.h"

#include "refpos/grantedrewards.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

constexpr qsizetype MaxRecentItems = 5;

struct Tier
{
    QString name;
    qint64 lifetimePoints; // from this many points earned in all
};

// Tiers follow the points a member has earned in all, so redeeming never costs a tier.
const QList<Tier> &tierLadder()
{
    static const QList<Tier> ladder = {
        {u"Silver"_s, 0}, {u"Gold"_s, 2500}, {u"Platinum"_s, 6000}};
    return ladder;
}

// The member's column list, in the order memberFromRow() reads it.
constexpr const char *MemberColumns =
    "id, first_name, last_name, points, lifetime_points,"
    " coalesce(birthday = strftime('%m-%d', 'now', 'localtime'), 0), recent_items";

// Member ids go to the kiosk's logs in its last_error: never more than the last two characters.
QString masked(const QString &id)
{
    return u"…"_s + id.right(2);
}

// The reward columns, in the order rewardFromRow() reads them.
constexpr const char *RewardColumns = "id, name_en, name_es, points_cost, kind, item_id, amount_cents, percent";

LoyaltyReward rewardFromRow(const Statement &row)
{
    LoyaltyReward reward;
    reward.id = row.text(0);
    reward.name.byLanguage = {{u"en"_s, row.text(1)}, {u"es"_s, row.text(2)}};
    reward.pointsCost = int(row.int64(3));
    const QString kind = row.text(4);
    if (kind == u"free_item") {
        reward.kind = LoyaltyReward::Kind::FreeItem;
        reward.itemId = row.text(5);
    } else if (kind == u"amount_off") {
        reward.kind = LoyaltyReward::Kind::AmountOff;
        reward.amountCents = row.int64(6);
    } else {
        reward.kind = LoyaltyReward::Kind::PercentOff;
        reward.percent = int(row.int64(7));
    }
    return reward;
}

} // namespace

const LoyaltyRules &LoyaltyLedger::rules()
{
    static const LoyaltyRules rules = [] {
        LoyaltyRules r;
        r.enabled = true;
        r.pointsPerDollar = 10;
        r.tierMultiplierPercent = {{u"Silver"_s, 100}, {u"Gold"_s, 150}, {u"Platinum"_s, 200}};
        r.birthdayBonusPoints = 100;
        return r;
    }();
    return rules;
}

std::optional<LoyaltyMember> LoyaltyLedger::memberFromRow(const Statement &row, QString *error)
{
    LoyaltyMember member;
    member.id = row.text(0);
    member.firstName = row.text(1);
    member.lastNameInitial = row.text(2).left(1);
    member.points = int(row.int64(3));
    const qint64 lifetime = row.int64(4);
    member.birthdayToday = row.int64(5) != 0;
    const QJsonArray recent = QJsonDocument::fromJson(row.text(6).toUtf8()).array();
    for (const QJsonValue &item : recent)
        member.recentItems.append(item.toString());

    const QList<Tier> &ladder = tierLadder();
    for (qsizetype i = 0; i < ladder.size(); ++i) {
        if (lifetime < ladder.at(i).lifetimePoints)
            break;
        member.tier = ladder.at(i).name;
        member.nextTier.reset();
        if (i + 1 < ladder.size())
            member.nextTier = LoyaltyNextTier{ladder.at(i + 1).name,
                                              int(ladder.at(i + 1).lifetimePoints - lifetime)};
    }

    // What they can use now (their one-use gifts first), then the cheapest reward still out
    // of reach (next_reward).
    const std::optional<QList<LoyaltyReward>> granted = GrantedRewards(m_db).unused(member.id, error);
    if (!granted)
        return std::nullopt;
    member.rewards = *granted;
    const auto rewardQuery = [](const char *where) {
        return u"SELECT %1 FROM loyalty_rewards WHERE %2"_s.arg(QLatin1String(RewardColumns),
                                                                 QLatin1String(where)).toLatin1();
    };
    Statement rewards = m_db.prepare(rewardQuery(
        "(birthday_only = 0 AND points_cost <= ?1) OR (birthday_only = 1 AND ?2)"
        " ORDER BY birthday_only DESC, points_cost, id").constData());
    rewards.bind(1, qint64(member.points)).bind(2, qint64(member.birthdayToday));
    while (rewards.next())
        member.rewards.append(rewardFromRow(rewards));
    Statement next = m_db.prepare(rewardQuery(
        "birthday_only = 0 AND points_cost > ?1 ORDER BY points_cost, id LIMIT 1").constData());
    next.bind(1, qint64(member.points));
    if (next.next())
        member.nextReward = rewardFromRow(next);
    if (rewards.failed() || next.failed()) {
        *error = u"cannot read the rewards: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    return member;
}

std::optional<QList<LoyaltyMember>> LoyaltyLedger::find(Key key, const QString &value, QString *error)
{
    const char *sql = nullptr;
    switch (key) {
    case Key::Phone:
        sql = "SELECT %1 FROM loyalty_members WHERE phone = ?1 ORDER BY first_name, id";
        break;
    case Key::MemberNumber:
        sql = "SELECT %1 FROM loyalty_members WHERE member_number = ?1";
        break;
    case Key::CardCode:
        sql = "SELECT %1 FROM loyalty_members WHERE card_code = ?1";
        break;
    }
    const QByteArray query = QString::fromLatin1(sql).arg(QLatin1String(MemberColumns)).toLatin1();
    Statement row = m_db.prepare(query.constData());
    row.bind(1, value);
    QList<LoyaltyMember> members;
    while (row.next()) {
        std::optional<LoyaltyMember> member = memberFromRow(row, error);
        if (!member)
            return std::nullopt;
        members.append(std::move(*member));
    }
    if (row.failed()) {
        *error = u"cannot look members up: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    return members;
}

std::optional<LoyaltyMember> LoyaltyLedger::member(const QString &id, QString *error)
{
    const QByteArray query =
        QString::fromLatin1("SELECT %1 FROM loyalty_members WHERE id = ?1")
            .arg(QLatin1String(MemberColumns)).toLatin1();
    Statement row = m_db.prepare(query.constData());
    row.bind(1, id);
    if (row.next())
        return memberFromRow(row, error);
    *error = row.failed() ? u"cannot read the member: %1"_s.arg(m_db.lastError()) : QString();
    return std::nullopt;
}

std::optional<LoyaltyLedger::Settlement> LoyaltyLedger::settle(const Order &order, QString *error)
{
    Settlement settlement;
    if (!order.loyalty)
        return settlement;
    const LoyaltyClaim &claim = *order.loyalty;
    const auto refuse = [&](const QString &rewardId, const QString &reason) {
        settlement.adjustments.append({u"reward"_s, rewardId, u"refused"_s, reason});
    };
    const std::optional<LoyaltyMember> found = member(claim.memberId, error);
    if (!found) {
        if (!error->isEmpty())
            return std::nullopt;
        for (const QString &rewardId : claim.rewardIds)
            refuse(rewardId, u"no member %1"_s.arg(masked(claim.memberId)));
        return settlement; // an unknown member: the order goes on, no points
    }

    qint64 cost = 0;
    GrantedRewards granted(m_db);
    const QString orderId = order.id.toString(QUuid::WithoutBraces);
    for (const QString &rewardId : claim.rewardIds) {
        // A gift (the welcome reward) is the member's alone, once, at no cost.
        const std::optional<GrantedRewards::State> gift = granted.state(claim.memberId, rewardId, error);
        if (!gift)
            return std::nullopt;
        if (*gift == GrantedRewards::State::Used) {
            refuse(rewardId, u"already used"_s);
            continue;
        }
        if (*gift == GrantedRewards::State::Unused) {
            if (!granted.use(claim.memberId, rewardId, orderId, error))
                return std::nullopt;
            continue;
        }
        Statement reward = m_db.prepare(
            "SELECT points_cost, birthday_only FROM loyalty_rewards WHERE id = ?1");
        reward.bind(1, rewardId);
        if (!reward.next()) {
            if (reward.failed()) {
                *error = u"cannot read the reward: %1"_s.arg(m_db.lastError());
                return std::nullopt;
            }
            refuse(rewardId, u"no such reward"_s);
        } else if (reward.int64(1) != 0 && !found->birthdayToday) {
            refuse(rewardId, u"only for the member's birthday"_s);
        } else if (cost + reward.int64(0) > found->points) {
            // In the order's own order: the rewards before it are honoured first.
            refuse(rewardId, u"costs %1 points, the member has %2 left"_s.arg(reward.int64(0))
                                 .arg(found->points - cost));
        } else {
            cost += reward.int64(0);
        }
    }

    settlement.pointsRedeemed = cost;
    settlement.pointsEarned =
        estimatePoints(order.totals.subtotal - order.totals.discount, *found, rules());
    QStringList recent;
    for (const OrderLine &line : order.lines) {
        if (!recent.contains(line.itemId))
            recent.append(line.itemId);
    }
    for (const QString &item : found->recentItems) {
        if (!recent.contains(item))
            recent.append(item);
    }
    const QByteArray recentJson =
        QJsonDocument(QJsonArray::fromStringList(recent.mid(0, MaxRecentItems))).toJson(QJsonDocument::Compact);
    Statement update = m_db.prepare(
        "UPDATE loyalty_members SET points = points - ?2 + ?3,"
        " lifetime_points = lifetime_points + ?3, recent_items = ?4 WHERE id = ?1");
    if (!update.bind(1, claim.memberId).bind(2, cost).bind(3, qint64(settlement.pointsEarned))
             .bind(4, QString::fromUtf8(recentJson)).exec()) {
        *error = u"cannot update the member's points: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    return settlement;
}

bool LoyaltyLedger::setPoints(const QString &memberId, int points, QString *error)
{
    Statement update = m_db.prepare("UPDATE loyalty_members SET points = ?2 WHERE id = ?1");
    if (!update.bind(1, memberId).bind(2, qint64(points)).exec()) {
        *error = u"cannot set the points: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

bool LoyaltyLedger::reverse(const QString &memberId, const QString &orderId, qint64 redeemed,
                            qint64 earned, QString *error)
{
    if (!GrantedRewards(m_db).giveBack(orderId, error))
        return false;
    Statement update = m_db.prepare(
        "UPDATE loyalty_members SET points = max(0, points + ?2 - ?3),"
        " lifetime_points = max(0, lifetime_points - ?3) WHERE id = ?1");
    if (!update.bind(1, memberId).bind(2, redeemed).bind(3, earned).exec()) {
        *error = u"cannot give the order's points back: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

} // namespace kiosk::refpos
