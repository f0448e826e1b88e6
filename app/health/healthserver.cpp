#include "health/healthserver.h"

#include "health/metricswriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

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

QHttpServerResponse forbidden()
{
    return plain("forbidden", StatusCode::Forbidden);
}

// The method a known path takes, for 405 and its Allow header; empty for an unknown path.
QByteArray allowedMethod(const QString &path)
{
    static const QRegularExpression Retry(u"^/outbox/[0-9]+/retry$"_s);
    if (path == u"/healthz"_s || path == u"/metrics"_s || path == u"/outbox"_s)
        return "GET";
    if (path == u"/sync"_s || path == u"/config/reload"_s || Retry.match(path).hasMatch())
        return "POST";
    return {};
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
        return fromLoopback(request) ? sync() : forbidden();
    });
    m_server->route(u"/outbox"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return fromLoopback(request) ? outbox(request) : forbidden();
    });
    m_server->route(u"/outbox/<arg>/retry"_s, Method::Post, [this](qint64 seq, const QHttpServerRequest &request) {
        return fromLoopback(request) ? retryOutbox(seq) : forbidden();
    });
    m_server->route(u"/config/reload"_s, Method::Post, [this](const QHttpServerRequest &request) {
        return fromLoopback(request) ? reloadConfig() : forbidden();
    });
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QByteArray allowed = allowedMethod(request.url().path());
        QHttpServerResponse response = allowed.isEmpty() ? plain("not found", StatusCode::NotFound)
                                                         : plain("method not allowed", StatusCode::MethodNotAllowed);
        if (!allowed.isEmpty())
            response.addHeader("Allow", allowed);
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

QHttpServerResponse HealthServer::outbox(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    OutboxFilter filter = OutboxFilter::All;
    if (query.hasQueryItem(u"state"_s)) {
        const auto parsed = parseOutboxFilter(query.queryItemValue(u"state"_s));
        if (!parsed)
            return plain("state must be pending, failed or all", StatusCode::BadRequest);
        filter = *parsed;
    }
    int limit = DefaultOutboxLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxOutboxLimit)
            return plain("limit must be a whole number from 1 to " + QByteArray::number(MaxOutboxLimit),
                         StatusCode::BadRequest);
    }
    if (!m_listOutbox)
        return plain("the outbox is not available", StatusCode::ServiceUnavailable);
    const std::optional<QList<OutboxEntry>> entries = m_listOutbox(filter, limit);
    if (!entries)
        return plain("cannot read the outbox", StatusCode::InternalServerError);
    QHttpServerResponse response("application/json", outboxListingJson(filter, *entries), StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse HealthServer::retryOutbox(qint64 seq)
{
    if (!m_retryOutbox)
        return plain("the outbox is not available", StatusCode::ServiceUnavailable);
    const QByteArray entry = "outbox entry " + QByteArray::number(seq);
    switch (m_retryOutbox(seq)) {
    case OutboxRetryResult::Retried:
        return plain(entry + " is pending again", StatusCode::Ok);
    case OutboxRetryResult::NotFound:
        return plain("no " + entry, StatusCode::NotFound);
    case OutboxRetryResult::NotFailed:
        return plain(entry + " has not failed", StatusCode::Conflict);
    case OutboxRetryResult::Error:
        break;
    }
    return plain("cannot retry " + entry, StatusCode::InternalServerError);
}

QHttpServerResponse HealthServer::reloadConfig()
{
    if (!m_reloadConfig)
        return plain("config reload is not available", StatusCode::ServiceUnavailable);
    m_reloadConfig();
    return plain("config reload requested", StatusCode::Accepted);
}

} // namespace kiosk
