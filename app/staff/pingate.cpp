#include "staff/pingate.h"

#include "staff/pinhash.h"

#include <QElapsedTimer>

namespace kiosk {

PinGate::PinGate(QString pinHash, Clock clock)
    : m_pinHash(std::move(pinHash)), m_clock(clock ? std::move(clock) : Clock(&PinGate::monotonicNowMs))
{
}

qint64 PinGate::monotonicNowMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

void PinGate::expireLock(qint64 now)
{
    if (m_lockedUntil && now >= *m_lockedUntil) {
        m_lockedUntil.reset();
        m_failures = 0;
    }
}

PinGate::Result PinGate::attempt(const QString &pin)
{
    const qint64 now = m_clock();
    expireLock(now);
    if (m_lockedUntil)
        return Result::Locked;
    if (verifyPin(pin, m_pinHash)) {
        m_failures = 0;
        return Result::Accepted;
    }
    if (++m_failures >= MaxFailures)
        m_lockedUntil = now + LockoutMs;
    return Result::Rejected;
}

std::optional<qint64> PinGate::lockedUntilMs() const
{
    if (m_lockedUntil && m_clock() < *m_lockedUntil)
        return m_lockedUntil;
    return std::nullopt;
}

qint64 PinGate::remainingLockMs() const
{
    const qint64 now = m_clock();
    return m_lockedUntil && now < *m_lockedUntil ? *m_lockedUntil - now : 0;
}

int PinGate::failuresInARow() const
{
    if (m_lockedUntil && !lockedUntilMs())
        return 0; // the lockout is over: a fresh start
    return m_failures;
}

} // namespace kiosk
