#include "config/storetimesettings.h"

#include "config/availabilityreader.h"
#include "config/jsonreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Qt 6.4 lists only zone.tab's names as available, so it refuses "Etc/UTC" (what many servers
// run on) and links such as "US/Pacific"; the tz database's own file for the name says it is one.
bool isKnownZone(const QByteArray &id)
{
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    if (id.contains("..") || id.startsWith('/') || !QTimeZone(id).isValid())
        return false;
    const QByteArray dir = qEnvironmentVariableIsSet("TZDIR") ? qgetenv("TZDIR") : QByteArray("/usr/share/zoneinfo");
    return QFileInfo(QString::fromUtf8(dir + '/' + id)).isFile();
}

} // namespace

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
            if (isKnownZone(id))
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
