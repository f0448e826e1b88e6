// The PIN lockout across restarts and clock changes, on the kiosk's real database and a wall
// clock the test moves: lockouts grow (5 min, 15 min, 1 h, 4 h), survive a new gate on the same
// database, never end early by more than their length when the clock jumps, and count for
// /healthz. The PIN in force: the staff PIN file over kiosk.json's, read without a restart.
#include "staff/pingate.h"
#include "staff/pinhash.h"
#include "staff/pinlockoutstore.h"
#include "staff/pinstrength.h"
#include "staff/staffpinfile.h"
#include "support/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace kiosk;
using namespace Qt::StringLiterals;
using Result = PinGate::Result;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

} // namespace

class TestPinLockout : public QObject
{
    Q_OBJECT

private:
    const QString m_pin = u"2468"_s;
    const QString m_hash = hashPin(m_pin, PinHash::MinIterations);
    qint64 m_now = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PinLockoutStore> m_store;

    std::unique_ptr<PinGate> gate()
    {
        return std::make_unique<PinGate>(m_hash, [this] { return m_now; }, m_store.get());
    }
    static void lockOut(PinGate &g)
    {
        for (int i = 0; i < PinGate::MaxFailures; ++i)
            QCOMPARE(g.attempt(u"1357"_s), Result::Rejected);
        QCOMPARE(g.state(), PinGate::State::Locked);
    }

private slots:
    void init()
    {
        m_now = 1'800'000'000'000; // 2027-01-15, UTC
        QFile::remove(m_dir.filePath(u"kiosk.db"_s));
        m_store.reset();
        m_db = test::openDb(m_dir.filePath(u"kiosk.db"_s));
        m_store = std::make_unique<PinLockoutStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void lockoutSurvivesANewGateOnTheSameDatabase()
    {
        {
            auto g = gate();
            lockOut(*g);
        }
        m_now += Minute;
        auto again = gate(); // the kiosk restarted
        QCOMPARE(again->state(), PinGate::State::Locked);
        QCOMPARE(again->remainingLockMs(), 4 * Minute);
        QCOMPARE(again->attempt(m_pin), Result::Locked);

        // Failures short of a lockout survive too.
        m_now += 4 * Minute;
        QCOMPARE(again->attempt(u"1357"_s), Result::Rejected);
        QCOMPARE(again->attempt(u"1357"_s), Result::Rejected);
        auto third = gate();
        QCOMPARE(third->failuresInARow(), 2);
        QCOMPARE(third->attemptsLeft(), 3);
    }

    void lockoutsGrowThenTheStreakResetsAfterADay()
    {
        const QList<qint64> expected{5 * Minute, 15 * Minute, Hour, 4 * Hour, 4 * Hour};
        auto g = gate();
        for (qint64 length : expected) {
            lockOut(*g);
            QCOMPARE(g->remainingLockMs(), length);
            m_now += length;
            QCOMPARE(g->state(), PinGate::State::Open);
            QCOMPARE(g->attemptsLeft(), PinGate::MaxFailures);
        }
        // A right PIN resets the count, not the streak.
        QCOMPARE(g->attempt(m_pin), Result::Accepted);
        lockOut(*g);
        QCOMPARE(g->remainingLockMs(), 4 * Hour);

        // 24 h without a wrong PIN after the last one: back to five minutes.
        m_now += 24 * Hour;
        lockOut(*g);
        QCOMPARE(g->remainingLockMs(), 5 * Minute);
        QCOMPARE(PinGate::lockoutMs(1), 5 * Minute);
        QCOMPARE(PinGate::lockoutMs(4), 4 * Hour);
        QCOMPARE(PinGate::lockoutMs(40), 4 * Hour);
    }

    void aClockSetBackNeitherUnlocksNorLocksForever()
    {
        auto g = gate();
        lockOut(*g);
        m_now -= 30 * 24 * Hour; // someone set the clock back a month
        QCOMPARE(g->state(), PinGate::State::Locked);
        QCOMPARE(g->remainingLockMs(), 5 * Minute); // the lockout starts again from "now"
        QCOMPARE(g->attempt(m_pin), Result::Locked);
        auto restarted = gate();
        QCOMPARE(restarted->remainingLockMs(), 5 * Minute);
        m_now += 5 * Minute;
        QCOMPARE(restarted->state(), PinGate::State::Open);
        QCOMPARE(restarted->attempt(m_pin), Result::Accepted);
    }

    void aClockSetForwardEndsALockoutAtMostItsLengthEarly()
    {
        auto g = gate();
        lockOut(*g);
        m_now += 365 * 24 * Hour;
        QCOMPARE(g->state(), PinGate::State::Open);
        QCOMPARE(g->attempt(m_pin), Result::Accepted);
    }

    void twoLockoutsInADayAreCountedForHealth()
    {
        auto g = gate();
        QCOMPARE(g->lockoutsInLastDay(), 0);
        lockOut(*g);
        QCOMPARE(g->lockoutsInLastDay(), 1);
        m_now += 5 * Minute;
        lockOut(*g);
        QCOMPARE(g->lockoutsInLastDay(), 2);
        QCOMPARE(gate()->lockoutsInLastDay(), 2); // after a restart too
        m_now += 24 * Hour;
        QCOMPARE(g->lockoutsInLastDay(), 0);
    }

    void theStaffPinFileWinsAndIsReadWithoutARestart()
    {
        const StaffPinFile file = StaffPinFile::inDataDir(m_dir.path());
        QFile::remove(file.path());
        PinGate g(QString(), [this] { return m_now; }, m_store.get());
        g.setPinFile(file.path());
        QVERIFY(!g.isPinSet());
        QCOMPARE(g.attempt(u"8642"_s), Result::NoPin);

        QString error;
        QVERIFY2(file.write(hashPin(u"8642"_s, PinHash::MinIterations), &error), qPrintable(error));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u);
        QCOMPARE(g.attempt(u"8642"_s), Result::Accepted); // read before the attempt

        g.setPinHash(m_hash); // kiosk.json's PIN no longer opens
        QCOMPARE(g.attempt(m_pin), Result::Rejected);
        QVERIFY(QFile::remove(file.path()));
        QVERIFY(g.reloadPin());
        QCOMPARE(g.attempt(m_pin), Result::Accepted); // back to kiosk.json's
    }

    void weakPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("weak");
        for (const char *pin : {"0000", "1234", "7777", "99999999", "2345", "6543", "01234567", "98765"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << true;
        for (const char *pin : {"2468", "1357", "8642", "12345679", "1122", "9012"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << false;
    }
    void weakPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(bool, weak);
        const QString reason = weakPinReason(pin);
        QCOMPARE(!reason.isEmpty(), weak);
        QVERIFY(!reason.contains(pin));
    }
};

QTEST_GUILESS_MAIN(TestPinLockout)
#include "tst_pinlockout.moc"
