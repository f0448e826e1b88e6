#pragma once

#include "simkit/faultinjector.h"
#include "simkit/httpmessage.h"

#include <QAbstractHttpServer>
#include <QMap>
#include <functional>

namespace kiosk::simkit {

class FaultInjector;

// What a simulator's server counts of its traffic (its admin stats show them).
struct TrafficCounters
{
    qint64 requests = 0;
    QMap<QString, qint64> faults; // by kind, "latency" included
};

// The HTTP side of a local backend simulator (refpos, squaresim). Qt HttpServer parses the
// requests; `route` answers them, and this class decides, per request, which fault the client
// gets. Requests that an error, 429 or reset fault hits are not processed at all; hang, slow
// body and malformed faults hit the response of a request that was processed and committed.
class Server : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Route = std::function<Response(const Request &request)>;
    // The answer of an injected error (status 429 or the configured one): each simulator
    // speaks its own backend's error body.
    using ErrorBody = std::function<Response(int status, const QString &message)>;

    Server(Route route, ErrorBody errorBody, FaultInjector &faults, TrafficCounters &counters,
           QObject *parent = nullptr);

    // Listens on 127.0.0.1 only (a simulator is never reachable from the network); `port` 0
    // picks a free one. Returns the port, or 0 with `error` set.
    quint16 listenOnLoopback(quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response injectedError(Fault fault, const FaultConfig &config) const;

    Route m_route;
    ErrorBody m_errorBody;
    FaultInjector &m_faults;
    TrafficCounters &m_counters;
};

} // namespace kiosk::simkit
