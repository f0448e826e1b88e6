#pragma once

#include "health/clocksync.h"
#include "health/healthcheck.h"

#include <QDateTime>

namespace kiosk {

// clock:synchronised: warns while the system does not report its clock in step (no NTP sync),
// since dayparts, promotions and TLS depend on it; "not read yet" before the probe's first
// sample. `sampledAt` is when the probe read it (invalid: not yet).
HealthCheck clockCheck(const ClockSync &sync, const QDateTime &sampledAt, const QDateTime &now);

} // namespace kiosk
