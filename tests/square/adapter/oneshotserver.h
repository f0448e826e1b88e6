#pragma once

#include <QByteArray>
#include <thread>

namespace kiosk::test {

// One HTTP request on a loopback port, on a thread of its own (the adapter under test blocks
// the test's thread while it asks): answered with a status and a body, and what arrived is kept, so
// a test sees the very headers a client sent to a host that is not Square's API.
class OneShotServer
{
public:
    OneShotServer() = default;
    ~OneShotServer();
    OneShotServer(const OneShotServer &) = delete;
    OneShotServer &operator=(const OneShotServer &) = delete;

    // Listens (on `port`, any when 0) and answers one request (within 10 s) with `status` and
    // `body`; false when it cannot listen.
    bool serve(const QByteArray &contentType, const QByteArray &body, int status = 200, quint16 port = 0);
    quint16 port() const { return m_port; }
    // What the request was (its head: request line and headers); waits for the thread.
    QByteArray request();

private:
    int m_socket = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    QByteArray m_request;
};

} // namespace kiosk::test
