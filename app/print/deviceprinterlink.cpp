#include "print/deviceprinterlink.h"

#include "print/pollwait.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

DevicePrinterLink::DevicePrinterLink(const QString &path, int ioTimeoutMs)
    : m_path(path), m_ioTimeoutMs(ioTimeoutMs)
{
}

DevicePrinterLink::~DevicePrinterLink()
{
    close();
}

QString DevicePrinterLink::target() const
{
    return m_path;
}

bool DevicePrinterLink::open(QString *error)
{
    close();
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd >= 0)
        return true;
    const int openError = errno;
    if (error) {
        *error = openError == ENOENT ? u"%1 does not exist (printer unplugged or off?)"_s.arg(m_path)
                                     : u"cannot open %1: %2"_s.arg(m_path, errnoText(openError));
    }
    return false;
}

bool DevicePrinterLink::isOpen() const
{
    return m_fd >= 0;
}

bool DevicePrinterLink::write(const QByteArray &bytes, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = u"%1 is not open"_s.arg(m_path);
        return false;
    }
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    // The timeout counts from the last progress: a long ticket on a slow USB link is fine, a
    // printer that stops taking bytes is not.
    while (left > 0) {
        if (!pollSliced(m_fd, POLLOUT, m_ioTimeoutMs)) {
            if (error)
                *error = u"%1 took no more of the ticket for %2 ms"_s.arg(m_path).arg(m_ioTimeoutMs);
            close();
            return false;
        }
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (written < 0) {
            if (error)
                *error = u"cannot write to %1: %2"_s.arg(m_path, errnoText(errno));
            close();
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

std::optional<quint8> DevicePrinterLink::realTimeStatus(int n, int timeoutMs)
{
    if (!isOpen())
        return std::nullopt;
    drainInput();
    const char query[] = {0x10, 0x04, char(n)};
    QString ignored;
    if (!write(QByteArray(query, sizeof query), &ignored))
        return std::nullopt;
    const QDeadlineTimer deadline(timeoutMs);
    while (pollSliced(m_fd, POLLIN, int(deadline.remainingTime()))) {
        char byte = 0;
        const ssize_t got = ::read(m_fd, &byte, 1);
        if (got == 1)
            return quint8(byte);
        if (got == 0 || (errno != EAGAIN && errno != EINTR))
            return std::nullopt;
        if (deadline.hasExpired())
            break;
    }
    return std::nullopt;
}

void DevicePrinterLink::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void DevicePrinterLink::drainInput()
{
    // A late answer to an earlier query must not be taken for this one.
    char buffer[64];
    while (::read(m_fd, buffer, sizeof buffer) > 0) {
    }
}

} // namespace kiosk
