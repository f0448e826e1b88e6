#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

namespace kiosk {

class JsonReader;

// kiosk.json "time_zone" and "business_day_starts_at": the store's wall clock, on which menu
// dayparts ("available_at") are read and a pause "until the next business day" ends.
struct StoreTimeSettings
{
    QByteArray timeZoneId;              // time_zone, an IANA name; empty: the system's zone
    QTime businessDayStartsAt{4, 0};    // business_day_starts_at, "HH:MM"

    // The zone itself, resolved when asked: without time_zone, the system's zone as it is now.
    QTimeZone timeZone() const;

    bool operator==(const StoreTimeSettings &) const = default;
};

// Reads both optional keys of `root` into `settings`, reporting through `reader`
// ("kiosk.json: time_zone: ..."); false on any problem, with `settings` unchanged.
bool readStoreTimeSettings(JsonReader &reader, const QJsonObject &root, StoreTimeSettings *settings);

} // namespace kiosk
