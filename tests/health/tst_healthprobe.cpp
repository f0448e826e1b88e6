// The probe on real SQLite files: the outbox read through a read-only connection while the
// kiosk's writer is open, quick_check on damaged files, a missing file; and the monitor's
// report from a damaged database.
#include "health/healthevaluator.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "healthfixture.h"
#include "support/paymentrows.h"
#include "support/fakenotifier.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace kiosk;
using namespace Qt::StringLiterals;
using Integrity = ProbeSample::Integrity;

class TestHealthProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    HealthReport evaluate(const ProbeSample &sample) const
    {
        HealthInputs inputs;
        inputs.startedAt = m_now;
        inputs.probe = sample;
        return evaluateHealth(inputs, HealthSettings(), m_now);
    }

private slots:
    void readsTheOutboxWhileTheKioskWrites()
    {
        const QString file = path("live.db");
        auto writer = test::openDb(file); // stays open, as the kiosk's connection does
        test::enqueue(*writer, u"order"_s, u"o1"_s, 900, m_now);
        test::enqueue(*writer, u"order"_s, u"o2"_s, 600, m_now);
        test::enqueue(*writer, u"order"_s, u"o3"_s, 400, m_now);
        test::enqueue(*writer, u"feedback"_s, u"f1"_s, 300, m_now);
        test::enqueue(*writer, u"order"_s, u"o4"_s, 200, m_now);
        test::enqueue(*writer, u"order"_s, u"o5"_s, 100, m_now);
        test::enqueue(*writer, u"assist"_s, u"a1"_s, 50, m_now);
        test::setState(*writer, u"o1"_s, "delivered");
        test::setState(*writer, u"o2"_s, "delivered");
        test::setState(*writer, u"o3"_s, "failed");
        test::setState(*writer, u"a1"_s, "delivered");

        HealthProbe probe(file, 1000, 0);
        probe.checkIntegrity(true);
        const ProbeSample s = probe.sample(m_now);
        QVERIFY2(s.outboxRead, qPrintable(s.outboxError));
        QCOMPARE(s.pending, 3);
        QCOMPARE(s.pendingByKind.value(u"order"_s), 2);
        QCOMPARE(s.pendingByKind.value(u"feedback"_s), 1);
        QVERIFY(s.pendingByKind.contains(u"assist"_s)); // a kind with nothing pending stays at 0
        QCOMPARE(s.pendingByKind.value(u"assist"_s), 0);
        QCOMPARE(s.ordersPending, 2);
        QCOMPARE(s.ordersDelivered, 2);
        QCOMPARE(s.ordersFailed, 1);
        QCOMPARE(s.oldestPendingCreatedAt.secsTo(m_now), 300); // f1: o1..o3 are done
        QCOMPARE(s.integrity, Integrity::Ok);
        QVERIFY(s.diskFreeBytes > 0);
        QVERIFY(s.rssBytes > 0);

        // The writer commits after the probe opened its connection: the next sample sees it.
        test::setState(*writer, u"f1"_s, "delivered");
        const ProbeSample later = probe.sample(m_now);
        QCOMPARE(later.pending, 2);
        QCOMPARE(later.oldestPendingCreatedAt.secsTo(m_now), 200);

        const HealthReport report = evaluate(later);
        QCOMPARE(report.find(u"outbox:depth"_s)->status, HealthStatus::Pass);
        QCOMPARE(report.find(u"outbox:oldestAge"_s)->observedValue.toLongLong(), 200);
        QCOMPARE(report.find(u"sqlite:integrity"_s)->status, HealthStatus::Pass);
    }

    void readsCardPaymentsByOutcome()
    {
        const QString file = path("payments.db");
        auto writer = test::openDb(file);
        const QString paid = test::addCardOrder(*writer, m_now.addSecs(-900), "paid");
        test::addAttempt(*writer, u"a1"_s, paid, PaymentStatus::Declined, m_now.addSecs(-900), u"do_not_honor"_s);
        test::addAttempt(*writer, u"a2"_s, paid, PaymentStatus::Completed, m_now.addSecs(-800));
        test::setNotTaken(*writer, paid, u"order_not_held"_s);
        const QString held = test::addCardOrder(*writer, m_now.addSecs(-300));
        test::addAttempt(*writer, u"a3"_s, held, PaymentStatus::Canceled, m_now.addSecs(-300));
        test::addAttempt(*writer, u"a4"_s, held, PaymentStatus::InProgress, m_now.addSecs(-200));

        HealthProbe probe(file, 1000, 0);
        const PaymentSample p = probe.sample(m_now).payments;
        QVERIFY(p.read);
        QCOMPARE(p.finalByStatus, (QMap<QString, int>{{u"canceled"_s, 1}, {u"completed"_s, 1}, {u"declined"_s, 1}}));
        QCOMPARE(p.open, 1);
        QCOMPARE(p.oldestOpenCreatedAt.secsTo(m_now), 200);
        QCOMPARE(p.notTaken, 1);

        HealthInputs inputs;
        inputs.probe = probe.sample(m_now);
        inputs.paymentTimeoutS = 120;
        const HealthReport report = evaluateHealth(inputs, HealthSettings(), m_now);
        QCOMPARE(report.find(u"payments:unsettled"_s)->status, HealthStatus::Warn);
        QCOMPARE(report.find(u"payments:notTaken"_s)->status, HealthStatus::Fail);
    }

    void neverWritesTheDatabase()
    {
        const QString file = path("readonly.db");
        test::makeDatabase(file, 3, m_now);
        const QDateTime modified = QFileInfo(file).lastModified();
        const QByteArray before = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        {
            HealthProbe probe(file, 1000, 0);
            probe.checkIntegrity(true);
            QCOMPARE(probe.sample(m_now).pending, 3);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
    }

    void overwrittenHeaderFailsTheIntegrityCheck()
    {
        const QString file = path("header.db");
        test::makeDatabase(file, 5, m_now);
        test::overwrite(file, 0, 100, '\x5a'); // "SQLite format 3" and the header are gone
        HealthProbe probe(file, 1000, 0);
        probe.checkIntegrity(true);
        const ProbeSample s = probe.sample(m_now);
        QCOMPARE(s.integrity, Integrity::Failed);
        QVERIFY2(s.integrityDetail.contains(u"not a database"_s), qPrintable(s.integrityDetail));
        QVERIFY(!s.outboxRead);
        const HealthReport report = evaluate(s);
        QCOMPARE(report.find(u"sqlite:integrity"_s)->status, HealthStatus::Fail);
        QCOMPARE(report.status, HealthStatus::Fail);
    }

    void overwrittenPagesFailTheIntegrityCheck()
    {
        const QString file = path("pages.db");
        test::makeDatabase(file, 200, m_now);
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 40 * 4096);
        // Two pages in the middle of the outbox's leaves, header intact.
        test::overwrite(file, (size / 2 / 4096) * 4096, 2 * 4096, '\x55');
        HealthProbe probe(file, 1000, 0);
        probe.checkIntegrity(true);
        const ProbeSample s = probe.sample(m_now);
        QCOMPARE(s.integrity, Integrity::Failed);
        QVERIFY2(s.integrityDetail.startsWith(u"quick_check: "_s) || s.integrityDetail.contains(u"malformed"_s),
                 qPrintable(s.integrityDetail));
    }

    void aMissingFileFailsUntilItExists()
    {
        HealthProbe probe(path("nothing-here.db"), 1000, 0);
        probe.checkIntegrity(true);
        const ProbeSample s = probe.sample(m_now);
        QCOMPARE(s.integrity, Integrity::Failed);
        QVERIFY(!s.outboxRead);
        QVERIFY(!QFileInfo::exists(path("nothing-here.db"))); // and it was not created

        // Once the kiosk has created it, it is checked and read.
        test::makeDatabase(path("nothing-here.db"), 2, m_now);
        const ProbeSample later = probe.sample(m_now);
        QCOMPARE(later.integrity, Integrity::Ok);
        QVERIFY(later.outboxRead);
        QCOMPARE(later.pending, 2);
    }

    void monitorReportsACorruptDatabaseAsFail()
    {
        const QString file = path("monitor.db");
        test::makeDatabase(file, 5, m_now);
        test::overwrite(file, 0, 100, '\x5a');
        HealthMonitor monitor(test::healthTestSettings(), file,
                              std::make_unique<test::FakeNotifier>(std::chrono::microseconds(0)));
        QSignalSpy sampled(&monitor, &HealthMonitor::probeSampled);
        QVERIFY(monitor.start());
        QVERIFY(sampled.wait(5000));
        const HealthCheck *sqlite = monitor.report().find(u"sqlite:integrity"_s);
        QVERIFY(sqlite);
        QCOMPARE(sqlite->status, HealthStatus::Fail);
        QCOMPARE(monitor.report().status, HealthStatus::Fail);
        QVERIFY(monitor.healthJson().contains(R"("status": "fail")"));
    }
};

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "tst_healthprobe.moc"
