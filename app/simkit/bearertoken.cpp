#include "simkit/bearertoken.h"

#include <QCryptographicHash>

namespace kiosk::simkit {

BearerToken::BearerToken(const QByteArray &token)
    : m_digest(token.isEmpty() ? QByteArray() : QCryptographicHash::hash(token, QCryptographicHash::Sha256))
{
}

bool BearerToken::admits(const Request &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!isSet() || !authorization.startsWith("Bearer "))
        return false;
    return QCryptographicHash::hash(authorization.mid(7).trimmed(), QCryptographicHash::Sha256) == m_digest;
}

} // namespace kiosk::simkit
