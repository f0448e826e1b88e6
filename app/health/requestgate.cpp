#include "health/requestgate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

using StatusCode = QHttpServerResponse::StatusCode;

namespace kiosk {

namespace {

QHttpServerResponse plain(const QByteArray &text, StatusCode status)
{
    return QHttpServerResponse("text/plain; charset=utf-8", text + '\n', status);
}

} // namespace

bool RequestGate::isLoopbackHostHeader(const QByteArray &host)
{
    QByteArray name = host.trimmed().toLower();
    // An optional port after the name; [::1]'s colons are inside its brackets.
    const qsizetype colon = name.lastIndexOf(':');
    if (colon >= 0 && colon > name.lastIndexOf(']')) {
        const QByteArray port = name.mid(colon + 1);
        bool ok = false;
        port.toUShort(&ok);
        if (!ok)
            return false;
        name.truncate(colon);
    }
    return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

std::optional<QHttpServerResponse> RequestGate::check(const QHttpServerRequest &request, Access access)
{
    // Defence in depth: the socket is bound to 127.0.0.1, and a peer elsewhere is refused anyway.
    if (!request.remoteAddress().isLoopback())
        return plain("forbidden", StatusCode::Forbidden);
    if (!isLoopbackHostHeader(request.value("Host"))) {
        ++m_refusedHosts;
        return plain("forbidden: the Host must be 127.0.0.1, localhost or [::1]", StatusCode::Forbidden);
    }
    if (access == Access::Open)
        return std::nullopt;
    if (!m_token)
        return plain("staff endpoints are off: the kiosk has no staff token (see its log)",
                     StatusCode::ServiceUnavailable);
    if (!m_token->acceptsAuthorization(request.value("Authorization"))) {
        ++m_refusedCredentials;
        QHttpServerResponse response = plain("a staff token is needed (Authorization: Bearer)", StatusCode::Unauthorized);
        response.addHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    return std::nullopt;
}

} // namespace kiosk
