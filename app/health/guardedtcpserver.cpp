#include "health/guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace kiosk {

namespace {

// Where the guard is in the current request. QHttpServer reads everything a readyRead brings
// (inside a socket transaction it commits only once the request is complete), so what is
// available when the guard runs, before it, is exactly what arrived since the last read.
struct RequestBudget
{
    long long headerBytes = 0;
    long long bodyBytes = 0;
    bool inBody = false;
    bool closing = false;
    bool answered = false; // anything answered on this connection yet
    QByteArray tail; // the last bytes of the headers so far, for an end split across reads
};

// Answers with `status` and closes once it is written. The socket reads at most a byte more
// meanwhile, so a client that keeps sending cannot fill memory.
void refuse(QTcpSocket *socket, const QByteArray &status)
{
    socket->disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // QHttpServer's reader too
    socket->setReadBufferSize(1);
    socket->write("HTTP/1.1 " + status + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ListenerLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        ++m_refusals.tooManyConnections;
        socket->abort();
        delete socket;
        return;
    }
    guard(socket);
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    ++m_open;
    // The deadline timer is the socket's child, so its destruction marks the socket's own, even
    // should QHttpServer have disconnected the socket's signals (it may, on a request it cannot
    // parse).
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(m_limits.requestTimeout);
    connect(deadline, &QObject::destroyed, this, [this] { --m_open; });
    auto budget = std::make_shared<RequestBudget>();
    connect(deadline, &QTimer::timeout, socket, [this, socket, budget] {
        // A keep-alive connection left idle after its answers is no abuse: not counted.
        if (budget->headerBytes > 0 || !budget->answered)
            ++m_refusals.timedOut;
        socket->abort();
        socket->deleteLater(); // QHttpServer may no longer be watching it
    });
    deadline->start();

    // An answer went out: the next request starts with a fresh budget and deadline.
    connect(socket, &QTcpSocket::bytesWritten, deadline, [budget, deadline] {
        if (budget->closing)
            return;
        *budget = RequestBudget();
        budget->answered = true;
        deadline->start();
    });
    connect(socket, &QTcpSocket::readyRead, deadline, [this, socket, budget] {
        if (budget->closing)
            return;
        const QByteArray chunk = socket->peek(socket->bytesAvailable());
        qsizetype bodyPart = chunk.size();
        if (!budget->inBody) {
            const QByteArray scan = budget->tail + chunk;
            const qsizetype end = scan.indexOf("\r\n\r\n");
            const qsizetype headerPart = end < 0 ? chunk.size() : end + 4 - budget->tail.size();
            budget->headerBytes += headerPart;
            budget->inBody = end >= 0;
            budget->tail = scan.right(3);
            bodyPart = chunk.size() - headerPart;
        }
        budget->bodyBytes += bodyPart;
        const bool headersTooLarge = budget->headerBytes > m_limits.maxHeaderBytes;
        if (headersTooLarge || budget->bodyBytes > m_limits.maxBodyBytes) {
            budget->closing = true;
            ++m_refusals.tooLarge;
            refuse(socket, headersTooLarge ? "431 Request Header Fields Too Large" : "413 Content Too Large");
        }
    });
}

} // namespace kiosk
