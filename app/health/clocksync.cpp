#include "health/clocksync.h"

#include <sys/timex.h>

#include <cerrno>
#include <cstring>

namespace kiosk {

ClockSync readSystemClockSync()
{
    timex tx{};
    tx.modes = 0;
    ClockSync sync;
    const int state = adjtimex(&tx);
    if (state == -1) {
        sync.error = QString::fromLocal8Bit(std::strerror(errno));
        return sync;
    }
    sync.read = true;
    // TIME_ERROR also covers STA_UNSYNC on current kernels; both are checked so that an older
    // kernel that reports only one of them is still believed.
    sync.synchronised = state != TIME_ERROR && (tx.status & STA_UNSYNC) == 0;
    return sync;
}

} // namespace kiosk
