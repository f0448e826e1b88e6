#pragma once

// Shared by the health tests: the support library's kiosk databases (with outbox rows, and
// damaged) and health settings, and a raw HTTP request to the loopback listener.
#include "support/database.h"
#include "support/files.h"
#include "support/healthsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace kiosk::test {

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

inline HttpReply request(QNetworkAccessManager &nam, const QByteArray &verb, quint16 port, const char *path,
                         const char *host = "127.0.0.1")
{
    const QUrl url(QStringLiteral("http://%1:%2%3").arg(QLatin1String(host)).arg(port).arg(QLatin1String(path)));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(6000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.body = reply->readAll();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace kiosk::test
