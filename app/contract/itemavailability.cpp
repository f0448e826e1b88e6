#include "contract/itemavailability.h"

#include "contract/jsonfield.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QString rfc3339Utc(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonObject ItemAvailability::toContractJson() const
{
    if (available)
        return QJsonObject{{u"available"_s, true}};
    return QJsonObject{{u"available"_s, false}, {u"until"_s, rfc3339Utc(until)}};
}

std::optional<ItemAvailability> itemAvailabilityFromContractJson(const QJsonObject &json, const QDateTime &now,
                                                                 QString *error)
{
    for (const QString &key : json.keys()) {
        if (key != u"available"_s && key != u"until"_s) {
            *error = u"body: unknown key \"%1\" (expected \"available\" and \"until\")"_s.arg(key);
            return std::nullopt;
        }
    }
    const std::optional<bool> available = JsonField(json, QString(), u"available"_s).boolean(error);
    if (!available)
        return std::nullopt;
    const QJsonValue untilValue = json.value(u"until"_s);
    if (*available) {
        if (!untilValue.isUndefined() && !untilValue.isNull()) {
            *error = u"until: only with \"available\": false (a resumed item has no end)"_s;
            return std::nullopt;
        }
        return ItemAvailability::resumed();
    }
    if (untilValue.isUndefined() || untilValue.isNull()) {
        *error = u"until: required when \"available\" is false (when the pause ends, RFC 3339 UTC)"_s;
        return std::nullopt;
    }
    const std::optional<QDateTime> until = JsonField(untilValue, u"until"_s).utcTimestamp(error);
    if (!until)
        return std::nullopt;
    if (*until <= now) {
        *error = u"until: %1 is in the past (now is %2)"_s.arg(rfc3339Utc(*until), rfc3339Utc(now));
        return std::nullopt;
    }
    return ItemAvailability::pausedUntil(*until);
}

QJsonObject itemAvailabilityAnswer(const QString &itemId, const ItemAvailability &availability)
{
    return QJsonObject{
        {u"item_id"_s, itemId},
        {u"available"_s, availability.available},
        {u"until"_s, availability.available ? QJsonValue() : QJsonValue(rfc3339Utc(availability.until))},
    };
}

bool parseItemAvailabilityAnswer(const QByteArray &body, const QString &itemId, QString *error)
{
    const std::optional<QJsonObject> json = parseJsonBody(body, error);
    if (!json)
        return false;
    const std::optional<QString> id = JsonField(*json, QString(), u"item_id"_s).string(error);
    if (!id)
        return false;
    if (*id != itemId) {
        *error = u"item_id: expected \"%1\", got \"%2\""_s.arg(itemId, *id);
        return false;
    }
    return JsonField(*json, QString(), u"available"_s).boolean(error).has_value();
}

} // namespace kiosk
