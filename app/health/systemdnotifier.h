#pragma once

#include "health/notifier.h"

namespace kiosk {

// libsystemd's sd_notify and sd_watchdog_enabled. Outside systemd (no NOTIFY_SOCKET, no
// WATCHDOG_USEC) it sends nothing and asks for no pings.
class SystemdNotifier : public Notifier
{
public:
    std::chrono::microseconds watchdogInterval() const override;
    bool notify(const QByteArray &state) override;
};

} // namespace kiosk
