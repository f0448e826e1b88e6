#include "support/healthsettings.h"

namespace kiosk::test {

HealthSettings healthTestSettings()
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
