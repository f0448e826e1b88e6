// The health listener's requests, raw bytes on a loopback connection: Qt HttpServer's parser,
// then our routes (/healthz, /metrics, /sync, /outbox?state=&limit=, /outbox/<seq>/retry,
// /config/reload) and the 404/405 answers. The outbox handlers answer from memory here, the
// way the kiosk's answer from SQLite: the fuzzer explores the request side, not the database.
#include "fuzzinput.h"
#include "health/healthserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>
#include <sys/socket.h>

namespace {

QCoreApplication *application = nullptr;
kiosk::HealthServer *server = nullptr;

void pump(QTcpSocket &socket, QDeadlineTimer deadline)
{
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        socket.waitForReadyRead(5);
        socket.readAll();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    application = new QCoreApplication(*argc, *argv);
    server = new kiosk::HealthServer;
    QString error;
    if (!server->listen(0, &error))
        qFatal("%s", qPrintable(error));
    server->publish(R"({"status":"pass"})", false, "kiosk_up 1\n");
    server->setSyncRequestHandler([] {});
    server->setConfigReloadHandler([] {});
    server->setOutboxListHandler([](kiosk::OutboxFilter, int limit) -> std::optional<QList<kiosk::OutboxEntry>> {
        if (limit < 1 || limit > kiosk::HealthServer::MaxOutboxLimit)
            __builtin_trap(); // the server let a bad limit through
        return QList<kiosk::OutboxEntry>{};
    });
    server->setOutboxRetryHandler([](qint64 seq) {
        return seq % 2 ? kiosk::OutboxRetryResult::NotFound : kiosk::OutboxRetryResult::NotFailed;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    const QDeadlineTimer deadline(2000);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        socket.waitForConnected(5);
    }
    if (socket.state() != QAbstractSocket::ConnectedState)
        qFatal("cannot connect to the health listener");
    socket.write(fuzz::bytes(data, size));
    socket.flush();
    // End of request: the server answers what it could parse and closes the connection.
    ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    pump(socket, deadline);
    // No TIME_WAIT on our side: a reset, so that a long run does not run out of ports.
    const linger reset{1, 0};
    ::setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    socket.abort();
    QCoreApplication::processEvents(); // the server drops its end of the connection
    return 0;
}
