#include "domain/pauseduration.h"

namespace kiosk {

namespace {

bool readsAt(const QDateTime &utc, const QTimeZone &zone, QDate date, QTime time)
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.date() == date && local.time() == time;
}

// The first instant on `date` that the wall clock in `zone` reads `time`. Built from UTC and
// the zone's offsets rather than QDateTime(date, time, zone), whose choice in a skipped or
// repeated hour Qt 6.4 does not document.
QDateTime businessDayStart(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime wall(date, time, Qt::UTC);
    // The offsets a day either side: transitions are months apart, so these are the offsets
    // before and after any transition on `date`.
    const int before = zone.offsetFromUtc(wall.addDays(-1));
    const int after = zone.offsetFromUtc(wall.addDays(1));
    // The offset before a change first: when the clocks go back, the earlier reading.
    for (const int offset : {before, after}) {
        const QDateTime utc = wall.addSecs(-offset);
        if (readsAt(utc, zone, date, time))
            return utc;
    }
    // Skipped (the clocks went forward over it): the business day starts as they jump.
    return zone.nextTransition(wall.addSecs(-before).addDays(-1)).atUtc;
}

} // namespace

QDateTime pauseUntil(PauseChoice choice, const QDateTime &nowUtc, const QTimeZone &zone,
                     QTime businessDayStartsAt)
{
    QDateTime now = nowUtc.toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    switch (choice) {
    case PauseChoice::OneHour:
        return now.addSecs(3600);
    case PauseChoice::FourHours:
        return now.addSecs(4 * 3600);
    case PauseChoice::UntilNextBusinessDay:
        break;
    }
    const QTime start(businessDayStartsAt.hour(), businessDayStartsAt.minute());
    const QDate today = nowUtc.toTimeZone(zone).date();
    for (int days = 0; days < 3; ++days) {
        const QDateTime candidate = businessDayStart(today.addDays(days), start, zone);
        if (candidate.isValid() && candidate > nowUtc)
            return candidate.toUTC();
    }
    return {}; // unreachable for a valid zone: a day always has a start
}

} // namespace kiosk
