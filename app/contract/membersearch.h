#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiosk {

// The body of POST /v1/loyalty/members/search (docs/backend-api.md): who the kiosk looks for,
// sent in the body because a URL's query is kept by proxies and access logs. Exactly one of
// {"phone": "+1..."}, {"member": "..."} or {"code": "..."}.
struct MemberSearch
{
    QString key;   // "phone" | "member" | "code": memberSearchKeys()
    QString value; // trimmed, 1 to 64 characters

    QJsonObject toContractJson() const;
    bool operator==(const MemberSearch &) const = default;
};

// "phone", "member", "code": the identifiers a member can be looked up by.
const QStringList &memberSearchKeys();

// nullopt with `error` set to the first broken rule ("body: give one of phone, member, code",
// "body: give exactly one of phone, member, code", "phone: expected a string", "phone: must be
// 1 to 64 characters"). The messages never quote the value: it is a customer's identifier.
// Other fields are ignored, as everywhere in the contract.
std::optional<MemberSearch> memberSearchFromContractJson(const QJsonObject &json, QString *error);

} // namespace kiosk
