#include "printersim/printersimulator.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace kiosk;
using Paper = PrinterSimulator::Paper;

namespace {

const QByteArray Ticket = QByteArray::fromHex("1b40") + "Order 42\n" + QByteArray::fromHex("1d564203");

QByteArray status(int n)
{
    return QByteArray::fromHex("1004") + char(n);
}

} // namespace

class TestPrinterSimulator : public QObject
{
    Q_OBJECT

private:
    // A connected client; QTRY_ lets the simulator run on this thread's event loop.
    std::unique_ptr<QTcpSocket> connectTo(PrinterSimulator &printer)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, printer.port());
        if (!socket->waitForConnected(3000))
            return nullptr;
        return socket;
    }

    // Sends a status query and returns the byte it got, -1 when none came within `ms`.
    int query(QTcpSocket &socket, int n, int ms = 3000)
    {
        socket.readAll();
        socket.write(status(n));
        QElapsedTimer timer;
        timer.start();
        while (socket.bytesAvailable() == 0 && timer.elapsed() < ms)
            QTest::qWait(10);
        return socket.bytesAvailable() ? quint8(socket.read(1).at(0)) : -1;
    }

private slots:
    void statusBytes_data()
    {
        QTest::addColumn<Paper>("paper");
        QTest::addColumn<bool>("coverOpen");
        QTest::addColumn<QByteArray>("expected"); // the answers to n = 1, 2, 3, 4
        QTest::newRow("ready") << Paper::Present << false << QByteArray::fromHex("12121212");
        QTest::newRow("near end") << Paper::NearEnd << false << QByteArray::fromHex("1212121e");
        QTest::newRow("paper out") << Paper::Out << false << QByteArray::fromHex("1a321272");
        QTest::newRow("cover open") << Paper::Present << true << QByteArray::fromHex("1a161212");
        QTest::newRow("both") << Paper::Out << true << QByteArray::fromHex("1a361272");
    }

    void statusBytes()
    {
        QFETCH(Paper, paper);
        QFETCH(bool, coverOpen);
        QFETCH(QByteArray, expected);
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        printer.setPaper(paper);
        printer.setCoverOpen(coverOpen);
        const auto socket = connectTo(printer);
        QVERIFY(socket);
        for (int n = 1; n <= 4; ++n)
            QCOMPARE(query(*socket, n), int(quint8(expected.at(n - 1))));
        QCOMPARE(printer.statusQueries(), 4);
        QCOMPARE(query(*socket, 5, 200), -1); // not a status a printer knows: no answer
    }

    void ticketsAcrossConnections()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        QSignalSpy received(&printer, &PrinterSimulator::ticketReceived);
        for (int i = 0; i < 3; ++i) {
            const auto socket = connectTo(printer);
            QVERIFY(socket);
            QCOMPARE(query(*socket, 1), 0x12);
            // In pieces, the cut split from its argument.
            socket->write(Ticket.first(5));
            QTest::qWait(20);
            socket->write(Ticket.sliced(5, Ticket.size() - 6));
            QTest::qWait(20);
            socket->write(Ticket.last(1));
            QTRY_COMPARE(received.size(), i + 1);
            socket->disconnectFromHost();
        }
        QCOMPARE(printer.tickets(), QList<QByteArray>(3, Ticket)); // the status queries are not in them
        QCOMPARE(received.at(2).at(0).toInt(), 2);
        QTRY_COMPARE(printer.connectionCount(), 0);
    }

    void statusAnsweredMidTicket()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        const auto socket = connectTo(printer);
        QVERIFY(socket);
        socket->write(Ticket.first(8));
        printer.setPaper(Paper::NearEnd);
        QCOMPARE(query(*socket, 4), 0x1e);
        socket->write(Ticket.sliced(8));
        QTRY_COMPARE(printer.tickets().size(), 1);
        QCOMPARE(printer.tickets().first(), Ticket);
    }

    void statusBytesInsideDataAreData()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        const auto socket = connectTo(printer);
        QVERIFY(socket);
        // A raster image whose rows hold 10 04 01, and 10 04 as the arguments of ESC t / GS !.
        const QByteArray raster = QByteArray::fromHex("1d763000" "0300" "0200" "100401" "100402");
        const QByteArray ticket = QByteArray::fromHex("1b40" "1b7410" "1d2110") + raster
                                + QByteArray::fromHex("1b7404" "1d564200");
        socket->write(ticket);
        QTRY_COMPARE(printer.tickets().size(), 1);
        QTest::qWait(100);
        QCOMPARE(socket->bytesAvailable(), 0);
        QCOMPARE(printer.statusQueries(), 0);
        QCOMPARE(printer.tickets().first(), ticket);
    }

    void paperOutDiscardsTheTicket()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        const auto socket = connectTo(printer);
        QVERIFY(socket);
        printer.setPaper(Paper::Out);
        socket->write(Ticket);
        QCOMPARE(query(*socket, 4), 0x72); // answered while out of paper
        QTRY_COMPARE(printer.discardedTickets(), 1);
        // Paper back mid-ticket: the ticket that began without paper is still not printed.
        socket->write(Ticket.first(4));
        QCOMPARE(query(*socket, 1), 0x1a);
        printer.setPaper(Paper::Present);
        socket->write(Ticket.sliced(4));
        QTRY_COMPARE(printer.discardedTickets(), 2);
        printer.setCoverOpen(true);
        socket->write(Ticket);
        QTRY_COMPARE(printer.discardedTickets(), 3);
        printer.setCoverOpen(false);
        socket->write(Ticket);
        QTRY_COMPARE(printer.tickets().size(), 1);
    }

    void disconnectAfterOnce()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        printer.setDisconnectAfter(6);
        auto socket = connectTo(printer);
        QVERIFY(socket);
        socket->write(Ticket);
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(printer.tickets().isEmpty());
        QTRY_COMPARE(printer.connectionCount(), 0);
        // Once: the next connection prints.
        socket = connectTo(printer);
        QVERIFY(socket);
        socket->write(Ticket);
        QTRY_COMPARE(printer.tickets().size(), 1);
    }

    void silentNeverAnswers()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        printer.setSilent(true);
        const auto socket = connectTo(printer);
        QVERIFY(socket);
        QCOMPARE(query(*socket, 1, 300), -1);
        socket->write(Ticket);
        QTest::qWait(100);
        QVERIFY(printer.tickets().isEmpty());
        printer.setSilent(false);
        QCOMPARE(query(*socket, 1), 0x12);
    }

    void refuseConnections()
    {
        PrinterSimulator printer;
        QVERIFY(printer.listen());
        printer.setRefuseConnections(true);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, printer.port());
        QVERIFY(!socket.waitForConnected(1000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        printer.setRefuseConnections(false);
        QVERIFY(connectTo(printer));
    }
};

QTEST_GUILESS_MAIN(TestPrinterSimulator)
#include "tst_printersimulator.moc"
