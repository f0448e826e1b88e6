#pragma once

#include "staff/pinlockoutstore.h"

#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace kiosk {

// The lockout rule in front of the diagnostics PIN. Five wrong PINs in a row lock entry; every
// attempt while locked is refused unchecked (the right PIN too). Each lockout of a streak lasts
// longer: 5 min, 15 min, 1 h, then 4 h for every later one; a streak ends after 24 h without a
// wrong PIN. A right PIN resets the count of wrong ones (not the streak: a guesser who also
// knows an old PIN gains nothing), and so does the end of a lockout.
//
// The state is kept in SQLite (PinLockoutStore) on wall-clock UTC time, so neither a restart
// nor a crash gives a guesser more tries. Wall clocks jump: a clock set forward can end a
// lockout early, but never by more than its length; a clock set back before a lockout began
// restarts it from the new "now", so it never lasts for the size of the jump.
//
// The PIN is the staff PIN file's hash when there is one (`kioskctl pin-set`), else
// kiosk.json's diagnostics.pin_hash, else none: then nothing opens and nothing is counted.
class PinGate
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch, UTC

    static constexpr int MaxFailures = 5;
    static constexpr qint64 StreakResetMs = 24 * 60 * 60 * 1000;
    // How long the `step`th lockout of a streak lasts (step >= 1).
    static qint64 lockoutMs(int step);

    enum class State { Open, Locked };
    enum class Result {
        Accepted,
        Rejected, // wrong PIN; the fifth in a row also locks
        Locked,   // refused unchecked: entry is locked
        NoPin,    // refused unchecked: no PIN is set
    };

    // `pinHash`: kiosk.json's diagnostics.pin_hash. `store`: where the lockout is kept (none:
    // in memory only); it outlives the gate. `clock`: the system's UTC clock by default.
    explicit PinGate(QString pinHash, Clock clock = {}, PinLockoutStore *store = nullptr);

    Result attempt(const QString &pin);
    // After a config reload; the failure count and any lockout stay.
    void setPinHash(QString pinHash) { m_configHash = std::move(pinHash); }
    // The staff PIN file (StaffPinFile), re-read by reloadPin() and before every attempt.
    void setPinFile(QString path);
    // Re-reads the staff PIN file; true when the PIN in force changed.
    bool reloadPin();
    // A usable PIN is set (from the file or the config).
    bool isPinSet() const;

    State state() const { return lockedUntilMs() ? State::Locked : State::Open; }
    // The clock's time when the lockout ends; nullopt while open.
    std::optional<qint64> lockedUntilMs() const;
    qint64 remainingLockMs() const; // 0 while open
    int failuresInARow() const;
    // Wrong PINs still allowed before the lockout; 0 while locked.
    int attemptsLeft() const { return state() == State::Locked ? 0 : MaxFailures - failuresInARow(); }
    // Lockouts that began in the last 24 h (0, 1 or 2: two are enough for /healthz to warn).
    int lockoutsInLastDay() const;

    static qint64 utcNowMs();
    static qint64 monotonicNowMs();

private:
    // The state as of `now`: a lockout that is over ended, a streak that is over reset, a
    // lockout whose start is in the future (the clock went back) restarted from `now`.
    PinLockoutState current(qint64 now) const;
    void update(const PinLockoutState &next);
    QString pinHash() const;

    QString m_configHash;
    QString m_filePath;
    std::optional<QString> m_fileHash;
    Clock m_clock;
    PinLockoutStore *m_store;
    PinLockoutState m_state;
};

} // namespace kiosk
