#include "print/networkprinterlink.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {
constexpr int kWaitSliceMs = 50;

bool interrupted()
{
    return QThread::currentThread()->isInterruptionRequested();
}
} // namespace

NetworkPrinterLink::NetworkPrinterLink(const QString &host, quint16 port, int ioTimeoutMs)
    : m_host(host), m_port(port), m_ioTimeoutMs(ioTimeoutMs)
{
}

NetworkPrinterLink::~NetworkPrinterLink()
{
    close();
}

QString NetworkPrinterLink::target() const
{
    return u"%1:%2"_s.arg(m_host).arg(m_port);
}

bool NetworkPrinterLink::open(QString *error)
{
    close();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    // One wait: a connect still in progress must not be abandoned between slices.
    if (m_socket->waitForConnected(m_ioTimeoutMs))
        return true;
    if (error) {
        switch (m_socket->error()) {
        case QAbstractSocket::ConnectionRefusedError:
            *error = u"connection refused by %1"_s.arg(target());
            break;
        case QAbstractSocket::HostNotFoundError:
            *error = u"printer host %1 not found"_s.arg(m_host);
            break;
        case QAbstractSocket::SocketTimeoutError:
            *error = u"no answer from %1 within %2 ms"_s.arg(target()).arg(m_ioTimeoutMs);
            break;
        default:
            *error = u"cannot connect to %1: %2"_s.arg(target(), socketError());
            break;
        }
    }
    close();
    return false;
}

bool NetworkPrinterLink::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool NetworkPrinterLink::write(const QByteArray &bytes, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = u"the connection to %1 is closed"_s.arg(target());
        return false;
    }
    if (m_socket->write(bytes) != bytes.size()) {
        if (error)
            *error = u"cannot send to %1: %2"_s.arg(target(), socketError());
        close();
        return false;
    }
    const bool sent = waitSliced(m_ioTimeoutMs, [this](int slice) {
        if (m_socket->bytesToWrite() > 0)
            m_socket->waitForBytesWritten(slice);
        return m_socket->bytesToWrite() == 0;
    });
    if (!sent || !isOpen()) {
        if (error) {
            *error = isOpen() ? u"%1 did not take the ticket within %2 ms"_s.arg(target()).arg(m_ioTimeoutMs)
                              : u"the connection to %1 was lost while sending"_s.arg(target());
        }
        close();
        return false;
    }
    return true;
}

std::optional<quint8> NetworkPrinterLink::realTimeStatus(int n, int timeoutMs)
{
    if (!isOpen())
        return std::nullopt;
    // A late answer to an earlier query must not be taken for this one.
    m_socket->readAll();
    const char query[] = {0x10, 0x04, char(n)};
    if (m_socket->write(query, sizeof query) != qint64(sizeof query))
        return std::nullopt;
    const bool answered = waitSliced(timeoutMs, [this](int slice) {
        if (m_socket->bytesToWrite() > 0)
            m_socket->waitForBytesWritten(slice);
        return m_socket->bytesAvailable() > 0 || m_socket->waitForReadyRead(slice);
    });
    if (!answered || m_socket->bytesAvailable() == 0)
        return std::nullopt;
    char byte = 0;
    m_socket->getChar(&byte);
    return quint8(byte);
}

void NetworkPrinterLink::close()
{
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
}

bool NetworkPrinterLink::waitSliced(int timeoutMs, const std::function<bool(int)> &waitStep) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!interrupted()) {
        const int left = int(deadline.remainingTime());
        if (waitStep(std::max(1, std::min(left, kWaitSliceMs))))
            return true;
        if (m_socket->state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
    }
    return false;
}

QString NetworkPrinterLink::socketError() const
{
    return m_socket ? m_socket->errorString() : u"no connection"_s;
}

} // namespace kiosk
