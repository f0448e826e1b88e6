#include "print/networkprinterlink.h"

#include "print/pollwait.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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
    QString failure;
    const int fd = connectSocket(&failure);
    if (fd < 0) {
        if (error)
            *error = failure;
        return false;
    }
    m_socket = std::make_unique<QTcpSocket>();
    if (!m_socket->setSocketDescriptor(fd)) {
        ::close(fd);
        if (error)
            *error = u"cannot use the connection to %1: %2"_s.arg(target(), socketError());
        close();
        return false;
    }
    return true;
}

int NetworkPrinterLink::connectSocket(QString *error) const
{
    // The connect is done by hand, not by QTcpSocket::waitForConnected: that one cannot be
    // waited on in slices (a timeout aborts it), so a stop request could not cut it short.
    QHostAddress address(m_host);
    if (address.isNull()) {
        const QList<QHostAddress> found = QHostInfo::fromName(m_host).addresses();
        if (found.isEmpty()) {
            *error = u"printer host %1 not found"_s.arg(m_host);
            return -1;
        }
        address = found.first();
    }
    sockaddr_storage peer{};
    socklen_t peerSize = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&peer);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(m_port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        peerSize = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&peer);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(m_port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        peerSize = sizeof *in4;
    }
    const int fd = ::socket(peer.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = u"cannot connect to %1: %2"_s.arg(target(), QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    int result = ::connect(fd, reinterpret_cast<sockaddr *>(&peer), peerSize) == 0 ? 0 : errno;
    if (result == EINPROGRESS) {
        if (!pollSliced(fd, POLLOUT, m_ioTimeoutMs)) {
            ::close(fd);
            *error = u"no answer from %1 within %2 ms"_s.arg(target()).arg(m_ioTimeoutMs);
            return -1;
        }
        socklen_t size = sizeof result;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &result, &size);
    }
    if (result == 0)
        return fd;
    ::close(fd);
    *error = result == ECONNREFUSED
                 ? u"connection refused by %1"_s.arg(target())
                 : u"cannot connect to %1: %2"_s.arg(target(), QString::fromLocal8Bit(std::strerror(result)));
    return -1;
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
    // The timeout counts from the last progress: a printer busy printing a long ticket takes
    // its bytes slowly, a stuck one not at all.
    QDeadlineTimer stalled(m_ioTimeoutMs);
    qint64 left = m_socket->bytesToWrite();
    while (left > 0 && isOpen() && !interrupted() && !stalled.hasExpired()) {
        m_socket->waitForBytesWritten(kWaitSliceMs);
        if (m_socket->bytesToWrite() < left) {
            left = m_socket->bytesToWrite();
            stalled.setRemainingTime(m_ioTimeoutMs);
        }
    }
    if (left > 0 || !isOpen()) {
        if (error) {
            *error = isOpen() ? u"%1 took no more of the ticket for %2 ms"_s.arg(target()).arg(m_ioTimeoutMs)
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
