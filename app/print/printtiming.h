#pragma once

namespace kiosk {

// How patient the printer thread is. The defaults are the (retry every 10 s for 2
// minutes); tests pass short ones.
struct PrintTiming
{
    int retryIntervalMs = 10000; // between attempts at a ticket that could not print
    int giveUpAfterMs = 120000;  // since the ticket was queued: then it is a FailedTicket
    int pollIntervalMs = 30000;  // status reads while no ticket is waiting
    int ioTimeoutMs = 3000;      // connect, send, and each status answer
};

} // namespace kiosk
