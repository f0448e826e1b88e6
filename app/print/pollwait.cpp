#include "print/pollwait.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <poll.h>

namespace kiosk {

namespace {
constexpr int kWaitSliceMs = 50;
}

bool pollSliced(int fd, short events, int timeoutMs)
{
    const QDeadlineTimer deadline(std::max(0, timeoutMs));
    do {
        if (QThread::currentThread()->isInterruptionRequested())
            return false;
        pollfd entry{fd, events, 0};
        const int slice = std::max(0, std::min(int(deadline.remainingTime()), kWaitSliceMs));
        const int ready = ::poll(&entry, 1, slice);
        if (ready > 0)
            return (entry.revents & events) != 0;
        if (ready < 0 && errno != EINTR)
            return false;
    } while (!deadline.hasExpired());
    return false;
}

} // namespace kiosk
