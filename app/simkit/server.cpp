#include "simkit/server.h"

#include "simkit/connection.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimkit, "kiosk.simkit")

namespace kiosk::simkit {

namespace {

// A reply cut in half: for a JSON object every proper prefix is invalid JSON.
QByteArray mangled(const QByteArray &body)
{
    return body.left(body.size() / 2);
}

} // namespace

Server::Server(Route route, ErrorBody errorBody, FaultInjector &faults, TrafficCounters &counters,
               QObject *parent)
    : QAbstractHttpServer(parent), m_route(std::move(route)), m_errorBody(std::move(errorBody)),
      m_faults(faults), m_counters(counters)
{
}

Response Server::injectedError(Fault fault, const FaultConfig &config) const
{
    if (fault == Fault::RateLimit) {
        return m_errorBody(429, u"injected fault: rate limited"_s)
            .header("Retry-After", QByteArray::number(config.retryAfterS));
    }
    return m_errorBody(config.errorStatus, u"injected fault: status %1"_s.arg(config.errorStatus));
}

quint16 Server::listenOnLoopback(quint16 port, QString *error)
{
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    return tcpServer->serverPort();
}

bool Server::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ++m_counters.requests;
    // Without TCP_NODELAY the tail of a larger body waits for the client's delayed ACK (40 ms),
    // which would blur every latency a test measures.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const Request request = Request::from(httpRequest);
    auto connection = std::make_shared<Connection>(makeResponder(httpRequest, socket), socket);

    const bool eligible = m_faults.appliesTo(request.path);
    const FaultConfig config = m_faults.config();
    Fault fault = eligible ? m_faults.draw() : Fault::None;

    Response response;
    if (fault == Fault::Error || fault == Fault::RateLimit)
        response = injectedError(fault, config);
    else if (fault != Fault::Reset)
        response = m_route(request); // processed and committed now, whatever the client sees
    if (fault == Fault::Malformed) {
        // Only a 2xx with a body can arrive mangled; anything else goes out as it is.
        if (response.isSuccess() && !response.body.isEmpty())
            response.body = mangled(response.body);
        else
            fault = Fault::None;
    }
    if (fault != Fault::None)
        ++m_counters.faults[faultName(fault)];
    const bool answered = fault != Fault::Reset && fault != Fault::Hang;
    qCInfo(lcSimkit, "%s %s -> %s%s", request.method.constData(), qUtf8Printable(request.path),
           answered ? QByteArray::number(response.status).constData() : "no answer",
           fault == Fault::None ? "" : qUtf8Printable(u" [%1]"_s.arg(faultName(fault))));
    if (fault == Fault::Hang)
        return true; // the connection stays open and silent until the client gives up

    const auto deliver = [connection, response, fault, slowBodyMs = config.slowBodyMs] {
        if (fault == Fault::Reset)
            connection->reset();
        else if (fault == Fault::SlowBody)
            Connection::trickle(connection, response, slowBodyMs);
        else
            connection->send(response);
    };
    const int latencyMs = eligible ? config.latencyMs : 0;
    if (latencyMs > 0) {
        ++m_counters.faults[u"latency"_s];
        QTimer::singleShot(latencyMs, socket, deliver); // dropped if the client leaves first
    } else {
        deliver();
    }
    return true;
}

void Server::missingHandler(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Connection(makeResponder(httpRequest, socket), socket)
        .send(m_errorBody(404, u"no such resource: %1"_s.arg(httpRequest.url().path())));
}

} // namespace kiosk::simkit
