#include "square/squareloyaltymapping.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

std::optional<QJsonObject> relatedObject(const QJsonArray &related, const QString &id)
{
    for (const QJsonValue &value : related) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return std::nullopt;
}

// Whether the pricing rule's discount is off the whole order: no product set at all, or only
// ones that match every product. A discount off some items the kiosk would show (and count) as
// off the order, so such a tier is not offered.
bool wholeOrder(const QJsonObject &rule, const QJsonArray &related, QString *why)
{
    for (const QString &key : {u"match_products_id"_s, u"apply_products_id"_s, u"exclude_products_id"_s}) {
        const QString id = rule.value(key).toString();
        if (id.isEmpty())
            continue;
        const std::optional<QJsonObject> set = relatedObject(related, id);
        const bool all = set && set->value(u"product_set_data"_s).toObject().value(u"all_products"_s).toBool();
        if (key == u"exclude_products_id" || !all) {
            *why = u"its discount applies to some items only (%1)"_s.arg(key);
            return false;
        }
    }
    return true;
}

LocalizedText tierName(const QJsonObject &tier, const SquareRewardTexts &texts)
{
    LocalizedText name;
    const QString own = tier.value(u"name"_s).toString();
    const QString id = tier.value(u"id"_s).toString();
    for (qsizetype i = 0; i < texts.languages.size(); ++i) {
        const QString &language = texts.languages.at(i);
        const QString translated = texts.translations.value(language).toObject().value(id).toObject()
                                           .value(u"name"_s).toString();
        // The first language is Square's own; another without a translation shows Square's.
        name.byLanguage.insert(language, i > 0 && !translated.trimmed().isEmpty() ? translated : own);
    }
    if (texts.languages.isEmpty())
        name.byLanguage.insert(u"en"_s, own);
    return name;
}

} // namespace

std::optional<LoyaltyReward> rewardFromTier(const QJsonObject &tier, const QJsonObject &pricingRule,
                                            const QJsonArray &related, const QString &currency,
                                            const SquareRewardTexts &texts, QString *why)
{
    const QJsonObject rule = pricingRule.value(u"pricing_rule_data"_s).toObject();
    if (!wholeOrder(rule, related, why))
        return std::nullopt;
    const QString discountId = rule.value(u"discount_id"_s).toString();
    const std::optional<QJsonObject> discount = relatedObject(related, discountId);
    if (!discount) {
        *why = u"its pricing rule names no discount Square returned"_s;
        return std::nullopt;
    }
    const QJsonObject data = discount->value(u"discount_data"_s).toObject();
    const QString type = data.value(u"discount_type"_s).toString();

    LoyaltyReward reward;
    reward.id = tier.value(u"id"_s).toString();
    reward.name = tierName(tier, texts);
    reward.pointsCost = tier.value(u"points"_s).toInt();
    if (type == u"FIXED_AMOUNT") {
        const QJsonObject money = data.value(u"amount_money"_s).toObject();
        if (money.value(u"currency"_s).toString() != currency || money.value(u"amount"_s).toInteger() <= 0) {
            *why = u"its amount is not a positive amount in %1"_s.arg(currency);
            return std::nullopt;
        }
        reward.kind = LoyaltyReward::Kind::AmountOff;
        reward.amountCents = money.value(u"amount"_s).toInteger();
        return reward;
    }
    if (type == u"FIXED_PERCENTAGE") {
        // Square writes percentages as decimal strings ("7.25"); the kiosk's are whole.
        static const QRegularExpression Whole(u"^([1-9][0-9]?|100)(\\.0+)?$"_s);
        const QRegularExpressionMatch match = Whole.match(data.value(u"percentage"_s).toString());
        if (!match.hasMatch()) {
            *why = u"its percentage \"%1\" is not a whole number from 1 to 100"_s.arg(data.value(u"percentage"_s).toString());
            return std::nullopt;
        }
        if (data.contains(u"maximum_amount_money"_s)) {
            *why = u"its percentage has a maximum amount, which the kiosk cannot show"_s;
            return std::nullopt;
        }
        reward.kind = LoyaltyReward::Kind::PercentOff;
        reward.percent = match.captured(1).toInt();
        return reward;
    }
    *why = u"its discount type %1 has no kiosk equivalent"_s.arg(type.isEmpty() ? u"(none)"_s : type);
    return std::nullopt;
}

LoyaltyMember memberFromAccount(const QJsonObject &account, const QJsonObject &customer,
                                const QList<LoyaltyReward> &tiers)
{
    LoyaltyMember member;
    member.id = account.value(u"id"_s).toString();
    member.points = account.value(u"balance"_s).toInt();
    // Only what the screen greets with: never the whole family name.
    member.firstName = customer.value(u"given_name"_s).toString().trimmed();
    const QString family = customer.value(u"family_name"_s).toString().trimmed();
    if (!family.isEmpty())
        member.lastNameInitial = family.left(1).toUpper();
    QList<LoyaltyReward> sorted = tiers;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LoyaltyReward &a, const LoyaltyReward &b) { return a.pointsCost < b.pointsCost; });
    for (const LoyaltyReward &reward : std::as_const(sorted)) {
        if (reward.pointsCost <= member.points)
            member.rewards.append(reward);
        else if (!member.nextReward)
            member.nextReward = reward;
    }
    return member;
}

} // namespace kiosk
