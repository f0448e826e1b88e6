#include "domain/availabilitywindow.h"

#include <algorithm>

namespace kiosk {

namespace {

constexpr int LookAheadDays = 8;

bool startsOn(const AvailabilityWindow &w, const QDate &date)
{
    return w.days.contains(Qt::DayOfWeek(date.dayOfWeek()));
}

bool isOpenOnWallClock(const AvailabilityWindow &w, const QDate &date, const QTime &time)
{
    if (w.from < w.to)
        return startsOn(w, date) && time >= w.from && time < w.to;
    // Past midnight: the evening of a day it starts on, or the small hours after one.
    return (startsOn(w, date) && time >= w.from) || (startsOn(w, date.addDays(-1)) && time < w.to);
}

// Every offset from UTC the zone uses between `from` and `to`, so each wall-clock time can be
// turned into all the instants that show it (two in an autumn's repeated hour, none in a
// spring's skipped one).
QList<int> offsetsBetween(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    QList<int> offsets{zone.offsetFromUtc(from)};
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        if (!offsets.contains(t.offsetFromUtc))
            offsets.append(t.offsetFromUtc);
    }
    return offsets;
}

} // namespace

bool isOpenAt(const QList<AvailabilityWindow> &windows, const QDateTime &utc, const QTimeZone &zone)
{
    if (windows.isEmpty())
        return true;
    const QDateTime local = utc.toTimeZone(zone);
    return std::any_of(windows.cbegin(), windows.cend(), [&](const AvailabilityWindow &w) {
        return isOpenOnWallClock(w, local.date(), local.time());
    });
}

std::optional<QDateTime> nextChangeAfter(const QList<AvailabilityWindow> &windows,
                                         const QDateTime &utc, const QTimeZone &zone)
{
    if (windows.isEmpty())
        return std::nullopt;
    const QDateTime start = utc.toUTC();
    const QDateTime end = start.addDays(LookAheadDays);
    // The answer can only change where the wall clock reaches a window's edge or jumps (a
    // daylight-saving change): collect those instants, then find the first that differs.
    QList<QDateTime> candidates;
    for (const QTimeZone::OffsetData &t : zone.transitions(start, end))
        candidates.append(t.atUtc);
    const QList<int> offsets = offsetsBetween(zone, start.addDays(-1), end);
    const QDate firstDay = start.toTimeZone(zone).date().addDays(-1);
    for (QDate day = firstDay; day <= firstDay.addDays(LookAheadDays + 2); day = day.addDays(1)) {
        for (const AvailabilityWindow &w : windows) {
            for (const QTime &edge : {w.from, w.to}) {
                for (const int offset : offsets) {
                    const QDateTime at = QDateTime(day, edge, Qt::UTC).addSecs(-offset);
                    const QDateTime local = at.toTimeZone(zone);
                    if (local.date() == day && local.time() == edge)
                        candidates.append(at);
                }
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    const bool open = isOpenAt(windows, start, zone);
    for (const QDateTime &at : std::as_const(candidates)) {
        if (at <= start || at > end)
            continue;
        if (isOpenAt(windows, at, zone) != open)
            return at.toUTC();
    }
    return std::nullopt;
}

} // namespace kiosk
