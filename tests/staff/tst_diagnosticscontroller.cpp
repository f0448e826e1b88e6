// The diagnostics controller in the real composition root (sample store, temporary data folder) and a
// clock the test moves: the lockout arithmetic the PIN page shows, the staff_audit rows of
// every action (never a PIN), and actions refused while locked. The pages are tested through
// QML in tests/qml/tst_diagnostics.qml.
#include "health/healthmonitor.h"
#include "staff/pinhash.h"
#include "staff/staffpinfile.h"
#include "storage/database.h"
#include "support/storecopy.h"
#include "storage/staffaudit.h"
#include "ui/diagnosticscontroller.h"
#include "kioskservices.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using kiosk::DiagnosticsController;
using Unlock = DiagnosticsController::UnlockResult;

namespace {

const QString SamplePin = QStringLiteral("2468");

} // namespace

class TestDiagnosticsController : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        m_services = std::make_unique<kiosk::KioskServices>();
        QString error;
        QVERIFY2(m_services->start({QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"), m_dataDir->path(),
                                    kiosk::KioskServices::HealthListener::Off},
                                   &error),
                 qPrintable(error));
        m_now = 1'000'000;
        diagnostics()->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_services.reset();
        m_dataDir.reset();
    }

    void entryNeedsFiveTapsWithinThreeSeconds()
    {
        DiagnosticsController *d = diagnostics();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!d->noteEntryTap());
            m_now += 700; // taps 0 .. 2100 ms
        }
        m_now += 201; // the fifth at 3001 ms: the first tap is out of the window
        QVERIFY(!d->noteEntryTap());
        QVERIFY(!d->isActive());
        QVERIFY(d->noteEntryTap()); // the sixth: five within 3 s (700 .. 3001 ms)
        QVERIFY(d->isActive());
        QVERIFY(!d->isUnlocked());
    }

    void wrongPinsCountDownThenLockForFiveMinutes()
    {
        DiagnosticsController *d = diagnostics();
        QSignalSpy gate(d, &DiagnosticsController::gateChanged);
        d->begin();
        QCOMPARE(d->attemptsLeft(), 5);
        for (int left = 4; left >= 1; --left) {
            QCOMPARE(d->unlock(QStringLiteral("1111")), Unlock::WrongPin);
            QCOMPARE(d->attemptsLeft(), left);
            QVERIFY(!d->isLockedOut());
        }
        QCOMPARE(d->unlock(QStringLiteral("1111")), Unlock::LockedOut);
        QVERIFY(d->isLockedOut());
        QCOMPARE(d->attemptsLeft(), 0);
        QCOMPARE(d->lockSecondsLeft(), 300);
        QVERIFY(gate.count() >= 5);

        // Refused unchecked, the right PIN too; whole seconds round up (the page shows 4:59).
        m_now += 500;
        QCOMPARE(d->unlock(SamplePin), Unlock::LockedOut);
        QCOMPARE(d->lockSecondsLeft(), 300);
        m_now += 1000;
        QCOMPARE(d->lockSecondsLeft(), 299);
        m_now += 298 * 1000 + 499; // 1 ms before the end
        QCOMPARE(d->lockSecondsLeft(), 1);
        QVERIFY(d->isLockedOut());
        m_now += 1;
        QVERIFY(!d->isLockedOut());
        QCOMPARE(d->lockSecondsLeft(), 0);
        QCOMPARE(d->attemptsLeft(), 5);
        QCOMPARE(d->unlock(SamplePin), Unlock::Unlocked);
        QVERIFY(d->isUnlocked());

        QCOMPARE(actions(), (QStringList{u"pin_wrong"_s, u"pin_wrong"_s, u"pin_wrong"_s, u"pin_wrong"_s,
                                         u"pin_wrong"_s, u"pin_lockout"_s, u"pin_refused_locked"_s,
                                         u"pin_ok"_s}));
        const QList<kiosk::StaffAudit::Entry> rows = auditRows();
        QCOMPARE(rows.at(3).detail, u"1 attempts left"_s);
        QCOMPARE(rows.at(5).detail, u"locked for 300 s"_s);
        for (const kiosk::StaffAudit::Entry &row : rows) {
            QVERIFY2(!row.detail.contains(SamplePin) && !row.detail.contains(u"1111"_s), qPrintable(row.detail));
            QVERIFY(row.at.isValid());
        }
    }

    void aRightPinResetsTheCount()
    {
        DiagnosticsController *d = diagnostics();
        d->begin();
        QCOMPARE(d->unlock(QStringLiteral("0000")), Unlock::WrongPin);
        QCOMPARE(d->unlock(SamplePin), Unlock::Unlocked);
        d->exit();
        QVERIFY(!d->isUnlocked());
        d->begin();
        QCOMPARE(d->attemptsLeft(), 5);
    }

    void staffActionsNeedTheRightPin()
    {
        DiagnosticsController *d = diagnostics();
        d->begin();
        QVERIFY(!d->retry(1));
        QVERIFY(!d->discard(1));
        d->syncNow();
        d->reloadConfig();
        d->runNetworkTest();
        QVERIFY(!d->networkTestRunning());
        QVERIFY(actions().isEmpty());
    }

    // The Printer page's requests go out only between the right PIN and the exit.
    void printerRequestsNeedTheRightPin()
    {
        DiagnosticsController *d = diagnostics();
        kiosk::PrinterDiagnostics *printer = d->printer();
        printer->setPrinterStatus({kiosk::PrinterStatus::State::Ready, false, {}, QDateTime::currentDateTimeUtc()});
        QSignalSpy testPrint(printer, &kiosk::PrinterDiagnostics::testPrintRequested);
        d->begin();
        QVERIFY(!printer->testPrint());
        QCOMPARE(d->unlock(SamplePin), Unlock::Unlocked);
        QVERIFY(printer->testPrint());
        d->exit();
        QVERIFY(!printer->testPrint());
        QCOMPARE(testPrint.size(), 1);
    }

    void actionsOnUnknownEntriesAreRefusedAndAudited()
    {
        DiagnosticsController *d = diagnostics();
        d->begin();
        QCOMPARE(d->unlock(SamplePin), Unlock::Unlocked);
        QVERIFY(!d->retry(4711));
        QVERIFY(!d->discard(4711));
        d->syncNow();
        QCOMPARE(actions(), (QStringList{u"pin_ok"_s, u"outbox_retry"_s, u"outbox_discard"_s, u"sync_now"_s}));
        QCOMPARE(auditRows().at(1).detail, u"seq 4711 refused: not a failed entry"_s);
    }

    void idleExitLocksAgainAndIsAudited()
    {
        DiagnosticsController *d = diagnostics();
        QSignalSpy exited(d, &DiagnosticsController::exited);
        d->setIdleExitMs(50);
        d->begin();
        QCOMPARE(d->unlock(SamplePin), Unlock::Unlocked);
        QVERIFY(exited.wait(5000));
        QVERIFY(!d->isUnlocked());
        QVERIFY(!d->isActive());
        QCOMPARE(actions().last(), u"exit"_s);
        QCOMPARE(auditRows().last().detail, u"idle"_s);
    }

    // The lockout is in kiosk.db: a kiosk restarted mid-lockout is still locked.
    void aLockoutSurvivesARestart()
    {
        DiagnosticsController *d = diagnostics();
        d->begin();
        for (int i = 0; i < 5; ++i)
            d->unlock(QStringLiteral("1357"));
        QVERIFY(d->isLockedOut());
        restart();
        d = diagnostics();
        d->begin();
        QVERIFY(d->isLockedOut());
        QCOMPARE(d->lockSecondsLeft(), 300);
        QCOMPARE(d->unlock(SamplePin), Unlock::LockedOut);
    }

    void repeatedLockoutsMakeHealthWarn()
    {
        restart(kiosk::KioskServices::HealthListener::AnyFreePort);
        DiagnosticsController *d = diagnostics();
        d->begin();
        QCOMPARE(staffPinCheck().status, kiosk::HealthStatus::Pass);
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 5; ++i)
                d->unlock(QStringLiteral("1357"));
            QVERIFY(d->isLockedOut());
            m_now += 5 * 60 * 1000;
        }
        QCOMPARE(d->lockoutsInLastDay(), 2);
        const kiosk::HealthCheck check = staffPinCheck();
        QCOMPARE(check.status, kiosk::HealthStatus::Warn);
        QVERIFY2(check.output.contains(u"2 PIN lockouts in the last 24 h"_s), qPrintable(check.output));
    }

    // A packaged kiosk.json has no PIN: locked with a message, staff:pin warns, nothing is
    // counted; a PIN set with `kioskctl pin-set` opens it without a restart.
    void withoutAPinDiagnosticsStayLockedUntilOneIsSet()
    {
        startWithoutAPin();
        DiagnosticsController *d = diagnostics();
        d->begin();
        QVERIFY(!d->isPinSet());
        const kiosk::HealthCheck check = staffPinCheck();
        QCOMPARE(check.status, kiosk::HealthStatus::Warn);
        QCOMPARE(check.output, u"no staff PIN is set: diagnostics stay locked; set one with kioskctl pin-set"_s);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(d->unlock(SamplePin), Unlock::NoPin);
        QVERIFY(!d->isLockedOut());
        QCOMPARE(actions().count(u"pin_refused_unset"_s), 6);

        QString error;
        const auto file = kiosk::StaffPinFile::inDataDir(m_dataDir->path());
        QVERIFY2(file.write(kiosk::hashPin(u"8642"_s, kiosk::PinHash::MinIterations), &error), qPrintable(error));
        d->exit();
        QSignalSpy gate(d, &DiagnosticsController::gateChanged);
        d->begin(); // the PIN page opens again: the file is read
        QVERIFY(d->isPinSet());
        QVERIFY(!gate.isEmpty());
        QCOMPARE(d->unlock(u"8642"_s), Unlock::Unlocked);
        m_services->health()->refresh();
        QCOMPARE(staffPinCheck().status, kiosk::HealthStatus::Pass);
    }

    // The health check notices `kioskctl pin-set` on its own, with no one opening diagnostics:
    // the kiosk watches its data folder rather than reading the file at every refresh.
    void aPinSetWhileRunningClearsTheHealthWarning()
    {
        startWithoutAPin();
        QCOMPARE(staffPinCheck().status, kiosk::HealthStatus::Warn);
        QString error;
        const auto file = kiosk::StaffPinFile::inDataDir(m_dataDir->path());
        QVERIFY2(file.write(kiosk::hashPin(u"8642"_s, kiosk::PinHash::MinIterations), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(diagnostics()->isPinSet(), 5000);
        QCOMPARE(staffPinCheck().status, kiosk::HealthStatus::Pass);
    }

private:
    DiagnosticsController *diagnostics() { return &m_services->diagnostics(); }
    void restart(kiosk::KioskServices::HealthListener listener = kiosk::KioskServices::HealthListener::Off,
                 const QString &configDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"))
    {
        m_services = std::make_unique<kiosk::KioskServices>();
        QString error;
        QVERIFY2(m_services->start({configDir, m_dataDir->path(), listener}, &error), qPrintable(error));
        diagnostics()->setClock([this] { return m_now; });
    }
    // A kiosk on a copy of the sample store whose kiosk.json has no PIN, as packaged.
    void startWithoutAPin()
    {
        const QString store = m_dataDir->filePath(u"store"_s);
        QVERIFY(kiosk::test::copyStore(store));
        QFile kioskJson(store + u"/kiosk.json"_s);
        QVERIFY(kioskJson.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(kioskJson.readAll()).object();
        kioskJson.close();
        root.remove(u"diagnostics"_s);
        QVERIFY(kioskJson.open(QIODevice::WriteOnly | QIODevice::Truncate));
        kioskJson.write(QJsonDocument(root).toJson());
        kioskJson.close();
        restart(kiosk::KioskServices::HealthListener::AnyFreePort, store);
    }
    kiosk::HealthCheck staffPinCheck()
    {
        m_services->health()->refresh();
        const kiosk::HealthCheck *check = m_services->health()->report().find(u"staff:pin"_s);
        return check ? *check : kiosk::HealthCheck{};
    }
    // Oldest first.
    QList<kiosk::StaffAudit::Entry> auditRows()
    {
        QString error;
        const std::unique_ptr<kiosk::Database> db = kiosk::Database::open(m_services->databasePath(), &error);
        if (!db)
            return {};
        QList<kiosk::StaffAudit::Entry> rows = kiosk::StaffAudit(*db).recent(1000);
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
    QStringList actions()
    {
        QStringList result;
        for (const kiosk::StaffAudit::Entry &row : auditRows())
            result.append(row.action);
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<kiosk::KioskServices> m_services;
    qint64 m_now = 0;
};

QTEST_MAIN(TestDiagnosticsController)

#include "tst_diagnosticscontroller.moc"
