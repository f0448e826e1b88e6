#pragma once

#include "health/listenerlimits.h"

#include <QTcpServer>

namespace kiosk {

// The listener's QTcpServer, which enforces ListenerLimits on every connection before
// QHttpServer reads a byte of it: incomingConnection() makes the socket and connects the guard
// to readyRead before handing the socket on, so the guard's slot runs first on every read.
// Everything is event-driven on the server's (the GUI) thread; nothing waits.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(ListenerLimits limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

    // Connections refused or closed by a limit since start, for /metrics.
    struct Refusals
    {
        quint64 tooManyConnections = 0;
        quint64 tooLarge = 0;
        quint64 timedOut = 0; // no whole request in time (an idle keep-alive is not counted)
    };
    const Refusals &refusals() const { return m_refusals; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket);

    ListenerLimits m_limits;
    int m_open = 0;
    Refusals m_refusals;
};

} // namespace kiosk
