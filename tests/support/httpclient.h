#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <utility>

namespace kiosk::test {

struct HttpResult
{
    int status = 0; // 0 when no response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // the body as an object; empty when it is not one
};

// A blocking HTTP client over QNetworkAccessManager: each call runs a local event loop until
// the reply finishes or `timeoutMs` passes (then the reply is aborted: OperationCanceledError).
// It sends the kiosk's headers: Authorization (when a token is set), X-Kiosk-Id, Accept; on
// /admin/ paths, Authorization carries refpos's test admin token (RefposAdminToken) instead.
class HttpClient
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    void setToken(const QByteArray &token) { m_token = token; }

    HttpResult get(const QUrl &url, const Headers &headers = {}, int timeoutMs = 5000);
    HttpResult post(const QUrl &url, const QByteArray &body, const Headers &headers = {}, int timeoutMs = 5000);
    HttpResult put(const QUrl &url, const QByteArray &body, int timeoutMs = 5000);
    // Any method, e.g. DELETE.
    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers,
                    int timeoutMs = 5000)
    {
        return run(verb, url, body, headers, timeoutMs);
    }
    // POST of a JSON body with Idempotency-Key `key` (none when empty).
    HttpResult postJson(const QUrl &url, const QJsonObject &body, const QString &key, int timeoutMs = 5000);

private:
    HttpResult run(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                   const Headers &headers, int timeoutMs);

    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

} // namespace kiosk::test
