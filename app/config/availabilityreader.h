#pragma once

#include "domain/availabilitywindow.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace kiosk {

class JsonReader;

// Reads the optional "available_at" array of `o` (a category, an item or a combo at `path`):
// [{"days": ["mon", ...], "from": "06:00", "to": "10:30"}, ...]. Absent: no windows (always
// on sale). Every problem is reported through `reader` with its exact path; the windows read
// well are returned either way, and the caller's error count decides.
QList<AvailabilityWindow> readAvailabilityWindows(JsonReader &reader, const QJsonObject &o,
                                                  const QString &path);

// A wall-clock time "HH:MM" (00:00 to 23:59, two digits each) under `key`; reports why one is
// refused ("25:00", "6:00", "10:60", "24:00") and returns nullopt.
std::optional<QTime> readClockTime(JsonReader &reader, const QJsonObject &o, const QString &path,
                                   const QString &key);

} // namespace kiosk
