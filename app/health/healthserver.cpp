#include "health/healthserver.h"

#include "health/guardedtcpserver.h"
#include "health/metricswriter.h"
#include "contract/itemavailability.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;
using Access = kiosk::RequestGate::Access;

namespace kiosk {

namespace {

QHttpServerResponse plain(const QByteArray &text, StatusCode status)
{
    return QHttpServerResponse("text/plain; charset=utf-8", text + '\n', status);
}

// The method a known path takes, for 405 and its Allow header; empty for an unknown path.
QByteArray allowedMethod(const QString &path)
{
    static const QRegularExpression Retry(u"^/outbox/[0-9]+/retry$"_s);
    static const QRegularExpression Reprint(u"^/printer/reprint/[^/]+$"_s);
    static const QRegularExpression Pause(u"^/menu/items/[^/]+/(pause|resume)$"_s);
    if (path == u"/healthz"_s || path == u"/metrics"_s || path == u"/outbox"_s || path == u"/printer"_s
        || path == u"/menu/pauses"_s)
        return "GET";
    if (path == u"/sync"_s || path == u"/config/reload"_s || path == u"/printer/test"_s
        || Retry.match(path).hasMatch() || Reprint.match(path).hasMatch() || Pause.match(path).hasMatch())
        return "POST";
    return {};
}

} // namespace

HealthServer::HealthServer(QObject *parent) : QObject(parent), m_server(new QHttpServer(this))
{
    // Qt 6.4's route(): path pattern, methods, then a handler returning the response. Each
    // asks the gate first: a refused request reaches no handler.
    const auto gated = [this](Access access, auto route) {
        return [this, access, route](const QHttpServerRequest &request) {
            std::optional<QHttpServerResponse> refused = m_gate.check(request, access);
            return refused ? std::move(*refused) : route(request);
        };
    };
    m_server->route(u"/healthz"_s, Method::Get, gated(Access::Open, [this](const QHttpServerRequest &) {
        return healthz();
    }));
    m_server->route(u"/metrics"_s, Method::Get, gated(Access::Open, [this](const QHttpServerRequest &) {
        return metrics();
    }));
    m_server->route(u"/sync"_s, Method::Post, gated(Access::Staff, [this](const QHttpServerRequest &) {
        return sync();
    }));
    m_server->route(u"/outbox"_s, Method::Get, gated(Access::Staff, [this](const QHttpServerRequest &request) {
        return outbox(request);
    }));
    m_server->route(u"/outbox/<arg>/retry"_s, Method::Post, [this](qint64 seq, const QHttpServerRequest &request) {
        std::optional<QHttpServerResponse> refused = m_gate.check(request, Access::Staff);
        return refused ? std::move(*refused) : retryOutbox(seq);
    });
    m_server->route(u"/config/reload"_s, Method::Post, gated(Access::Staff, [this](const QHttpServerRequest &) {
        return reloadConfig();
    }));
    m_server->route(u"/printer"_s, Method::Get, gated(Access::Staff, [this](const QHttpServerRequest &) {
        return printer();
    }));
    m_server->route(u"/printer/test"_s, Method::Post, gated(Access::Staff, [this](const QHttpServerRequest &) {
        return printTest();
    }));
    m_server->route(u"/printer/reprint/<arg>"_s, Method::Post, [this](const QString &number, const QHttpServerRequest &request) {
        std::optional<QHttpServerResponse> refused = m_gate.check(request, Access::Staff);
        return refused ? std::move(*refused) : reprint(number);
    });
    m_server->route(u"/menu/pauses"_s, Method::Get, gated(Access::Staff, [this](const QHttpServerRequest &) {
        return pauses();
    }));
    m_server->route(u"/menu/items/<arg>/pause"_s, Method::Post, [this](const QString &itemId, const QHttpServerRequest &request) {
        std::optional<QHttpServerResponse> refused = m_gate.check(request, Access::Staff);
        return refused ? std::move(*refused) : pauseItem(itemId, &request);
    });
    m_server->route(u"/menu/items/<arg>/resume"_s, Method::Post, [this](const QString &itemId, const QHttpServerRequest &request) {
        std::optional<QHttpServerResponse> refused = m_gate.check(request, Access::Staff);
        return refused ? std::move(*refused) : pauseItem(itemId, nullptr);
    });
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<QHttpServerResponse> refused = m_gate.check(request, Access::Open)) {
            refused->write(std::move(responder));
            return;
        }
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
    // Our own QTcpServer rather than QHttpServer::listen(), for its error message and limits.
    auto *tcp = new GuardedTcpServer(m_limits, m_server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
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
    QHttpServerResponse response(MetricsWriter::ContentType, m_metrics + refusalMetrics(), StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

// The listener's own counters, current at each scrape (the rest is the last published page).
QByteArray HealthServer::refusalMetrics() const
{
    const GuardedTcpServer::Refusals none;
    const GuardedTcpServer::Refusals &limits = m_tcp ? m_tcp->refusals() : none;
    MetricsWriter w;
    w.family("kiosk_http_refused_total", "counter",
             u"Requests and connections the loopback listener refused, by reason."_s);
    w.sample("kiosk_http_refused_total", double(m_gate.refusedCredentials()), {{"reason", u"credential"_s}});
    w.sample("kiosk_http_refused_total", double(m_gate.refusedHosts()), {{"reason", u"host"_s}});
    w.sample("kiosk_http_refused_total", double(limits.tooManyConnections), {{"reason", u"connections"_s}});
    w.sample("kiosk_http_refused_total", double(limits.tooLarge), {{"reason", u"size"_s}});
    w.sample("kiosk_http_refused_total", double(limits.timedOut), {{"reason", u"timeout"_s}});
    w.family("kiosk_http_connections", "gauge", u"Connections open to the loopback listener."_s);
    w.sample("kiosk_http_connections", m_tcp ? m_tcp->openConnections() : 0);
    return w.text();
}

void HealthServer::audit(const QString &action, const QString &detail) const
{
    if (m_audit)
        m_audit(action, detail);
}

QHttpServerResponse HealthServer::sync()
{
    if (!m_syncRequested)
        return plain("sync is not available", StatusCode::ServiceUnavailable);
    m_syncRequested();
    audit(u"http_sync"_s);
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
    audit(u"http_outbox_list"_s, u"state=%1 limit=%2%3"_s.arg(outboxFilterName(filter)).arg(limit)
                                     .arg(entries ? QString() : u" failed"_s));
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
    audit(u"http_config_reload"_s);
    return plain("config reload requested", StatusCode::Accepted);
}

QHttpServerResponse HealthServer::printer()
{
    audit(u"http_printer_status"_s);
    QHttpServerResponse response("application/json", printerStatusJson(m_printer), StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse HealthServer::printTest()
{
    if (!m_printTest)
        return plain("printing is not available", StatusCode::ServiceUnavailable);
    const bool queued = m_printTest();
    audit(u"http_printer_test"_s, queued ? QString() : u"no printer"_s);
    return queued ? plain("test ticket queued", StatusCode::Accepted)
                  : plain("no printer is configured", StatusCode::Conflict);
}

QHttpServerResponse HealthServer::reprint(const QString &number)
{
    // Checked before anything else sees it: the number goes into the audit and the answer.
    if (!isValidOrderNumber(number))
        return plain("the order number must be letters, digits and '-', at most 16 characters",
                     StatusCode::BadRequest);
    if (!m_reprint)
        return plain("printing is not available", StatusCode::ServiceUnavailable);
    const ReprintAnswer answer = m_reprint(number);
    const QByteArray order = "order " + number.toLatin1();
    switch (answer) {
    case ReprintAnswer::Queued:
        audit(u"http_printer_reprint"_s, number);
        return plain("ticket for " + order + " queued", StatusCode::Accepted);
    case ReprintAnswer::NoSuchOrder:
        audit(u"http_printer_reprint"_s, number + u" no such order"_s);
        return plain("no " + order, StatusCode::NotFound);
    case ReprintAnswer::NoPrinter:
        break;
    }
    audit(u"http_printer_reprint"_s, number + u" no printer"_s);
    return plain("no printer is configured", StatusCode::Conflict);
}

QHttpServerResponse HealthServer::pauses()
{
    if (!m_listPauses)
        return plain("pausing is not available", StatusCode::ServiceUnavailable);
    const std::optional<QList<ItemPause>> pauses = m_listPauses();
    audit(u"http_pauses_list"_s, pauses ? QString() : u"failed"_s);
    if (!pauses)
        return plain("cannot read the paused items", StatusCode::InternalServerError);
    QHttpServerResponse response("application/json", pausesJson(*pauses), StatusCode::Ok);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse HealthServer::pauseItem(const QString &itemId, const QHttpServerRequest *request)
{
    // Checked before anything else sees it: the id goes into the audit and the answer.
    if (!isValidItemId(itemId))
        return plain("the item id must be a-z, 0-9 and '_', at most 64 characters", StatusCode::BadRequest);
    std::optional<PauseChoice> choice;
    if (request) {
        QString error;
        choice = parsePauseRequest(request->body(), &error);
        if (!choice)
            return plain(error.toUtf8(), StatusCode::BadRequest);
    }
    if (!m_pause)
        return plain("pausing is not available", StatusCode::ServiceUnavailable);
    const PauseOutcome outcome = m_pause(itemId, choice);
    const QString action = request ? u"http_item_pause"_s : u"http_item_resume"_s;
    const QByteArray item = itemId.toLatin1();
    switch (outcome.answer) {
    case PauseOutcome::Answer::Done:
        audit(action, itemId);
        return request ? plain(item + " paused until " + rfc3339Utc(outcome.until).toLatin1(), StatusCode::Ok)
                       : plain(item + " is on sale again", StatusCode::Ok);
    case PauseOutcome::Answer::UnknownItem:
        audit(action, itemId + u" no such item"_s);
        return plain("no item " + item + " on the menu", StatusCode::NotFound);
    case PauseOutcome::Answer::Failed:
        break;
    }
    audit(action, itemId + u" failed"_s);
    return plain(outcome.error.toUtf8(), StatusCode::InternalServerError);
}

} // namespace kiosk
