#include "print/deviceprinterlink.h"
#include "print/networkprinterlink.h"
#include "print/printerstatusreader.h"
#include "printersim/printersimulator.h"
#include "support/freeport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kiosk;

namespace {

const QByteArray kTicket = QByteArray::fromHex("1b40") + "Order A-001\n" + QByteArray::fromHex("1d564200");

// The links block, so they run on a thread of their own while this thread's event loop serves
// the simulator (or the pseudo-terminal's other end).
template<typename F>
void runOffThread(F work)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 10000);
}

// What one link did on its own thread: open, optionally send kTicket, read the status.
struct Exchange
{
    bool opened = false;
    bool written = false;
    PrinterStatus status;
    qint64 statusMs = -1; // how long the status read took
};

Exchange exchange(const std::function<std::unique_ptr<PrinterLink>()> &makeLink, bool send, int statusTimeoutMs)
{
    Exchange result;
    runOffThread([&] {
        std::unique_ptr<PrinterLink> link = makeLink();
        QString error;
        result.opened = link->open(&error);
        if (!result.opened)
            return;
        result.written = send && link->write(kTicket, &error);
        QElapsedTimer clock;
        clock.start();
        result.status = readPrinterStatus(*link, statusTimeoutMs);
        result.statusMs = clock.elapsed();
    });
    return result;
}

// Runs a wait of 10 s on its own thread, asks that thread to stop after 200 ms, and returns how
// long the wait lasted (-1 if the thread did not end within 2 s).
qint64 waitInterruptedAfter200Ms(const std::function<void()> &longWait)
{
    std::atomic<qint64> waited = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QElapsedTimer clock;
        clock.start();
        longWait();
        waited = clock.elapsed();
    }));
    thread->start();
    QTest::qWait(200);
    thread->requestInterruption();
    if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 2000)) {
        thread->wait();
        return -1;
    }
    return waited;
}

// A loopback listener that never accepts, so nothing reads what a connection sends. With its
// backlog filled, the kernel drops further SYNs, so a connect hangs as it does towards a
// printer switched off behind a router.
struct BlackHole
{
    int listener = -1;
    QList<int> fillers;
    quint16 port = 0;
    sockaddr_in address{};

    bool listen(int backlog)
    {
        listener = ::socket(AF_INET, SOCK_STREAM, 0);
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), size) != 0 || ::listen(listener, backlog) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return false;
        port = ntohs(address.sin_port);
        return true;
    }

    bool open()
    {
        if (!listen(0))
            return false;
        for (int i = 0; i < 8; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            fillers.append(fd);
            ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
            pollfd entry{fd, POLLOUT, 0};
            if (::poll(&entry, 1, 100) == 0)
                return true; // this one hangs: the backlog is full
        }
        return false;
    }

    ~BlackHole()
    {
        for (int fd : fillers)
            ::close(fd);
        if (listener >= 0)
            ::close(listener);
    }
};

// A pseudo-terminal in raw mode stands in for /dev/usb/lp0: the link opens its slave side by
// path, the test plays the printer on the master side.
struct PseudoPrinter
{
    int master = -1;
    int slave = -1;
    QString path;
    QByteArray received;
    bool answer = true;
    std::unique_ptr<QSocketNotifier> notifier;

    bool open()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return false;
        path = QString::fromLocal8Bit(::ptsname(master));
        // Kept open so the raw mode stays while the link opens and closes its own descriptor.
        slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        termios raw{};
        if (slave < 0 || ::tcgetattr(slave, &raw) != 0)
            return false;
        ::cfmakeraw(&raw);
        if (::tcsetattr(slave, TCSANOW, &raw) != 0)
            return false;
        notifier = std::make_unique<QSocketNotifier>(master, QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [this] { serve(); });
        return true;
    }

    void serve()
    {
        char buffer[256];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got <= 0)
            return;
        received.append(buffer, got);
        // Each complete DLE EOT n gets "ready" (0x12) back.
        while (answer && received.contains(QByteArray::fromHex("1004"))) {
            const qsizetype at = received.indexOf(QByteArray::fromHex("1004"));
            if (at + 2 >= received.size())
                break;
            received.remove(at, 3);
            const char ready = 0x12;
            if (::write(master, &ready, 1) != 1)
                qWarning("the pseudo-terminal took no status answer");
        }
    }

    ~PseudoPrinter()
    {
        notifier.reset();
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
    }
};

} // namespace

class TestPrinterLink : public QObject
{
    Q_OBJECT

private slots:
    void networkPrintsAndReadsStatus()
    {
        PrinterSimulator simulator;
        QVERIFY(simulator.listen());
        const Exchange done = exchange(
            [&] { return std::make_unique<NetworkPrinterLink>(u"127.0.0.1"_s, simulator.port(), 2000); }, true, 2000);
        QVERIFY(done.written);
        QCOMPARE(done.status.state, PrinterStatus::State::Ready);
        QCOMPARE(simulator.tickets(), QList<QByteArray>{kTicket});
        QCOMPARE(simulator.statusQueries(), 4);
    }

    void networkRefusedSaysWhere()
    {
        const quint16 port = kiosk::test::freePort();
        NetworkPrinterLink link(u"127.0.0.1"_s, port, 1000);
        QString error;
        QVERIFY(!link.open(&error));
        QCOMPARE(error, u"connection refused by 127.0.0.1:%1"_s.arg(port));
        QVERIFY(!link.isOpen());
    }

    void networkSilentAnswersNothingWithinTimeout()
    {
        PrinterSimulator simulator;
        QVERIFY(simulator.listen());
        simulator.setSilent(true);
        const Exchange done = exchange(
            [&] { return std::make_unique<NetworkPrinterLink>(u"127.0.0.1"_s, simulator.port(), 2000); }, false, 300);
        QVERIFY(done.opened);
        QCOMPARE(done.status.state, PrinterStatus::State::Unreachable);
        QVERIFY2(done.statusMs >= 290 && done.statusMs < 1500, qPrintable(QString::number(done.statusMs)));
    }

    void networkConnectTimesOut()
    {
        BlackHole hole;
        QVERIFY(hole.open());
        NetworkPrinterLink link(u"127.0.0.1"_s, hole.port, 300);
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!link.open(&error));
        QVERIFY2(clock.elapsed() >= 290 && clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(error, u"no answer from 127.0.0.1:%1 within 300 ms"_s.arg(hole.port));
    }

    // A printer that stops taking bytes (its buffer full, never emptied) fails the send
    // after one I/O timeout without progress.
    void networkStalledSendTimesOut()
    {
        BlackHole hole;
        QVERIFY(hole.listen(4));
        NetworkPrinterLink link(u"127.0.0.1"_s, hole.port, 300);
        QString error;
        QVERIFY(link.open(&error));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!link.write(QByteArray(64 * 1024 * 1024, 'x'), &error));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(error, u"127.0.0.1:%1 took no more of the ticket for 300 ms"_s.arg(hole.port));
        QVERIFY(!link.isOpen());
    }

    // PrintService::stop() must not wait out a connect to a printer that does not answer.
    void networkConnectIsCutShortByStop()
    {
        BlackHole hole;
        QVERIFY(hole.open());
        const qint64 waited = waitInterruptedAfter200Ms([&] {
            NetworkPrinterLink link(u"127.0.0.1"_s, hole.port, 10000);
            QString error;
            link.open(&error);
        });
        QVERIFY2(waited >= 0 && waited < 1000, qPrintable(QString::number(waited)));
    }

    void deviceWritesAndReadsStatus()
    {
        PseudoPrinter printer;
        QVERIFY(printer.open());
        const Exchange done
            = exchange([&] { return std::make_unique<DevicePrinterLink>(printer.path, 2000); }, true, 2000);
        QVERIFY(done.written);
        QCOMPARE(done.status.state, PrinterStatus::State::Ready);
        QCOMPARE(printer.received, kTicket);
    }

    void deviceSilentAnswersNothingWithinTimeout()
    {
        PseudoPrinter printer;
        QVERIFY(printer.open());
        printer.answer = false;
        const Exchange done
            = exchange([&] { return std::make_unique<DevicePrinterLink>(printer.path, 2000); }, false, 300);
        QVERIFY(done.opened);
        QCOMPARE(done.status.state, PrinterStatus::State::Unreachable);
        QVERIFY2(done.statusMs >= 290 && done.statusMs < 1500, qPrintable(QString::number(done.statusMs)));
    }

    void deviceMissingSaysSo()
    {
        DevicePrinterLink link(u"/nonexistent/usb/lp0"_s, 1000);
        QString error;
        QVERIFY(!link.open(&error));
        QCOMPARE(error, u"/nonexistent/usb/lp0 does not exist (printer unplugged or off?)"_s);
    }

    void interruptionCutsAWaitShort()
    {
        PseudoPrinter printer;
        QVERIFY(printer.open());
        printer.answer = false;
        const qint64 waited = waitInterruptedAfter200Ms([&] {
            DevicePrinterLink link(printer.path, 2000);
            QString error;
            if (link.open(&error))
                link.realTimeStatus(1, 10000);
        });
        QVERIFY2(waited >= 0 && waited < 1000, qPrintable(QString::number(waited)));
    }
};

QTEST_GUILESS_MAIN(TestPrinterLink)
#include "tst_printerlink.moc"
