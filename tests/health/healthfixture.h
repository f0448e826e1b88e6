#pragma once

// Shared by the health tests: the support library's kiosk databases (with outbox rows, and
// damaged) and health settings, an HTTP request to the loopback listener (with the staff
// token when given), and a raw one on a plain socket for what QNetworkAccessManager will not
// send (a foreign Host, oversized headers).
#include "health/healthmonitor.h"
#include "staff/stafftoken.h"
#include "support/database.h"
#include "support/fakenotifier.h"
#include "support/files.h"
#include "support/healthsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace kiosk::test {

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray authenticate; // WWW-Authenticate
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// `authorization`: the Authorization header ("Bearer ..."), none when empty.
inline HttpReply request(QNetworkAccessManager &nam, const QByteArray &verb, quint16 port, const char *path,
                         const QByteArray &authorization = {}, const QByteArray &jsonBody = {})
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path)));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, jsonBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(6000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.authenticate = reply->rawHeader("WWW-Authenticate");
    result.body = reply->readAll();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

// A connection of its own to the listener on 127.0.0.1.
inline std::unique_ptr<QTcpSocket> connectRaw(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(3000))
        qWarning("cannot connect to 127.0.0.1:%d", port);
    return socket;
}

// Writes `bytes` and returns the answer's status line ("HTTP/1.1 200 OK"); empty when nothing
// came within `timeoutMs` or the listener closed the connection without an answer.
inline QByteArray rawStatusLine(QTcpSocket &socket, const QByteArray &bytes, int timeoutMs = 3000)
{
    socket.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray answer = socket.readAll();
    while (!answer.contains("\r\n") && !deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        readable.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer.contains("\r\n") ? answer.left(answer.indexOf("\r\n")) : QByteArray();
}

// A GET with `host` as its Host header, on a fresh connection.
inline QByteArray rawGet(quint16 port, const QByteArray &path, const QByteArray &host, const QByteArray &extra = {})
{
    const auto socket = connectRaw(port);
    return rawStatusLine(*socket, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "\r\n");
}

// Waits until the listener closes `socket`; false when it is still open after `timeoutMs`.
inline bool closedByPeer(QTcpSocket &socket, int timeoutMs)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    return closed.wait(timeoutMs) || socket.state() == QAbstractSocket::UnconnectedState;
}

// A started HealthMonitor on `dbPath` as the kiosk wires its staff side: the staff token of
// `tokenDir` (its Authorization header into `*authorization`) and an audit handler that
// appends "action: detail" to `*audited` (cleared first).
inline std::unique_ptr<HealthMonitor> startStaffMonitor(const QString &dbPath, const QString &tokenDir,
                                                        QByteArray *authorization, QStringList *audited)
{
    auto monitor = std::make_unique<HealthMonitor>(healthTestSettings(), dbPath,
                                                   std::make_unique<FakeNotifier>(std::chrono::microseconds(0)));
    QString error;
    std::optional<StaffToken> token = StaffToken::ensure(tokenDir, &error);
    if (!token)
        qFatal("no staff token: %s", qPrintable(error));
    *authorization = token->authorization();
    monitor->setStaffToken(std::move(token));
    audited->clear();
    monitor->setStaffAuditHandler([audited](const QString &action, const QString &detail) {
        audited->append(action + QStringLiteral(": ") + detail);
    });
    if (!monitor->start(&error))
        qFatal("cannot start: %s", qPrintable(error));
    return monitor;
}

} // namespace kiosk::test
