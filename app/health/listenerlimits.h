#pragma once

#include <chrono>

namespace kiosk {

// What one client may take of the loopback listener (Qt 6.4's QHttpServer has no limits of its
// own: it buffers a request line, headers and body of any size, and keeps any connection open).
// A staff request is a line, a few headers and no body worth more than a few KB.
struct ListenerLimits
{
    int maxConnections = 16;            // more at once are closed on arrival
    long long maxHeaderBytes = 8 * 1024; // request line and headers: more is answered 431
    long long maxBodyBytes = 4 * 1024;   // more is answered 413
    // A request must arrive in full within this time of the connection opening or of the last
    // answer, else the connection is closed: an idle keep-alive, or a client trickling bytes.
    std::chrono::milliseconds requestTimeout{10000};
};

} // namespace kiosk
