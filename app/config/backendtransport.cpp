#include "config/backendtransport.h"

#include "config/jsonreader.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s)
        return true;
    // Dotted-quad 127.x.y.z only; anything cleverer is not loopback as far as config goes.
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        const bool digits = std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (part.isEmpty() || part.size() > 3 || !digits || part.toInt() > 255)
            return false;
    }
    return parts.front().toInt() == 127;
}

std::optional<QString> readBackendUrl(JsonReader &reader, const QJsonObject &backend, const QString &path)
{
    const auto url = reader.string(backend, path, u"url"_s);
    if (!url)
        return std::nullopt;
    const QString at = JsonReader::join(path, u"url"_s);
    const QUrl parsed(*url, QUrl::StrictMode);
    if (!url->startsWith(u"http://"_s) && !url->startsWith(u"https://"_s)) {
        reader.error(at, u"must start with http:// or https://, got \"%1\""_s.arg(*url));
    } else if (!parsed.isValid() || parsed.host().isEmpty()) {
        reader.error(at, u"must be a URL with a host name, got \"%1\""_s.arg(*url));
    } else if (!parsed.userInfo().isEmpty()) {
        // Not quoted: the part before the @ is a credential.
        reader.error(at, u"must not hold a user name or password (the token goes in backend.token_file)"_s);
    } else if (parsed.scheme() == u"http"_s && !isLoopbackHost(parsed.host())) {
        reader.error(at, u"must start with https:// unless its host is a loopback address "
                         u"(127.0.0.0/8, ::1, localhost), got \"%1\""_s.arg(*url));
    } else {
        return url;
    }
    return std::nullopt;
}

void checkTlsVerify(JsonReader &reader, bool tlsVerify, bool labAllowInsecureTls)
{
    if (!tlsVerify && !labAllowInsecureTls) {
        reader.error(u"sync.tls_verify"_s,
                     u"may be false only with backend.lab_allow_insecure_tls: true "
                     u"(no certificate checks: for a lab, never a store)"_s);
    }
}

} // namespace kiosk
