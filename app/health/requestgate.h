#pragma once

#include "staff/stafftoken.h"

#include <QByteArray>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace kiosk {

// What every request to the loopback listener passes before its route runs.
// - Host must name the loopback (127.0.0.1, localhost or [::1], any port): a web page that
//   rebinds its own name to 127.0.0.1 still sends that name, and is refused (403).
// - Staff routes need `Authorization: Bearer <staff token>` (StaffToken): 401 with
//   `WWW-Authenticate: Bearer` otherwise, and nothing is done. Without a token at all (the
//   kiosk could not read or write its file) they answer 503.
// Refusals are only counted, for /metrics: an audit row each would let anyone on the machine
// fill the database.
class RequestGate
{
public:
    enum class Access { Open, Staff };

    void setToken(std::optional<StaffToken> token) { m_token = std::move(token); }
    bool hasToken() const { return m_token.has_value(); }

    // nullopt: go ahead; else the answer to send instead.
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &request, Access access);

    static bool isLoopbackHostHeader(const QByteArray &host);

    quint64 refusedHosts() const { return m_refusedHosts; }
    quint64 refusedCredentials() const { return m_refusedCredentials; }

private:
    std::optional<StaffToken> m_token;
    quint64 m_refusedHosts = 0;
    quint64 m_refusedCredentials = 0;
};

} // namespace kiosk
