#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace kiosk {

// How long staff pause ("86") an item: the three buttons of diagnostics.
enum class PauseChoice { OneHour, FourHours, UntilNextBusinessDay };

// When a pause chosen at `nowUtc` ends, in UTC, to the whole second (RFC 3339 without
// fractions). OneHour and FourHours are elapsed time. UntilNextBusinessDay is the next time the
// store's wall clock in `zone` reads `businessDayStartsAt`, strictly after now: a business day
// starts once per calendar date, at the first instant its wall clock reaches that time (the
// earlier of the two when the clocks go back; the moment the clocks jump past it when they go
// forward and skip it).
QDateTime pauseUntil(PauseChoice choice, const QDateTime &nowUtc, const QTimeZone &zone,
                     QTime businessDayStartsAt);

} // namespace kiosk
