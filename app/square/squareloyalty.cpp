#include "square/squareloyalty.h"

#include "square/squareclient.h"
#include "square/squareloyaltymapping.h"
#include "square/squaretranslations.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Square's words without its `detail`, which may quote the request (the phone number): the
// status and the error codes are enough for staff and the log.
QString codesOnly(const SquareReply &reply)
{
    if (reply.http.isNetworkError())
        return errorKindName(reply.http.error);
    QString words = u"HTTP %1"_s.arg(reply.http.status);
    for (const SquareError &error : reply.errors)
        words += u" %1/%2"_s.arg(error.category, error.code);
    return words;
}

// The tier names' Spanish (and other languages) come from the catalog translations file, keyed
// by the tier's id. A file that cannot be read gives Square's names: the menu fetch reports it.
QJsonObject readTranslations(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return parseSquareTranslations(file.readAll(), &error).value_or(QJsonObject());
}

} // namespace

SquareLoyalty::SquareLoyalty(SquareClient &lookupClient, const SyncSettings &settings)
    : m_client(lookupClient), m_settings(settings)
{
}

LookupOutcome SquareLoyalty::lookupMember(LoyaltyLookupKind kind, const QString &identifier)
{
    LookupOutcome outcome;
    if (kind != LoyaltyLookupKind::Phone) {
        // Square's SearchLoyaltyAccounts takes a phone number or a customer id, nothing a
        // customer could type at a kiosk besides the phone number.
        outcome.result = LookupOutcome::Refused{u"Square finds members by phone number only"_s};
        return outcome;
    }
    QString why;
    if (!m_client.ready(&why)) {
        outcome.result = LookupOutcome::Unavailable{why};
        return outcome;
    }
    const std::optional<QList<LoyaltyReward>> tiers = rewards(&outcome);
    if (!tiers)
        return outcome;

    const QJsonObject query{{u"mappings"_s, QJsonArray{QJsonObject{{u"phone_number"_s, identifier}}}}};
    const SquareReply reply = m_client.post("/v2/loyalty/accounts/search", QJsonObject{{u"query"_s, query}});
    reply.fill(outcome);
    if (!reply.ok()) {
        fail(reply, u"searching loyalty accounts"_s, &outcome);
        return outcome;
    }
    QList<LoyaltyMember> members;
    for (const QJsonValue &value : reply.json.value(u"loyalty_accounts"_s).toArray()) {
        const QJsonObject account = value.toObject();
        const std::optional<QJsonObject> person = customer(account.value(u"customer_id"_s).toString(), &outcome);
        if (!person)
            return outcome;
        members.append(memberFromAccount(account, *person, *tiers));
    }
    if (members.isEmpty())
        outcome.result = LookupOutcome::NotFound{};
    else
        outcome.result = LookupOutcome::Found{members};
    return outcome;
}

std::optional<QList<LoyaltyReward>> SquareLoyalty::rewards(LookupOutcome *outcome)
{
    if (m_rewards && !m_rewardsExpire.hasExpired())
        return m_rewards;
    std::optional<QList<LoyaltyReward>> read = readProgram(outcome);
    if (read) {
        m_rewards = read;
        m_rewardsExpire.setRemainingTime(ProgramTtlMs);
    }
    return read;
}

std::optional<QList<LoyaltyReward>> SquareLoyalty::readProgram(LookupOutcome *outcome)
{
    const SquareReply program = m_client.get("/v2/loyalty/programs/main");
    program.fill(*outcome);
    if (program.kind() == SquareReply::Kind::NotFound) {
        outcome->result = LookupOutcome::Refused{u"the Square account has no loyalty program"_s};
        return std::nullopt;
    }
    if (!program.ok()) {
        fail(program, u"reading the loyalty program"_s, outcome);
        return std::nullopt;
    }
    const SquareRewardTexts texts{m_settings.languages, readTranslations(m_settings.squareTranslationsFile)};
    QList<LoyaltyReward> rewards;
    const QJsonArray tiers = program.json.value(u"program"_s).toObject().value(u"reward_tiers"_s).toArray();
    for (const QJsonValue &value : tiers) {
        const QJsonObject tier = value.toObject();
        const QString tierId = tier.value(u"id"_s).toString();
        const QString ruleId = tier.value(u"pricing_rule_reference"_s).toObject().value(u"object_id"_s).toString();
        // The tier says what it gives only through its pricing rule and that rule's discount.
        const SquareReply rule = m_client.get("/v2/catalog/object/" + QUrl::toPercentEncoding(ruleId)
                                              + "?include_related_objects=true");
        rule.fill(*outcome);
        QString why;
        std::optional<LoyaltyReward> reward;
        if (rule.ok()) {
            reward = rewardFromTier(tier, rule.json.value(u"object"_s).toObject(),
                                    rule.json.value(u"related_objects"_s).toArray(), m_settings.currency, texts, &why);
        } else if (rule.kind() == SquareReply::Kind::NotFound || rule.kind() == SquareReply::Kind::Refused) {
            why = u"its pricing rule cannot be read (%1)"_s.arg(codesOnly(rule));
        } else {
            fail(rule, u"reading a reward tier's pricing rule"_s, outcome);
            return std::nullopt;
        }
        if (reward)
            rewards.append(*reward);
        else
            qCWarning(lcSync).noquote() << "Square reward tier" << tierId << "is not offered at the kiosk:" << why;
    }
    return rewards;
}

std::optional<QJsonObject> SquareLoyalty::customer(const QString &customerId, LookupOutcome *outcome)
{
    // An account need not belong to a customer: the kiosk then greets without a name.
    if (customerId.isEmpty())
        return QJsonObject();
    const SquareReply reply = m_client.get("/v2/customers/" + QUrl::toPercentEncoding(customerId));
    reply.fill(*outcome);
    if (reply.kind() == SquareReply::Kind::NotFound)
        return QJsonObject();
    if (!reply.ok()) {
        fail(reply, u"reading the member's customer"_s, outcome);
        return std::nullopt;
    }
    return reply.json.value(u"customer"_s).toObject();
}

void SquareLoyalty::fail(const SquareReply &reply, const QString &what, LookupOutcome *outcome)
{
    const QString reason = u"%1: %2"_s.arg(what, codesOnly(reply));
    // A request Square refuses as such (a malformed phone number) would be refused again: the
    // cache would only hide it. Anything else (no answer, overload, a refused token, a mangled
    // answer) is Square unavailable, and the offline cache may answer.
    if (reply.kind() == SquareReply::Kind::Refused)
        outcome->result = LookupOutcome::Refused{reason};
    else
        outcome->result = LookupOutcome::Unavailable{reason};
}

} // namespace kiosk
