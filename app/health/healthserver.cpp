#include "health/healthserver.h"

#include "health/metricswriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace kiosk {

namespace {

QHttpServerResponse plain(const QByteArray &text, StatusCode status)
{
    return QHttpServerResponse("text/plain; charset=utf-8", text + '\n', status);
}

// Defence in depth: the socket is bound to 127.0.0.1, and a peer elsewhere is refused anyway.
bool fromLoopback(const QHttpServerRequest &request)
{
    return request.remoteAddress().isLoopback();
}

} // namespace

HealthServer::HealthServer(QObject *parent) : QObject(parent), m_server(new QHttpServer(this))
{
    // Qt 6.4's route(): path pattern, methods, then a handler returning the response.
    m_server->route(u"/healthz"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return fromLoopback(request) ? healthz() : plain("forbidden", StatusCode::Forbidden);
    });
    m_server->route(u"/metrics"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return fromLoopback(request) ? metrics() : plain("forbidden", StatusCode::Forbidden);
    });
    m_server->route(u"/sync"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return fromLoopback(request) ? sync() : plain("forbidden", StatusCode::Forbidden);
    });
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const bool known = path == u"/healthz"_s || path == u"/metrics"_s || path == u"/sync"_s;
        QHttpServerResponse response = known ? plain("method not allowed", StatusCode::MethodNotAllowed)
                                             : plain("not found", StatusCode::NotFound);
        if (known)
            response.addHeader("Allow", path == u"/sync"_s ? "POST" : "GET");
        response.write(std::move(responder));
    });
}

HealthServer::~HealthServer() = default;

bool HealthServer::listen(quint16 port, QString *error)
{
    // Our own QTcpServer rather than QHttpServer::listen(), for its error message.
    auto *tcp = new QTcpServer(m_server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    return true;
}

quint16 HealthServer::port() const
{
    const auto servers = m_server->servers();
    return servers.isEmpty() ? 0 : servers.constFirst()->serverPort();
}

QHostAddress HealthServer::address() const
{
    const auto servers = m_server->servers();
    return servers.isEmpty() ? QHostAddress() : servers.constFirst()->serverAddress();
}

void HealthServer::publish(QByteArray healthJson, bool failing, QByteArray metrics)
{
    m_healthJson = std::move(healthJson);
    m_failing = failing;
    m_metrics = std::move(metrics);
}

QHttpServerResponse HealthServer::healthz() const
{
    if (m_healthJson.isEmpty())
        return plain("starting", StatusCode::ServiceUnavailable);
    QHttpServerResponse response("application/health+json", m_healthJson,
                                 m_failing ? StatusCode::ServiceUnavailable : StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse HealthServer::metrics() const
{
    QHttpServerResponse response(MetricsWriter::ContentType, m_metrics, StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse HealthServer::sync()
{
    if (!m_syncRequested)
        return plain("sync is not available", StatusCode::ServiceUnavailable);
    m_syncRequested();
    return plain("sync requested", StatusCode::Accepted);
}

} // namespace kiosk
