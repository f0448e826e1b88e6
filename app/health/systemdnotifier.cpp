#include "health/systemdnotifier.h"

#include <systemd/sd-daemon.h>

namespace kiosk {

std::chrono::microseconds SystemdNotifier::watchdogInterval() const
{
    // Positive only when WATCHDOG_USEC is set and WATCHDOG_PID, if set, is this process.
    uint64_t usec = 0;
    return sd_watchdog_enabled(0, &usec) > 0 ? std::chrono::microseconds(usec) : std::chrono::microseconds(0);
}

bool SystemdNotifier::notify(const QByteArray &state)
{
    return sd_notify(0, state.constData()) > 0;
}

} // namespace kiosk
