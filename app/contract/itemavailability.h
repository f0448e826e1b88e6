#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk {

// The body of PUT /v1/menu/items/<id>/available (docs/backend-api.md, "Pausing an item"):
// {"available": false, "until": "<RFC 3339 UTC>"} pauses the item until then, {"available":
// true} ends a pause. The item id travels only in the path.
struct ItemAvailability
{
    bool available = true;
    QDateTime until; // UTC; invalid when available

    static ItemAvailability pausedUntil(const QDateTime &until) { return {false, until.toUTC()}; }
    static ItemAvailability resumed() { return {true, {}}; }

    QJsonObject toContractJson() const;
    bool operator==(const ItemAvailability &) const = default;
};

// `time` in UTC as RFC 3339 with "Z": whole seconds when it has no milliseconds
// ("2026-12-07T15:00:00Z"), with them otherwise.
QString rfc3339Utc(const QDateTime &time);

// nullopt with `error` set to the first broken rule ("until: ..." / "body: unknown key ..."):
// a pause needs an `until` strictly after `now`; nothing but "available" and "until".
std::optional<ItemAvailability> itemAvailabilityFromContractJson(const QJsonObject &json, const QDateTime &now,
                                                                 QString *error);

// The 200 answer: {"item_id", "available", "until"} (until null when available).
QJsonObject itemAvailabilityAnswer(const QString &itemId, const ItemAvailability &availability);
// Whether `body` is that answer for `itemId`; `error` says what is wrong otherwise.
bool parseItemAvailabilityAnswer(const QByteArray &body, const QString &itemId, QString *error);

} // namespace kiosk
