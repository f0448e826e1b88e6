// clock:synchronised: a kiosk whose system clock is not kept in step says so in /healthz, since
// dayparts, promotions and TLS depend on the time. Both of adjtimex's answers are faked: through
// the inputs (the evaluator), the probe's reader and the monitor's.
#include "health/clockcheck.h"
#include "health/healthevaluator.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "healthfixture.h"
#include "healthinputs.h"
#include "support/fakenotifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::test;
using namespace Qt::StringLiterals;

namespace {

const QString Key = u"clock:synchronised"_s;
const QString NotSynchronised =
        u"the system clock is not synchronised (NTP): dayparts, promotions and TLS depend on it"_s;
const ClockSync Synchronised{true, true, {}};
const ClockSync Unsynchronised{true, false, {}};

} // namespace

class TestClockCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static HealthCheck clockOf(const HealthInputs &in)
    {
        const HealthReport report = evaluateHealth(in, {}, Now);
        const HealthCheck *c = report.find(Key);
        return c ? *c : HealthCheck();
    }

    HealthReport monitorReportWith(const char *name, const ClockSync &answer)
    {
        HealthMonitor monitor(healthTestSettings(), m_dir.filePath(QString::fromLatin1(name)),
                              std::make_unique<FakeNotifier>(std::chrono::microseconds(0)));
        monitor.setClockReader([answer] { return answer; });
        QSignalSpy sampled(&monitor, &HealthMonitor::probeSampled);
        monitor.start();
        if (!sampled.wait(5000))
            qFatal("no probe sample");
        return monitor.report();
    }

private slots:
    void synchronisedPasses()
    {
        const HealthCheck c = clockOf(healthy());
        QCOMPARE(c.key(), Key);
        QCOMPARE(c.status, HealthStatus::Pass);
        QCOMPARE(c.observedValue, QVariant(true));
        QCOMPARE(c.componentType, u"system"_s);
    }

    void unsynchronisedWarns()
    {
        HealthInputs in = healthy();
        in.probe.clock = Unsynchronised;
        const HealthCheck c = clockOf(in);
        QCOMPARE(c.status, HealthStatus::Warn);
        QCOMPARE(c.observedValue, QVariant(false));
        QCOMPARE(c.output, NotSynchronised);
        QCOMPARE(evaluateHealth(in, {}, Now).status, HealthStatus::Warn); // a warning, still 200
    }

    void unreadableWarnsWithTheReason()
    {
        HealthInputs in = healthy();
        in.probe.clock = ClockSync{false, false, u"Operation not permitted"_s};
        const HealthCheck c = clockOf(in);
        QCOMPARE(c.status, HealthStatus::Warn);
        QVERIFY(c.observedValue.isNull());
        QCOMPARE(c.output, u"cannot tell whether the system clock is synchronised (adjtimex: Operation not permitted)"_s);
    }

    void beforeTheFirstSampleItIsNotReadYet()
    {
        HealthInputs in;
        in.startedAt = Now;
        const HealthCheck c = clockOf(in);
        QCOMPARE(c.status, HealthStatus::Pass);
        QCOMPARE(c.output, u"not read yet"_s);
    }

    void theProbeSamplesItsReader()
    {
        HealthProbe probe(m_dir.filePath(u"probe.db"_s), 60000, 600000);
        probe.setClockReader([] { return Unsynchronised; });
        QCOMPARE(probe.sample(Now).clock, Unsynchronised);
        probe.setClockReader([] { return Synchronised; });
        QCOMPARE(probe.sample(Now).clock, Synchronised);
    }

    void theMonitorReportsEitherAnswer()
    {
        const HealthReport unsynced = monitorReportWith("unsynced.db", Unsynchronised);
        QVERIFY(unsynced.find(Key));
        QCOMPARE(unsynced.find(Key)->status, HealthStatus::Warn);
        QCOMPARE(unsynced.find(Key)->output, NotSynchronised);
        const HealthReport synced = monitorReportWith("synced.db", Synchronised);
        QCOMPARE(synced.find(Key)->status, HealthStatus::Pass);
    }

    // The real adjtimex: read-only, no privilege needed; whatever this machine's clock says.
    void theSystemAnswers()
    {
        const ClockSync sync = readSystemClockSync();
        QVERIFY2(sync.read || !sync.error.isEmpty(), "adjtimex failed without a reason");
        qInfo() << "this machine's clock:" << (sync.read ? (sync.synchronised ? "synchronised" : "not synchronised")
                                                         : qPrintable(sync.error));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
