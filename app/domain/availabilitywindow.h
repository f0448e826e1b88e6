#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace kiosk {

// When a category or an item is on sale ("available_at" in menu.json): on `days`, from `from`
// up to but not including `to`, on the store's wall clock. A window with `to` before `from`
// runs past midnight and belongs to the day it starts on (fri 22:00-02:00 covers sat 01:00).
struct AvailabilityWindow
{
    QList<Qt::DayOfWeek> days; // the days the window starts on
    QTime from;
    QTime to;

    bool operator==(const AvailabilityWindow &) const = default;
};

// Whether any of `windows` is open at the instant `utc`, read on the wall clock of `zone`.
// No windows: always open. Wall-clock rules across daylight-saving changes: a 06:00 start is
// 06:00 local on both sides; a boundary inside the hour skipped in spring takes effect when the
// clock jumps past it (a 02:30 start opens at 03:00); in the hour repeated in autumn the
// wall clock reads each time twice, and so does the window (a 01:00-01:30 window opens in both
// passes).
bool isOpenAt(const QList<AvailabilityWindow> &windows, const QDateTime &utc, const QTimeZone &zone);

// The first instant after `utc` (in UTC) at which isOpenAt's answer changes, looking 8 days
// ahead; nullopt when it does not change in that time (no windows, or windows that cover the
// whole week). For a timer that refreshes the menu at the boundary.
std::optional<QDateTime> nextChangeAfter(const QList<AvailabilityWindow> &windows,
                                         const QDateTime &utc, const QTimeZone &zone);

} // namespace kiosk
