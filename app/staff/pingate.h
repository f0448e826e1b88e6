#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace kiosk {

// The lockout rule in front of the diagnostics PIN: five wrong PINs in a row lock entry for
// five minutes, during which every attempt is refused without being checked (the right PIN
// too); a right PIN resets the count, and so does the end of a lockout. Pure logic on an
// injectable monotonic clock; the state lives in memory, so a restart of the kiosk opens it.
class PinGate
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr int MaxFailures = 5;
    static constexpr qint64 LockoutMs = 5 * 60 * 1000;

    enum class State { Open, Locked };
    enum class Result {
        Accepted,
        Rejected, // wrong PIN (or no usable hash); the fifth in a row also locks
        Locked,   // refused unchecked: entry is locked
    };

    // `pinHash`: kiosk.json's diagnostics.pin_hash. `clock`: a monotonic clock by default.
    explicit PinGate(QString pinHash, Clock clock = {});

    Result attempt(const QString &pin);
    // After a config reload; the failure count and any lockout stay.
    void setPinHash(QString pinHash) { m_pinHash = std::move(pinHash); }

    State state() const { return lockedUntilMs() ? State::Locked : State::Open; }
    // The clock's time when the lockout ends; nullopt while open.
    std::optional<qint64> lockedUntilMs() const;
    qint64 remainingLockMs() const; // 0 while open
    int failuresInARow() const;
    // Wrong PINs still allowed before the lockout; 0 while locked.
    int attemptsLeft() const { return state() == State::Locked ? 0 : MaxFailures - failuresInARow(); }

    static qint64 monotonicNowMs();

private:
    // Ends a lockout whose time is up.
    void expireLock(qint64 now);

    QString m_pinHash;
    Clock m_clock;
    int m_failures = 0;
    std::optional<qint64> m_lockedUntil;
};

} // namespace kiosk
