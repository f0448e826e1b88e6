#pragma once

#include <QString>
#include <functional>

namespace kiosk {

// Whether the kernel says the system clock is kept in step (by NTP, chrony or
// systemd-timesyncd), as adjtimex(2) reports it: menu dayparts, promotions and TLS certificate
// dates all trust the clock.
struct ClockSync
{
    bool read = false;          // false: not sampled yet, or adjtimex failed (see error)
    bool synchronised = false;  // neither STA_UNSYNC set nor TIME_ERROR returned
    QString error;              // why it could not be read

    bool operator==(const ClockSync &) const = default;
};

// How the probe asks; tests hand it a fake that answers either way.
using ClockSyncReader = std::function<ClockSync()>;

// adjtimex with no mode bits: it only reads, and needs no privilege.
ClockSync readSystemClockSync();

} // namespace kiosk
