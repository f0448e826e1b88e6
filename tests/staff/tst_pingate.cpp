// The lockout in front of the diagnostics PIN, on a clock the test moves: five wrong PINs in a
// row lock entry for five minutes, the right PIN included; a right PIN resets the count. How
// lockouts grow, survive a restart and live with a clock that jumps: tst_pinlockout.
#include "staff/pingate.h"
#include "staff/pinhash.h"

#include <QDateTime>
#include <QTest>

using namespace kiosk;
using namespace Qt::StringLiterals;
using Result = PinGate::Result;
using State = PinGate::State;

class TestPinGate : public QObject
{
    Q_OBJECT

private:
    const QString m_pin = u"2468"_s;
    const QString m_hash = hashPin(m_pin, PinHash::MinIterations);
    qint64 m_now = 1'000'000;

    PinGate gate() { return PinGate(m_hash, [this] { return m_now; }); }

    static constexpr qint64 Minute = 60 * 1000;

private slots:
    void init() { m_now = 1'000'000; }

    void rightPinOpens()
    {
        PinGate g = gate();
        QCOMPARE(g.state(), State::Open);
        QCOMPARE(g.attemptsLeft(), 5);
        QCOMPARE(g.attempt(m_pin), Result::Accepted);
        QCOMPARE(g.failuresInARow(), 0);
    }

    void fiveWrongLockForFiveMinutes()
    {
        PinGate g = gate();
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(g.attempt(u"1111"_s), Result::Rejected);
            QCOMPARE(g.state(), State::Open);
            QCOMPARE(g.failuresInARow(), i);
            QCOMPARE(g.attemptsLeft(), 5 - i);
            m_now += 1000;
        }
        QCOMPARE(g.attempt(u"1111"_s), Result::Rejected);
        QCOMPARE(g.state(), State::Locked);
        QVERIFY(g.lockedUntilMs());
        QCOMPARE(*g.lockedUntilMs(), m_now + 5 * Minute);
        QCOMPARE(g.remainingLockMs(), 5 * Minute);
        QCOMPARE(g.attemptsLeft(), 0);

        // The sixth attempt is refused unchecked, even with the right PIN, and does not
        // extend the lock.
        m_now += 1000;
        QCOMPARE(g.attempt(m_pin), Result::Locked);
        QCOMPARE(g.attempt(u"1111"_s), Result::Locked);
        QCOMPARE(g.remainingLockMs(), 5 * Minute - 1000);

        // A millisecond before the end: still locked.
        m_now += 5 * Minute - 1000 - 1;
        QCOMPARE(g.state(), State::Locked);
        QCOMPARE(g.attempt(m_pin), Result::Locked);

        // Five minutes after the fifth wrong PIN: open again, with a fresh count.
        m_now += 1;
        QCOMPARE(g.state(), State::Open);
        QVERIFY(!g.lockedUntilMs());
        QCOMPARE(g.remainingLockMs(), 0);
        QCOMPARE(g.failuresInARow(), 0);
        QCOMPARE(g.attemptsLeft(), 5);
        QCOMPARE(g.attempt(m_pin), Result::Accepted);
    }

    void afterALockoutFiveMoreWrongLockAgain()
    {
        PinGate g = gate();
        for (int i = 0; i < 5; ++i)
            g.attempt(u"0000"_s);
        m_now += 5 * Minute;
        QCOMPARE(g.attempt(u"0000"_s), Result::Rejected); // one wrong: not locked again at once
        QCOMPARE(g.state(), State::Open);
        QCOMPARE(g.failuresInARow(), 1);
        for (int i = 0; i < 4; ++i)
            g.attempt(u"0000"_s);
        QCOMPARE(g.state(), State::Locked);
    }

    void successResetsTheCount()
    {
        PinGate g = gate();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(g.attempt(u"9999"_s), Result::Rejected);
        QCOMPARE(g.attempt(m_pin), Result::Accepted);
        QCOMPARE(g.failuresInARow(), 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(g.attempt(u"9999"_s), Result::Rejected);
        QCOMPARE(g.state(), State::Open); // 4 + 4 wrong, but never five in a row
        QCOMPARE(g.attemptsLeft(), 1);
    }

    void malformedInputCountsAsWrong()
    {
        PinGate g = gate();
        for (const QString &pin : {u"12"_s, u"abcd"_s, QString(), u"123456789"_s, u"2468 "_s})
            QCOMPARE(g.attempt(pin), Result::Rejected);
        QCOMPARE(g.state(), State::Locked);
    }

    // Without a PIN nothing opens, and nothing counts: staff who try are not locked out of
    // the kiosk they are about to set a PIN for.
    void withoutAUsableHashNothingOpensOrCounts()
    {
        PinGate g(QString(), [this] { return m_now; });
        QVERIFY(!g.isPinSet());
        for (int i = 0; i < 2 * PinGate::MaxFailures; ++i)
            QCOMPARE(g.attempt(m_pin), Result::NoPin);
        QCOMPARE(g.state(), State::Open);
        QCOMPARE(g.failuresInARow(), 0);
        g.setPinHash(m_hash); // a config reload brings one
        QVERIFY(g.isPinSet());
        QCOMPARE(g.attempt(m_pin), Result::Accepted);
    }

    void defaultClockIsUtcWallTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = PinGate::utcNowMs();
        QVERIFY(now >= before && now - before < 1000);
        PinGate g(m_hash);
        QCOMPARE(g.attempt(m_pin), Result::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestPinGate)
#include "tst_pingate.moc"
