#pragma once

#include "config/healthsettings.h"

namespace kiosk::test {

// Health settings for tests: short intervals, any free port, and thresholds a test machine
// cannot trip by accident.
HealthSettings healthTestSettings();

} // namespace kiosk::test
