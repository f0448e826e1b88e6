#pragma once

#include "refpos/httpmessage.h"

#include <QAbstractHttpServer>

namespace kiosk::refpos {

class AdminApi;
class Api;
class FaultInjector;
struct Stats;

// The HTTP side of refpos. Qt HttpServer parses the requests; this class routes them to the
// contract API or the admin API and decides, per request, which fault the client gets.
// Requests that an error, 429 or reset fault hits are not processed at all; hang, slow body
// and malformed faults hit the response of a request that was processed and committed.
class Server : public QAbstractHttpServer
{
    Q_OBJECT

public:
    Server(Api &api, AdminApi &admin, FaultInjector &faults, Stats &stats, QObject *parent = nullptr);

    // Listens on 127.0.0.1 only (refpos is never reachable from the network); `port` 0 picks
    // a free one. Returns the port, or 0 with `error` set.
    quint16 listenOnLoopback(quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const Request &request);

    Api &m_api;
    AdminApi &m_admin;
    FaultInjector &m_faults;
    Stats &m_stats;
};

} // namespace kiosk::refpos
