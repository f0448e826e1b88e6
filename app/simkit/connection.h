#pragma once

#include "simkit/httpmessage.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

class QHttpServerResponder;

namespace kiosk::simkit {

// One request's way back to its client. It outlives QAbstractHttpServer::handleRequest(), so
// a response can be sent late or slowly; once the client has gone (the socket is deleted) it
// writes nothing.
class Connection
{
public:
    Connection(QHttpServerResponder &&responder, QTcpSocket *socket);
    ~Connection();

    bool isOpen() const;
    // The whole response at once.
    void send(const Response &response);
    // Headers (with the full Content-Length) at once, then the body in slices spread evenly
    // over `durationMs`, the last one at the end.
    static void trickle(std::shared_ptr<Connection> connection, const Response &response, int durationMs);
    // Drops the connection with a TCP RST and no response, as a crashing proxy would.
    void reset();

private:
    void writeHead(const Response &response);

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace kiosk::simkit
