#pragma once

#include "simkit/httpmessage.h"

#include <QByteArray>

namespace kiosk::simkit {

// A bearer token a request must carry (`Authorization: Bearer <token>`). Only its SHA-256 is
// kept, and requests are compared digest to digest, so the time taken does not tell how much
// of a guess matched.
class BearerToken
{
public:
    BearerToken() = default;
    explicit BearerToken(const QByteArray &token);

    bool isSet() const { return !m_digest.isEmpty(); }
    bool admits(const Request &request) const;

private:
    QByteArray m_digest;
};

} // namespace kiosk::simkit
