#include "fakebackend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace kiosk::test {

FakeBackend::FakeBackend(QObject *parent) : QObject(parent)
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

quint16 FakeBackend::listen(quint16 port)
{
    auto *tcp = new QTcpServer(&m_server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    connect(tcp, &QTcpServer::newConnection, this, [this] { ++connections; });
    m_server.bind(tcp);
    return tcp->serverPort();
}

QStringList FakeBackend::requestKeys(const QString &path) const
{
    QStringList keys;
    for (const Seen &seen : requests) {
        if (seen.path == path)
            keys.append(QString::fromUtf8(seen.header("idempotency-key")));
    }
    return keys;
}

int FakeBackend::count(const QString &path) const
{
    return int(std::count_if(requests.begin(), requests.end(), [&](const Seen &s) { return s.path == path; }));
}

FakeBackend::Seen FakeBackend::last(const QString &path) const
{
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

FakeBackend::Reply FakeBackend::submission(const Seen &seen)
{
    Reply reply = script.isEmpty() ? Reply{} : script.takeFirst();
    const QString key = QString::fromUtf8(seen.header("idempotency-key"));
    const bool known = acceptedKeys.contains(key);
    if ((reply.status == 0 || reply.process) && !known)
        acceptedKeys.append(key);
    if (reply.status != 0 || reply.hang)
        return reply;
    // The contract's answer: 201 the first time, 200 with the same body for a replay.
    reply.status = known ? 200 : 201;
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("accepted")}};
    if (seen.path == QLatin1String("/v1/orders")) {
        body.insert(QStringLiteral("order_id"), key);
        body.insert(QStringLiteral("points_earned"), pointsEarned);
    }
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

void FakeBackend::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Seen seen;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        seen.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        seen.method = "POST";
        break;
    default:
        seen.method = "OTHER";
        break;
    }
    seen.path = request.url().path();
    for (const auto &[name, value] : request.headers())
        seen.headers.insert(name.toLower(), value);
    seen.body = request.body();
    requests.append(seen);

    Reply reply;
    reply.status = 200;
    if (auto route = routes.find(seen.path); route != routes.end() && !route->isEmpty()) {
        reply = route->takeFirst();
    } else if (seen.path == QLatin1String("/v1/health")) {
        reply.status = healthy ? 200 : 503;
        reply.body = healthy ? R"({"status":"pass"})" : R"({"status":"fail"})";
    } else if (seen.path == QLatin1String("/v1/menu")) {
        if (!menuEtag.isEmpty() && seen.header("if-none-match") == menuEtag) {
            reply.status = 304;
        } else {
            reply.body = menuBody;
        }
        reply.headers.append({"ETag", menuEtag});
    } else if (seen.method == "POST" && seen.path.startsWith(QLatin1String("/v1/"))) {
        reply = submission(seen);
    } else {
        reply.status = 404;
        reply.body = R"({"error":"no such path"})";
    }
    emit requestSeen(seen.path);

    if (reply.hang) {
        m_held.push_back(std::move(responder));
        return;
    }
    QHttpServerResponse response("application/json", reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

} // namespace kiosk::test
