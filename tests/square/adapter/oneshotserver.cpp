#include "oneshotserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kiosk::test {

OneShotServer::~OneShotServer()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_socket >= 0)
        ::close(m_socket);
}

bool OneShotServer::serve(const QByteArray &contentType, const QByteArray &body, int status, quint16 port)
{
    m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(m_socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on); // the port of a server before
    sockaddr_in address{};
    address.sin_port = htons(port);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_socket, 1) != 0
        || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        return false;
    }
    m_port = ntohs(address.sin_port);
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType + "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    m_thread = std::thread([this, response] {
        pollfd waiting{m_socket, POLLIN, 0};
        if (::poll(&waiting, 1, 10000) != 1)
            return;
        const int connection = ::accept(m_socket, nullptr, nullptr);
        // One request only: the port is free for the next server at once.
        ::close(m_socket);
        m_socket = -1;
        if (connection < 0)
            return;
        char buffer[4096];
        while (!m_request.contains("\r\n\r\n")) {
            const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            m_request.append(buffer, got);
        }
        for (qsizetype sent = 0; sent < response.size();) {
            const ssize_t wrote = ::send(connection, response.constData() + sent, size_t(response.size() - sent), MSG_NOSIGNAL);
            if (wrote <= 0)
                break;
            sent += wrote;
        }
        ::close(connection);
    });
    return true;
}

QByteArray OneShotServer::request()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_request;
}

} // namespace kiosk::test
