#include "support/httpclient.h"

#include "support/refposprocess.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>

namespace kiosk::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpResult HttpClient::get(const QUrl &url, const Headers &headers, int timeoutMs)
{
    return run("GET", url, QByteArray(), headers, timeoutMs);
}

HttpResult HttpClient::post(const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs)
{
    return run("POST", url, body, headers, timeoutMs);
}

HttpResult HttpClient::put(const QUrl &url, const QByteArray &body, int timeoutMs)
{
    return run("PUT", url, body, {}, timeoutMs);
}

HttpResult HttpClient::postJson(const QUrl &url, const QJsonObject &body, const QString &key, int timeoutMs)
{
    Headers headers;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key.toUtf8()});
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, timeoutMs);
}

HttpResult HttpClient::run(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                           const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Kiosk-Id", "K1");
    if (url.path().startsWith(u"/admin/"))
        request.setRawHeader("Authorization", QByteArray("Bearer ") + RefposAdminToken);
    else if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.setData(body);
    // No device at all for an empty body: an empty upload still costs a round of Nagle.
    QNetworkReply *reply = body.isEmpty() ? m_manager.sendCustomRequest(request, verb)
                                          : m_manager.sendCustomRequest(request, verb, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

} // namespace kiosk::test
