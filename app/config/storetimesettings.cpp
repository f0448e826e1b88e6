#include "config/storetimesettings.h"

#include "config/availabilityreader.h"
#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

QTimeZone StoreTimeSettings::timeZone() const
{
    return timeZoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZoneId);
}

bool readStoreTimeSettings(JsonReader &reader, const QJsonObject &root, StoreTimeSettings *settings)
{
    const qsizetype errorsBefore = reader.errorCount();
    StoreTimeSettings read = *settings;
    const QString zoneKey = u"time_zone"_s;
    if (root.contains(zoneKey)) {
        if (const auto name = reader.string(root, {}, zoneKey)) {
            const QByteArray id = name->toUtf8();
            if (QTimeZone::isTimeZoneIdAvailable(id))
                read.timeZoneId = id;
            else
                reader.error(zoneKey, u"unknown time zone \"%1\" (an IANA name such as \"America/Los_Angeles\")"_s.arg(*name));
        }
    }
    const QString dayKey = u"business_day_starts_at"_s;
    if (root.contains(dayKey)) {
        if (const auto time = readClockTime(reader, root, {}, dayKey))
            read.businessDayStartsAt = *time;
    }
    if (reader.errorCount() != errorsBefore)
        return false;
    *settings = read;
    return true;
}

} // namespace kiosk
