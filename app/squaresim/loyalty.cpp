#include "squaresim/loyalty.h"

#include "squaresim/catalog.h"
#include "squaresim/orders.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

Loyalty::Loyalty(const Catalog &catalog, Orders &orders, QString locationId)
    : m_catalog(catalog), m_orders(orders), m_locationId(std::move(locationId))
{
}

void Loyalty::load(const QJsonObject &program, const QJsonArray &accounts, const QJsonArray &customers)
{
    m_program = program;
    for (const QJsonValue &value : accounts) {
        const QString id = value.toObject().value(u"id"_s).toString();
        m_accountIds.append(id);
        m_accounts.insert(id, value.toObject());
    }
    for (const QJsonValue &value : customers)
        m_customers.insert(value.toObject().value(u"id"_s).toString(), value.toObject());
}

// Phone numbers in E.164 (https://developer.squareup.com/reference/square/objects/LoyaltyAccountMapping).
Response Loyalty::searchAccounts(const QJsonObject &body) const
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    const QJsonObject query = body.value(u"query"_s).toObject();
    QStringList phones, customerIds;
    const QJsonArray mappings = query.value(u"mappings"_s).toArray();
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const QString phone = mappings.at(i).toObject().value(u"phone_number"_s).toString();
        if (!e164.match(phone).hasMatch())
            return badRequest(u"INVALID_VALUE"_s, u"Expected a phone number in E.164 format."_s,
                              u"query.mappings[%1].phone_number"_s.arg(i));
        phones.append(phone);
    }
    for (const QJsonValue &value : query.value(u"customer_ids"_s).toArray())
        customerIds.append(value.toString());
    if (phones.isEmpty() == customerIds.isEmpty())
        return badRequest(u"BAD_REQUEST"_s, u"Give exactly one of query.mappings and query.customer_ids."_s, u"query"_s);
    QJsonArray found;
    for (const QString &id : m_accountIds) {
        const QJsonObject account = m_accounts.value(id);
        if (phones.contains(account.value(u"mapping"_s).toObject().value(u"phone_number"_s).toString())
            || customerIds.contains(account.value(u"customer_id"_s).toString()))
            found.append(account);
    }
    return squareJson(found.isEmpty() ? QJsonObject() : QJsonObject{{u"loyalty_accounts"_s, found}});
}

Response Loyalty::account(const QString &id) const
{
    if (!m_accounts.contains(id))
        return notFound(u"Loyalty account `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"loyalty_account"_s, m_accounts.value(id)}});
}

Response Loyalty::customer(const QString &id) const
{
    if (!m_customers.contains(id))
        return notFound(u"Customer `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"customer"_s, m_customers.value(id)}});
}

// "main" is the seller's one program (https://developer.squareup.com/reference/square/loyalty-api/retrieve-loyalty-program).
Response Loyalty::program(const QString &id) const
{
    if (id != u"main" && id != m_program.value(u"id"_s).toString())
        return notFound(u"Loyalty program `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"program"_s, m_program}});
}

std::optional<QJsonObject> Loyalty::tier(const QString &tierId) const
{
    for (const QJsonValue &value : m_program.value(u"reward_tiers"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == tierId)
            return value.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> Loyalty::tierDiscount(const QJsonObject &tier) const
{
    const QString ruleId = tier.value(u"pricing_rule_reference"_s).toObject().value(u"object_id"_s).toString();
    const std::optional<QJsonObject> rule = m_catalog.object(ruleId);
    if (!rule)
        return std::nullopt;
    const QString discountId = rule->value(u"pricing_rule_data"_s).toObject().value(u"discount_id"_s).toString();
    const std::optional<QJsonObject> discount = m_catalog.object(discountId);
    if (!discount)
        return std::nullopt;
    const QJsonObject data = discount->value(u"discount_data"_s).toObject();
    QJsonObject json{{u"catalog_object_id"_s, discountId}, {u"catalog_version"_s, discount->value(u"version"_s)},
                     {u"name"_s, data.value(u"name"_s)}, {u"type"_s, data.value(u"discount_type"_s)},
                     {u"pricing_rule_id"_s, ruleId}};
    for (const QString &key : {u"percentage"_s, u"amount_money"_s}) {
        if (data.contains(key))
            json.insert(key, data.value(key));
    }
    return json;
}

// Creating a reward locks the tier's points (taken from the balance) and, with an order_id,
// adds the tier's discount to the order (https://developer.squareup.com/docs/loyalty-api/loyalty-rewards).
Response Loyalty::createReward(const QJsonObject &body)
{
    const QString key = body.value(u"idempotency_key"_s).toString();
    const auto replay = [this](const QString &id) { return squareJson(QJsonObject{{u"reward"_s, m_rewards.value(id)}}); };
    if (auto known = m_keys.answer(u"CreateLoyaltyReward"_s, key, body, replay))
        return *known;

    const QJsonObject request = body.value(u"reward"_s).toObject();
    const QString accountId = request.value(u"loyalty_account_id"_s).toString();
    if (!m_accounts.contains(accountId))
        return notFound(u"Loyalty account `%1` not found."_s.arg(accountId));
    const std::optional<QJsonObject> rewardTier = tier(request.value(u"reward_tier_id"_s).toString());
    const std::optional<QJsonObject> discount = rewardTier ? tierDiscount(*rewardTier) : std::nullopt;
    if (!rewardTier || !discount)
        return badRequest(u"NOT_FOUND"_s, u"Reward tier not found in the program."_s, u"reward.reward_tier_id"_s);
    const qint64 points = rewardTier->value(u"points"_s).toInteger();
    QJsonObject &account = m_accounts[accountId];
    if (account.value(u"balance"_s).toInteger() < points)
        return badRequest(u"BAD_REQUEST"_s, u"The loyalty account does not have enough points for this reward."_s,
                          u"reward.reward_tier_id"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString orderId = request.value(u"order_id"_s).toString();
    if (!orderId.isEmpty()) {
        if (std::optional<Response> refused = m_orders.addRewardDiscount(orderId, id, rewardTier->value(u"id"_s).toString(), *discount))
            return *refused;
    }
    const QString now = rfc3339(nowMs());
    account.insert(u"balance"_s, account.value(u"balance"_s).toInteger() - points);
    account.insert(u"updated_at"_s, now);
    QJsonObject reward{{u"id"_s, id}, {u"status"_s, u"ISSUED"_s}, {u"loyalty_account_id"_s, accountId},
                       {u"reward_tier_id"_s, rewardTier->value(u"id"_s)}, {u"points"_s, points},
                       {u"created_at"_s, now}, {u"updated_at"_s, now}};
    if (!orderId.isEmpty())
        reward.insert(u"order_id"_s, orderId);
    m_rewardIds.append(id);
    m_rewards.insert(id, reward);
    m_keys.remember(u"CreateLoyaltyReward"_s, key, body, id);
    return squareJson(QJsonObject{{u"reward"_s, reward}});
}

// Deleting an ISSUED reward gives its points back and takes its discount off the order; a
// REDEEMED one cannot be deleted (https://developer.squareup.com/reference/square/loyalty-api/delete-loyalty-reward).
// The reward stays, DELETED, a terminal state (https://developer.squareup.com/docs/loyalty-api/loyalty-rewards).
Response Loyalty::deleteReward(const QString &id)
{
    if (!m_rewards.contains(id))
        return notFound(u"Loyalty reward `%1` not found."_s.arg(id));
    QJsonObject &reward = m_rewards[id];
    const QString status = reward.value(u"status"_s).toString();
    if (status != u"ISSUED")
        return badRequest(u"BAD_REQUEST"_s, u"A %1 reward cannot be deleted."_s.arg(status));
    QJsonObject &account = m_accounts[reward.value(u"loyalty_account_id"_s).toString()];
    account.insert(u"balance"_s, account.value(u"balance"_s).toInteger() + reward.value(u"points"_s).toInteger());
    if (reward.contains(u"order_id"_s))
        m_orders.removeRewardDiscount(reward.value(u"order_id"_s).toString(), id);
    reward.insert(u"status"_s, u"DELETED"_s);
    reward.insert(u"updated_at"_s, rfc3339(nowMs()));
    return squareJson(QJsonObject());
}

Response Loyalty::retrieveReward(const QString &id) const
{
    if (!m_rewards.contains(id))
        return notFound(u"Loyalty reward `%1` not found."_s.arg(id));
    return squareJson(QJsonObject{{u"reward"_s, m_rewards.value(id)}});
}

Response Loyalty::searchRewards(const QJsonObject &body) const
{
    const QJsonObject query = body.value(u"query"_s).toObject();
    const QString accountId = query.value(u"loyalty_account_id"_s).toString();
    const QString status = query.value(u"status"_s).toString();
    QJsonArray found;
    for (const QString &id : m_rewardIds) {
        const QJsonObject reward = m_rewards.value(id);
        if (reward.value(u"loyalty_account_id"_s).toString() == accountId
            && (status.isEmpty() || reward.value(u"status"_s).toString() == status))
            found.append(reward);
    }
    return squareJson(found.isEmpty() ? QJsonObject() : QJsonObject{{u"rewards"_s, found}});
}

void Loyalty::orderPaid(const QString &orderId)
{
    const QString now = rfc3339(nowMs());
    for (const QString &id : std::as_const(m_rewardIds)) {
        QJsonObject &reward = m_rewards[id];
        if (reward.value(u"order_id"_s).toString() != orderId || reward.value(u"status"_s).toString() != u"ISSUED")
            continue;
        reward.insert(u"status"_s, u"REDEEMED"_s);
        reward.insert(u"redeemed_at"_s, now);
        reward.insert(u"updated_at"_s, now);
    }
}

void Loyalty::addPoints(const QString &accountId, qint64 points)
{
    QJsonObject &account = m_accounts[accountId];
    account.insert(u"balance"_s, account.value(u"balance"_s).toInteger() + points);
    account.insert(u"lifetime_points"_s, account.value(u"lifetime_points"_s).toInteger() + points);
    account.insert(u"updated_at"_s, rfc3339(nowMs()));
}

// SPEND rules: `points` for every whole `amount_money` spent, before or after tax as the rule's
// tax_mode says (https://developer.squareup.com/reference/square/objects/LoyaltyProgramAccrualRule);
// of several rules, the one that grants the most points counts
// (https://developer.squareup.com/reference/square/loyalty-api/accumulate-loyalty-points).
qint64 Loyalty::pointsFor(const QJsonObject &order) const
{
    qint64 best = 0;
    for (const QJsonValue &value : m_program.value(u"accrual_rules"_s).toArray()) {
        const QJsonObject rule = value.toObject();
        if (rule.value(u"accrual_type"_s).toString() != u"SPEND")
            continue;
        const QJsonObject spend = rule.value(u"spend_data"_s).toObject();
        const qint64 unit = amountOf(spend.value(u"amount_money"_s));
        qint64 spent = amountOf(order.value(u"total_money"_s));
        if (spend.value(u"tax_mode"_s).toString() == u"BEFORE_TAX")
            spent -= amountOf(order.value(u"total_tax_money"_s));
        if (unit > 0)
            best = std::max(best, spent / unit * rule.value(u"points"_s).toInteger());
    }
    return best;
}

// Points are accumulated for an order once it is paid ("After the buyer pays for the order,
// you call the Loyalty API", https://developer.squareup.com/docs/loyalty-api/walkthrough1/accrue-points),
// and once per order: the simulator refuses before payment and a second time.
Response Loyalty::accumulate(const QString &accountId, const QJsonObject &body)
{
    if (!m_accounts.contains(accountId))
        return notFound(u"Loyalty account `%1` not found."_s.arg(accountId));
    const QString key = body.value(u"idempotency_key"_s).toString();
    const QString endpoint = u"AccumulateLoyaltyPoints/"_s + accountId;
    const auto replay = [this](const QString &id) { return squareJson(QJsonObject{{u"events"_s, m_accumulated.value(id)}}); };
    if (auto known = m_keys.answer(endpoint, key, body, replay))
        return *known;

    const QString orderId = body.value(u"accumulate_points"_s).toObject().value(u"order_id"_s).toString();
    if (orderId.isEmpty())
        return badRequest(u"MISSING_REQUIRED_PARAMETER"_s, u"The simulator accumulates by order_id."_s,
                          u"accumulate_points.order_id"_s);
    const std::optional<QJsonObject> order = m_orders.order(orderId);
    if (!order)
        return badRequest(u"NOT_FOUND"_s, u"Order `%1` not found."_s.arg(orderId), u"accumulate_points.order_id"_s);
    if (!m_orders.isPaid(orderId))
        return badRequest(u"BAD_REQUEST"_s, u"Points can be accumulated for a paid order only."_s, u"accumulate_points.order_id"_s);
    if (m_accumulated.contains(orderId))
        return badRequest(u"BAD_REQUEST"_s, u"Points were already accumulated for this order."_s, u"accumulate_points.order_id"_s);
    const qint64 points = pointsFor(*order);
    addPoints(accountId, points);
    const QJsonObject event{
        {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"type"_s, u"ACCUMULATE_POINTS"_s},
        {u"created_at"_s, rfc3339(nowMs())},
        {u"accumulate_points"_s, QJsonObject{{u"loyalty_program_id"_s, m_program.value(u"id"_s)},
                                             {u"points"_s, points}, {u"order_id"_s, orderId}}},
        {u"loyalty_account_id"_s, accountId},
        {u"location_id"_s, m_locationId},
        {u"source"_s, u"LOYALTY_API"_s},
    };
    m_accumulated.insert(orderId, QJsonArray{event});
    m_keys.remember(endpoint, key, body, orderId);
    return squareJson(QJsonObject{{u"events"_s, QJsonArray{event}}});
}

} // namespace kiosk::squaresim
