#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kiosk {

class JsonReader;

// How kiosk.json lets the kiosk reach its backend. Orders, the token and customers' phone
// numbers cross that link, so a backend off this machine is reached over TLS with its
// certificate checked; plain HTTP is for a backend on loopback (refpos in a demo or a test).

// Whether `host`, as QUrl::host() gives it, is this machine: 127.0.0.0/8, ::1 or localhost.
bool isLoopbackHost(const QString &host);

// backend.url in `backend` (at `path`): http:// or https:// with a host, https:// unless the
// host is loopback, and no user name or password in it (the token has its own file). The URL,
// or nullopt with the problem recorded.
std::optional<QString> readBackendUrl(JsonReader &reader, const QJsonObject &backend, const QString &path);

// sync.tls_verify may be false only when backend.lab_allow_insecure_tls is true: turning
// certificate checks off is a deliberate lab setting, never a leftover.
void checkTlsVerify(JsonReader &reader, bool tlsVerify, bool labAllowInsecureTls);

} // namespace kiosk
