#pragma once

// Header only, so that kiosk_testsupport does not link kiosk_health: include it from tests that
// link kiosk_health.
#include "health/healthsettings.h"

namespace kiosk::test {

// Health settings for tests: short intervals, any free port, and thresholds a test machine
// cannot trip by accident.
inline HealthSettings healthTestSettings()
{
    HealthSettings s;
    s.serviceId = QStringLiteral("T1");
    s.listenPort = 0;
    s.diskFreeWarnMb = 0;
    s.diskFreeFailMb = 0;
    s.rssWarnMb = 100000;
    s.rssFailMb = 100000;
    s.sampleIntervalMs = 200;
    s.refreshIntervalMs = 100;
    s.heartbeatMs = 50;
    return s;
}

} // namespace kiosk::test
