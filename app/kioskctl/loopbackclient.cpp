#include "kioskctl/loopbackclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

LoopbackReply loopbackRequest(quint16 port, const QByteArray &verb, const QString &pathAndQuery, int timeoutMs,
                              const QByteArray &authorization, const QByteArray &jsonBody)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy); // an http_proxy in the environment must not apply
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(pathAndQuery)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, jsonBody);

    QEventLoop loop;
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    LoopbackReply result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (timedOut) {
        result.error = u"no answer within %1 s"_s.arg(timeoutMs / 1000.0);
    } else if (status.isValid()) {
        result.outcome = LoopbackReply::Outcome::Answered;
        result.status = status.toInt();
        result.contentType = reply->rawHeader("Content-Type");
        result.body = reply->readAll();
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        result.outcome = LoopbackReply::Outcome::NotRunning;
    } else {
        result.error = reply->errorString();
    }
    delete reply;
    return result;
}

} // namespace kiosk::ctl
