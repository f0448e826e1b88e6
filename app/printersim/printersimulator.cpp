#include "printersim/printersimulator.h"

#include "printersim/escposscanner.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace kiosk {

// One client: its socket, its own command scanner, and the ticket it is sending.
class PrinterConnection
{
public:
    explicit PrinterConnection(QTcpSocket *socket) : socket(socket) {}

    QTcpSocket *socket;
    EscPosScanner scanner;
    QByteArray ticket;
    bool spoiled = false; // some of this ticket came while the printer could not print
};

namespace {

// Epson TM-T88 real-time status: bits 1 and 4 are always set.
constexpr quint8 Fixed = 0x12;

} // namespace

PrinterSimulator::PrinterSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PrinterSimulator::accept);
}

PrinterSimulator::~PrinterSimulator()
{
    for (PrinterConnection *connection : std::as_const(m_connections))
        delete connection;
}

bool PrinterSimulator::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void PrinterSimulator::setRefuseConnections(bool refuse)
{
    if (refuse)
        m_server->close();
    else if (!m_server->isListening())
        m_server->listen(QHostAddress::LocalHost, m_port);
}

void PrinterSimulator::disconnectAll()
{
    const QList<PrinterConnection *> connections = m_connections;
    for (PrinterConnection *connection : connections)
        connection->socket->abort();
}

quint8 PrinterSimulator::statusByte(int n, Paper paper, bool coverOpen)
{
    switch (n) {
    case 1:
        return Fixed | (paper == Paper::Out || coverOpen ? 0x08 : 0x00); // offline
    case 2:
        return Fixed | (coverOpen ? 0x04 : 0x00) | (paper == Paper::Out ? 0x20 : 0x00);
    case 3:
        return Fixed; // no cutter or heat errors simulated
    case 4:
        return Fixed | (paper == Paper::NearEnd ? 0x0c : 0x00) | (paper == Paper::Out ? 0x60 : 0x00);
    default:
        return 0;
    }
}

void PrinterSimulator::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new PrinterConnection(socket);
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { read(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { drop(connection); });
        emit connectionCountChanged();
    }
}

void PrinterSimulator::drop(PrinterConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    // A ticket cut short by the connection is not a ticket.
    connection->socket->deleteLater();
    delete connection;
    emit connectionCountChanged();
}

void PrinterSimulator::read(PrinterConnection *connection)
{
    QByteArray bytes = connection->socket->readAll();
    bool disconnect = false;
    if (m_disconnectAfter >= 0) {
        if (bytes.size() >= m_disconnectAfter) {
            bytes.truncate(m_disconnectAfter);
            m_disconnectAfter = -1;
            disconnect = true;
        } else {
            m_disconnectAfter -= int(bytes.size());
        }
    }
    if (m_silent)
        bytes.clear();
    for (const EscPosCommand &command : connection->scanner.feed(bytes)) {
        if (command.kind == EscPosCommand::Kind::Status) {
            ++m_statusQueries;
            if (command.problem.isEmpty())
                connection->socket->write(QByteArray(1, char(statusByte(command.arg, m_paper, m_coverOpen))));
            continue;
        }
        connection->ticket.append(command.raw);
        connection->spoiled = connection->spoiled || !canPrint();
        if (command.kind != EscPosCommand::Kind::Cut)
            continue;
        if (connection->spoiled) {
            ++m_discardedTickets;
        } else {
            m_tickets.append(connection->ticket);
            emit ticketReceived(int(m_tickets.size()) - 1);
        }
        connection->ticket.clear();
        connection->spoiled = false;
    }
    if (disconnect) {
        connection->socket->flush();
        connection->socket->abort();
    }
}

} // namespace kiosk
