#include "contract/membersearch.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {
constexpr qsizetype MaxIdentifierLength = 64;
} // namespace

QJsonObject MemberSearch::toContractJson() const
{
    return QJsonObject{{key, value}};
}

const QStringList &memberSearchKeys()
{
    static const QStringList keys = {u"phone"_s, u"member"_s, u"code"_s};
    return keys;
}

std::optional<MemberSearch> memberSearchFromContractJson(const QJsonObject &json, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    std::optional<MemberSearch> search;
    for (const QString &key : memberSearchKeys()) {
        if (!json.contains(key))
            continue;
        if (search) {
            *error = u"body: give exactly one of phone, member, code"_s;
            return std::nullopt;
        }
        const QJsonValue value = json.value(key);
        // JsonField's messages quote what they found; a phone number must not be quoted.
        if (!value.isString()) {
            *error = u"%1: expected a string"_s.arg(key);
            return std::nullopt;
        }
        const QString identifier = value.toString().trimmed();
        if (identifier.isEmpty() || identifier.size() > MaxIdentifierLength) {
            *error = u"%1: must be 1 to %2 characters"_s.arg(key).arg(MaxIdentifierLength);
            return std::nullopt;
        }
        search = MemberSearch{key, identifier};
    }
    if (!search)
        *error = u"body: give one of phone, member, code"_s;
    return search;
}

} // namespace kiosk
