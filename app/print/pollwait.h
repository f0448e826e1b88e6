#pragma once

namespace kiosk {

// poll() one descriptor for `events` for up to timeoutMs, in short slices so that a stop
// request (QThread::requestInterruption on the calling thread) ends the wait within ~50 ms.
// True when the descriptor is ready for one of `events`; false on timeout, error, hang-up or
// interruption.
bool pollSliced(int fd, short events, int timeoutMs);

} // namespace kiosk
