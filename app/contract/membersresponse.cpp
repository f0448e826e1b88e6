#include "contract/membersresponse.h"

#include "contract/jsonfield.h"

#include <QSet>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

constexpr qint64 MaxInt = std::numeric_limits<int>::max();
constexpr qint64 MaxCents = 100'000'000'00; // $100 million, as in orders

struct KindCode
{
    LoyaltyReward::Kind kind;
    QString code;
};

const QList<KindCode> &kindCodes()
{
    static const QList<KindCode> codes = {
        {LoyaltyReward::Kind::FreeItem, u"free_item"_s},
        {LoyaltyReward::Kind::AmountOff, u"amount_off"_s},
        {LoyaltyReward::Kind::PercentOff, u"percent_off"_s},
    };
    return codes;
}

// {"en": "...", "es": "..."}: every value a non-empty string, English required (the fallback).
std::optional<LocalizedText> localizedText(const QJsonObject &parent, const QString &path,
                                           const QString &key, QString *error)
{
    const JsonField field(parent, path, key);
    const auto object = field.object(error);
    if (!object)
        return std::nullopt;
    if (!object->contains(u"en"_s)) {
        *error = u"%1: needs an \"en\" text"_s.arg(field.path());
        return std::nullopt;
    }
    LocalizedText text;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const auto value = JsonField(it.value(), JsonField::join(field.path(), it.key())).string(error);
        if (!value)
            return std::nullopt;
        text.byLanguage.insert(it.key(), *value);
    }
    return text;
}

std::optional<LoyaltyReward> rewardFromJson(const QJsonValue &value, const QString &path,
                                            QString *error)
{
    const auto json = JsonField(value, path).object(error);
    if (!json)
        return std::nullopt;
    LoyaltyReward reward;
    const auto id = JsonField(*json, path, u"id"_s).string(error);
    if (!id)
        return std::nullopt;
    const auto name = localizedText(*json, path, u"name"_s, error);
    if (!name)
        return std::nullopt;
    const auto cost = JsonField(*json, path, u"points_cost"_s).integer(error, 0, MaxInt);
    if (!cost)
        return std::nullopt;
    const JsonField kindField(*json, path, u"kind"_s);
    const auto kind = kindField.string(error, true);
    if (!kind)
        return std::nullopt;
    const auto known = std::find_if(kindCodes().begin(), kindCodes().end(),
                                    [&](const KindCode &k) { return k.code == *kind; });
    if (known == kindCodes().end()) {
        *error = u"%1: expected \"free_item\", \"amount_off\" or \"percent_off\", got \"%2\""_s
                     .arg(kindField.path(), *kind);
        return std::nullopt;
    }
    reward.id = *id;
    reward.name = *name;
    reward.pointsCost = int(*cost);
    reward.kind = known->kind;
    switch (reward.kind) {
    case LoyaltyReward::Kind::FreeItem: {
        const auto itemId = JsonField(*json, path, u"item_id"_s).string(error);
        if (!itemId)
            return std::nullopt;
        reward.itemId = *itemId;
        break;
    }
    case LoyaltyReward::Kind::AmountOff: {
        const auto amount = JsonField(*json, path, u"amount_cents"_s).integer(error, 1, MaxCents);
        if (!amount)
            return std::nullopt;
        reward.amountCents = *amount;
        break;
    }
    case LoyaltyReward::Kind::PercentOff: {
        const auto percent = JsonField(*json, path, u"percent"_s).integer(error, 1, 100);
        if (!percent)
            return std::nullopt;
        reward.percent = int(*percent);
        break;
    }
    }
    return reward;
}

// "next_tier": {"name", "points_needed"} or null at the top tier.
std::optional<std::optional<LoyaltyNextTier>> nextTierFromJson(const QJsonObject &json,
                                                               const QString &path, QString *error)
{
    const JsonField field(json, path, u"next_tier"_s);
    if (field.isNull())
        return std::optional<LoyaltyNextTier>();
    const auto object = field.object(error);
    if (!object) {
        if (json.contains(u"next_tier"_s))
            *error = u"%1: expected null or an object, got %2"_s.arg(
                    field.path(), JsonField::describe(json.value(u"next_tier"_s)));
        return std::nullopt;
    }
    const auto name = JsonField(*object, field.path(), u"name"_s).string(error);
    if (!name)
        return std::nullopt;
    const auto needed = JsonField(*object, field.path(), u"points_needed"_s).integer(error, 0, MaxInt);
    if (!needed)
        return std::nullopt;
    return std::optional<LoyaltyNextTier>(LoyaltyNextTier{*name, int(*needed)});
}

// "next_reward": a reward or null when nothing is left to save for. A backend from before
// this field may leave it out: that reads as null.
std::optional<std::optional<LoyaltyReward>> nextRewardFromJson(const QJsonObject &json,
                                                               const QString &path, QString *error)
{
    const JsonField field(json, path, u"next_reward"_s);
    if (!json.contains(u"next_reward"_s) || field.isNull())
        return std::optional<LoyaltyReward>();
    auto reward = rewardFromJson(json.value(u"next_reward"_s), field.path(), error);
    if (!reward)
        return std::nullopt;
    return std::optional<LoyaltyReward>(std::move(*reward));
}

std::optional<LoyaltyMember> memberFromJson(const QJsonValue &value, const QString &path,
                                            QString *error)
{
    const auto json = JsonField(value, path).object(error);
    if (!json)
        return std::nullopt;
    LoyaltyMember member;
    const auto id = JsonField(*json, path, u"id"_s).string(error);
    if (!id)
        return std::nullopt;
    // A member who joined at a kiosk without giving a name has none (POST /v1/loyalty/members).
    const auto firstName = JsonField(*json, path, u"first_name"_s).string(error, true);
    if (!firstName)
        return std::nullopt;
    // A member may have no last name on file: the initial may be empty, not missing.
    const auto initial = JsonField(*json, path, u"last_name_initial"_s).string(error, true);
    if (!initial)
        return std::nullopt;
    const auto points = JsonField(*json, path, u"points"_s).integer(error, 0, MaxInt);
    if (!points)
        return std::nullopt;
    // A member who joined at this kiosk is cached before the backend answers, without the tier
    // only the backend names: the tier may be empty, not missing.
    const auto tier = JsonField(*json, path, u"tier"_s).string(error, true);
    if (!tier)
        return std::nullopt;
    auto nextTier = nextTierFromJson(*json, path, error);
    if (!nextTier)
        return std::nullopt;
    const auto birthday = JsonField(*json, path, u"birthday_today"_s).boolean(error);
    if (!birthday)
        return std::nullopt;
    const JsonField rewardsField(*json, path, u"rewards"_s);
    const auto rewards = rewardsField.array(error);
    if (!rewards)
        return std::nullopt;
    QSet<QString> rewardIds;
    for (qsizetype i = 0; i < rewards->size(); ++i) {
        const QString at = JsonField::index(rewardsField.path(), i);
        auto reward = rewardFromJson(rewards->at(i), at, error);
        if (!reward)
            return std::nullopt;
        if (rewardIds.contains(reward->id)) {
            *error = u"%1.id: duplicate reward \"%2\""_s.arg(at, reward->id);
            return std::nullopt;
        }
        rewardIds.insert(reward->id);
        member.rewards.append(std::move(*reward));
    }
    auto nextReward = nextRewardFromJson(*json, path, error);
    if (!nextReward)
        return std::nullopt;
    const auto recent = JsonField(*json, path, u"recent_items"_s).stringList(error);
    if (!recent)
        return std::nullopt;
    member.id = *id;
    member.firstName = *firstName;
    member.lastNameInitial = *initial;
    member.points = int(*points);
    member.tier = *tier;
    member.nextTier = *nextTier;
    member.birthdayToday = *birthday;
    member.nextReward = std::move(*nextReward);
    member.recentItems = *recent;
    return member;
}

QJsonObject localizedJson(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject rewardJson(const LoyaltyReward &reward)
{
    QJsonObject json{
        {u"id"_s, reward.id},
        {u"name"_s, localizedJson(reward.name)},
        {u"points_cost"_s, reward.pointsCost},
        {u"kind"_s, rewardKindCode(reward.kind)},
    };
    switch (reward.kind) {
    case LoyaltyReward::Kind::FreeItem:
        json.insert(u"item_id"_s, reward.itemId);
        break;
    case LoyaltyReward::Kind::AmountOff:
        json.insert(u"amount_cents"_s, reward.amountCents);
        break;
    case LoyaltyReward::Kind::PercentOff:
        json.insert(u"percent"_s, reward.percent);
        break;
    }
    return json;
}

} // namespace

QString rewardKindCode(LoyaltyReward::Kind kind)
{
    for (const KindCode &k : kindCodes()) {
        if (k.kind == kind)
            return k.code;
    }
    return QString();
}

std::optional<QList<LoyaltyMember>> parseMembersResponse(const QByteArray &body, QString *error)
{
    return readJsonBody(body, error, [](const QJsonObject &json, QString *error)
                                         -> std::optional<QList<LoyaltyMember>> {
        const auto array = JsonField(json, QString(), u"members"_s).array(error);
        if (!array)
            return std::nullopt;
        QList<LoyaltyMember> members;
        for (qsizetype i = 0; i < array->size(); ++i) {
            auto member = memberFromJson(array->at(i), JsonField::index(u"members"_s, i), error);
            if (!member)
                return std::nullopt;
            members.append(std::move(*member));
        }
        return members;
    });
}

std::optional<LoyaltyMember> parseMemberResponse(const QByteArray &body, QString *error)
{
    return readJsonBody(body, error, [](const QJsonObject &json, QString *error) {
        return memberFromJson(json, QString(), error);
    });
}

QJsonObject loyaltyMemberJson(const LoyaltyMember &member)
{
    QJsonArray rewards;
    for (const LoyaltyReward &reward : member.rewards)
        rewards.append(rewardJson(reward));
    QJsonValue nextTier; // null at the top tier
    if (member.nextTier) {
        nextTier = QJsonObject{{u"name"_s, member.nextTier->name},
                               {u"points_needed"_s, member.nextTier->pointsNeeded}};
    }
    return QJsonObject{
        {u"id"_s, member.id},
        {u"first_name"_s, member.firstName},
        {u"last_name_initial"_s, member.lastNameInitial},
        {u"points"_s, member.points},
        {u"tier"_s, member.tier},
        {u"next_tier"_s, nextTier},
        {u"birthday_today"_s, member.birthdayToday},
        {u"rewards"_s, rewards},
        {u"next_reward"_s, member.nextReward ? QJsonValue(rewardJson(*member.nextReward)) : QJsonValue()},
        {u"recent_items"_s, QJsonArray::fromStringList(member.recentItems)},
    };
}

QJsonObject membersResponseJson(const QList<LoyaltyMember> &members)
{
    QJsonArray list;
    for (const LoyaltyMember &member : members)
        list.append(loyaltyMemberJson(member));
    return QJsonObject{{u"members"_s, list}};
}

} // namespace kiosk
