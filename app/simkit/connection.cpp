#include "simkit/connection.h"

#include <QHttpServerResponder>
#include <QTimer>
#include <sys/socket.h>

namespace kiosk::simkit {

namespace {

constexpr int TrickleSlices = 10;

} // namespace

Connection::Connection(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder))), m_socket(socket)
{
}

Connection::~Connection() = default;

bool Connection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Connection::writeHead(const Response &response)
{
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        m_responder->writeHeader(name, value);
    if (!response.body.isEmpty())
        m_responder->writeHeader("Content-Type", response.contentType);
    // A 304 has no body and so no length; anything else states it, even when it is 0.
    if (response.status != 304)
        m_responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
}

void Connection::send(const Response &response)
{
    if (!isOpen())
        return;
    writeHead(response);
    m_responder->writeBody(response.body); // also ends the header block
}

void Connection::trickle(std::shared_ptr<Connection> connection, const Response &response, int durationMs)
{
    if (!connection->isOpen())
        return;
    connection->writeHead(response);
    connection->m_responder->writeBody(QByteArray());
    const QByteArray body = response.body;
    // The timer belongs to the socket, so it stops if the client goes away mid-body.
    auto *timer = new QTimer(connection->m_socket);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(durationMs / TrickleSlices);
    QObject::connect(timer, &QTimer::timeout, timer, [connection, body, timer, slice = 0]() mutable {
        const qsizetype from = body.size() * slice / TrickleSlices;
        const qsizetype to = body.size() * ++slice / TrickleSlices;
        if (connection->isOpen())
            connection->m_responder->writeBody(body.mid(from, to - from));
        if (slice == TrickleSlices) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void Connection::reset()
{
    if (!m_socket)
        return;
    // SO_LINGER with a zero timeout makes close() send RST instead of an orderly FIN.
    const linger abortive{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    m_socket->abort();
}

} // namespace kiosk::simkit
