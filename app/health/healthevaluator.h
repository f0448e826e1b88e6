#pragma once

#include "config/healthsettings.h"
#include "health/healthcheck.h"
#include "health/healthinputs.h"

namespace kiosk {

// The checks, in a fixed order, with their status from the thresholds of `settings`, and
// the overall status. Pure: no clock but `now`, no I/O.
HealthReport evaluateHealth(const HealthInputs &inputs, const HealthSettings &settings, const QDateTime &now);

} // namespace kiosk
