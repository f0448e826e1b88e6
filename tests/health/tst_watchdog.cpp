// The event-loop watcher and the systemd watchdog: a GUI thread blocked for 1.5 s is seen by
// the watcher thread while it is blocked, the pings stop during the freeze and resume after,
// the report fails; nothing is sent outside systemd; the real sd_notify reaches NOTIFY_SOCKET.
#include "health/eventloopmonitor.h"
#include "health/healthmonitor.h"
#include "health/systemdnotifier.h"
#include "health/watchdognotifier.h"
#include "healthfixture.h"
#include "support/fakenotifier.h"

#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace kiosk;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Restores the systemd variables a test sets.
struct SystemdEnvironment
{
    SystemdEnvironment() { clear(); }
    ~SystemdEnvironment() { clear(); }
    static void clear()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }
};

} // namespace

class TestWatchdog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void frozenEventLoopStopsThePingsUntilItRecovers()
    {
        const QString db = m_dir.filePath(u"freeze.db"_s);
        test::makeDatabase(db, 1, QDateTime::currentDateTimeUtc());
        HealthSettings settings = test::healthTestSettings();
        settings.eventLoopWindowMs = 1000;
        auto fake = std::make_unique<test::FakeNotifier>(400ms); // WATCHDOG_USEC=400000
        test::FakeNotifier *systemd = fake.get();
        HealthMonitor monitor(settings, db, std::move(fake));
        QVERIFY(monitor.start());
        QCOMPARE(monitor.watchdog().pingIntervalMs(), 200);
        QTest::qWait(700);
        QVERIFY2(systemd->pings().size() >= 3, qPrintable(QString::number(systemd->pings().size())));
        QCOMPARE(monitor.eventLoop().stallCount(), quint64(0));

        // Another thread looks at the monitor in the middle of the freeze.
        std::atomic<qint64> stallSeenDuringFreeze{-1};
        std::thread observer([&] {
            std::this_thread::sleep_for(1200ms);
            stallSeenDuringFreeze = monitor.eventLoop().currentStallMs();
        });
        const qint64 freezeStart = EventLoopMonitor::nowMs();
        QThread::msleep(1500); // the GUI thread is blocked: none of its timers can run
        const qint64 freezeEnd = EventLoopMonitor::nowMs();
        observer.join();

        // Only the watcher thread can have counted this stall: the heartbeat could not run.
        QCOMPARE(monitor.eventLoop().stallCount(), quint64(1));
        QVERIFY(monitor.eventLoop().worstLatencyMs(2000) >= 1000);
        QVERIFY2(stallSeenDuringFreeze >= 1100, qPrintable(QString::number(stallSeenDuringFreeze)));
        monitor.refresh();
        QCOMPARE(monitor.report().find(u"eventloop:latency"_s)->status, HealthStatus::Fail);
        QCOMPARE(monitor.report().status, HealthStatus::Fail);

        QTest::qWait(800);
        const QList<qint64> pings = systemd->pings();
        const auto during = std::count_if(pings.begin(), pings.end(),
                                          [&](qint64 t) { return t > freezeStart && t < freezeEnd; });
        const auto after = std::count_if(pings.begin(), pings.end(), [&](qint64 t) { return t >= freezeEnd; });
        QCOMPARE(int(during), 0);
        QVERIFY(monitor.watchdog().skippedPings() >= 1); // the first one after the freeze
        QVERIFY2(after >= 2, qPrintable(QString::number(after)));
        // Once the freeze is out of the window the loop is healthy again.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.report().find(u"eventloop:latency"_s)->status != HealthStatus::Fail, 3000);
    }

    void readyAndStatusAreSent()
    {
        const QString db = m_dir.filePath(u"ready.db"_s);
        test::makeDatabase(db, 1, QDateTime::currentDateTimeUtc());
        auto fake = std::make_unique<test::FakeNotifier>(0us);
        test::FakeNotifier *systemd = fake.get();
        HealthMonitor monitor(test::healthTestSettings(), db, std::move(fake));
        QVERIFY(monitor.start());
        monitor.notifyReady();
        QVERIFY(systemd->sent("READY=1"));
        const auto messages = systemd->messages();
        QVERIFY(std::any_of(messages.begin(), messages.end(),
                            [](const auto &m) { return m.state.startsWith("STATUS=health: "); }));
    }

    void withoutSystemdNothingIsSent()
    {
        SystemdEnvironment env;
        SystemdNotifier real;
        QCOMPARE(real.watchdogInterval(), 0us);
        QVERIFY(!real.notify("READY=1")); // no NOTIFY_SOCKET: nothing listens, nothing fails

        EventLoopMonitor loop(50, 1000, 5000);
        loop.start();
        WatchdogNotifier watchdog(std::make_unique<SystemdNotifier>(), &loop);
        QVERIFY(!watchdog.isEnabled());
        watchdog.start();
        watchdog.notifyReady();
        QTest::qWait(300);
        QCOMPARE(watchdog.pings(), 0);

        // A watchdog meant for another process (WATCHDOG_PID) is not ours either.
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(getpid() + 1));
        QCOMPARE(SystemdNotifier().watchdogInterval(), 0us);
    }

    void systemdNotifierReachesTheNotifySocket()
    {
        SystemdEnvironment env;
        const QByteArray socketPath = QFile::encodeName(m_dir.filePath(u"notify.sock"_s));
        const int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        QVERIFY(size_t(socketPath.size()) < sizeof(addr.sun_path));
        memcpy(addr.sun_path, socketPath.constData(), size_t(socketPath.size()));
        QCOMPARE(bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
        qputenv("NOTIFY_SOCKET", socketPath);
        qputenv("WATCHDOG_USEC", "300000");
        qputenv("WATCHDOG_PID", QByteArray::number(getpid()));

        EventLoopMonitor loop(50, 1000, 5000);
        loop.start();
        WatchdogNotifier watchdog(std::make_unique<SystemdNotifier>(), &loop);
        QVERIFY(watchdog.isEnabled());
        QCOMPARE(watchdog.pingIntervalMs(), 150);
        watchdog.start();
        watchdog.notifyReady();
        watchdog.setStatus(u"health: pass"_s);
        QTest::qWait(500);

        QByteArrayList received;
        char buffer[256];
        for (ssize_t n; (n = recv(fd, buffer, sizeof(buffer), 0)) > 0;)
            received.append(QByteArray(buffer, n));
        ::close(fd);
        QVERIFY2(received.contains("READY=1"), received.join(' ').constData());
        QVERIFY(received.contains("STATUS=health: pass"));
        QVERIFY2(received.count("WATCHDOG=1") >= 3, received.join(' ').constData());
    }
};

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
