#pragma once

#include <QByteArray>
#include <chrono>

namespace kiosk {

// The service manager's side of the watchdog: systemd's sd_notify in the kiosk
// (SystemdNotifier), a recorder in the tests.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // The watchdog period the service manager asked for (WATCHDOG_USEC); zero for none.
    virtual std::chrono::microseconds watchdogInterval() const = 0;
    // Sends one state line, "READY=1", "WATCHDOG=1" or "STATUS=..."; false if not delivered
    // (not started by systemd is not an error: nothing listens).
    virtual bool notify(const QByteArray &state) = 0;
};

} // namespace kiosk
