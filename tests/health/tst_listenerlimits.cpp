// What one client can take of the loopback listener (ListenerLimits, GuardedTcpServer): a
// connection beyond the cap is closed at once, oversized headers and bodies are answered 431
// and 413 and closed, a connection that sends no whole request in time is closed, and a
// request within the limits is still answered, all on this thread's event loop.
#include "health/healthserver.h"
#include "healthfixture.h"
#include "promtext.h"

#include <QElapsedTimer>

using namespace kiosk;
using namespace Qt::StringLiterals;

class TestListenerLimits : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    static std::unique_ptr<HealthServer> startServer(const ListenerLimits &limits = {})
    {
        auto server = std::make_unique<HealthServer>();
        server->setLimits(limits);
        QString error;
        if (!server->listen(0, &error))
            qFatal("cannot listen: %s", qPrintable(error));
        server->publish(R"({"status":"pass"})", false, "# TYPE up gauge\nup 1\n");
        return server;
    }

    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
    }

    double refused(quint16 port, const char *reason)
    {
        test::PromFamilies families;
        const QByteArray page = test::request(m_nam, "GET", port, "/metrics").body;
        if (!test::validateExposition(page, &families).isEmpty())
            return -1;
        return test::sampleValue(families, "kiosk_http_refused_total", {{"reason", reason}});
    }

private slots:
    void connectionsBeyondTheCapAreClosedAtOnce()
    {
        ListenerLimits limits;
        limits.maxConnections = 16;
        auto server = startServer(limits);
        const quint16 port = server->port();
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 16; ++i) {
            open.push_back(test::connectRaw(port));
            // Answered: the listener has taken the connection (and keeps it open).
            QCOMPARE(test::rawStatusLine(*open.back(), get("/healthz")), QByteArray("HTTP/1.1 200 OK"));
        }
        const auto seventeenth = test::connectRaw(port);
        QVERIFY(test::closedByPeer(*seventeenth, 3000));
        for (const auto &socket : open)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(test::rawStatusLine(*open.front(), get("/healthz")), QByteArray("HTTP/1.1 200 OK"));

        // One leaves: there is room again.
        open.back()->disconnectFromHost();
        open.pop_back();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto next = test::connectRaw(port);
                return test::rawStatusLine(*next, get("/healthz"), 500) == "HTTP/1.1 200 OK";
            }(),
            5000);
        open.clear();
        QTRY_COMPARE_WITH_TIMEOUT(refused(port, "connections") >= 1, true, 3000);
    }

    void oversizedHeadersAreRefusedAndClosed()
    {
        auto server = startServer();
        const quint16 port = server->port();
        // Never ends its headers: without a limit the listener would buffer for ever.
        const auto socket = test::connectRaw(port);
        const QByteArray start = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(9000, 'a');
        QCOMPARE(test::rawStatusLine(*socket, start), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QVERIFY(test::closedByPeer(*socket, 3000));

        // Many small headers count the same, also when they come in pieces.
        const auto trickle = test::connectRaw(port);
        trickle->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 40 && trickle->state() == QAbstractSocket::ConnectedState; ++i) {
            trickle->write("X-Header-" + QByteArray::number(i) + ": " + QByteArray(250, 'b') + "\r\n");
            trickle->waitForBytesWritten(1000);
            QTest::qWait(5);
        }
        QVERIFY(test::closedByPeer(*trickle, 3000));

        // Just under the limit is fine.
        const auto fine = test::connectRaw(port);
        QCOMPARE(test::rawStatusLine(*fine, get("/healthz", "X-Padding: " + QByteArray(7000, 'c') + "\r\n")),
                 QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(refused(port, "size"), 2.0);
    }

    void anOversizedBodyIsRefusedAndClosed()
    {
        auto server = startServer();
        int syncs = 0;
        server->setSyncRequestHandler([&syncs] { ++syncs; });
        const auto socket = test::connectRaw(server->port());
        const QByteArray post = "POST /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n"
            + QByteArray(8192, 'x');
        QCOMPARE(test::rawStatusLine(*socket, post), QByteArray("HTTP/1.1 413 Content Too Large"));
        QVERIFY(test::closedByPeer(*socket, 3000));
        QCOMPARE(syncs, 0);
    }

    void aConnectionWithoutAWholeRequestInTimeIsClosed()
    {
        ListenerLimits limits;
        limits.requestTimeout = std::chrono::milliseconds(300);
        auto server = startServer(limits);
        const quint16 port = server->port();

        QElapsedTimer timer;
        timer.start();
        const auto idle = test::connectRaw(port); // says nothing
        QVERIFY(test::closedByPeer(*idle, 3000));
        QVERIFY(timer.elapsed() >= 250);

        // Half a request, then nothing more.
        const auto half = test::connectRaw(port);
        half->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(test::closedByPeer(*half, 3000));

        // A keep-alive connection is closed the same time after its last answer, and that is
        // not counted as a refusal.
        const auto kept = test::connectRaw(port);
        QCOMPARE(test::rawStatusLine(*kept, get("/healthz")), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(test::closedByPeer(*kept, 3000));
        QCOMPARE(refused(port, "timeout"), 2.0);
    }

    void somethingThatIsNotHttpIsNotKept()
    {
        ListenerLimits limits;
        limits.requestTimeout = std::chrono::milliseconds(300);
        auto server = startServer(limits);
        const auto garbage = test::connectRaw(server->port());
        garbage->write("\x01\x02 not http\r\n\r\n");
        QVERIFY(test::closedByPeer(*garbage, 3000));
    }

    void requestsWithinTheLimitsKeepWorkingOnOneConnection()
    {
        ListenerLimits limits;
        limits.requestTimeout = std::chrono::milliseconds(2000);
        auto server = startServer(limits);
        const auto socket = test::connectRaw(server->port());
        // More bytes in all than one request may have: the budget starts again after each answer.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(test::rawStatusLine(*socket, get("/healthz", "X-Padding: " + QByteArray(5000, 'd') + "\r\n")),
                     QByteArray("HTTP/1.1 200 OK"));
    }
};

QTEST_GUILESS_MAIN(TestListenerLimits)
#include "tst_listenerlimits.moc"
