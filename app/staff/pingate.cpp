#include "staff/pingate.h"

#include "staff/pinhash.h"
#include "staff/staffpinfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPinGate, "kiosk.staff")

namespace kiosk {

namespace {

constexpr qint64 Minute = 60 * 1000;

} // namespace

PinGate::PinGate(QString pinHash, Clock clock, PinLockoutStore *store)
    : m_configHash(std::move(pinHash)), m_clock(clock ? std::move(clock) : Clock(&PinGate::utcNowMs)),
      m_store(store)
{
    if (m_store) {
        if (const std::optional<PinLockoutState> saved = m_store->load())
            m_state = *saved;
        else
            qCWarning(lcPinGate) << "cannot read the PIN lockout state; starting from none";
    }
}

qint64 PinGate::lockoutMs(int step)
{
    switch (step) {
    case 0:
    case 1:
        return 5 * Minute;
    case 2:
        return 15 * Minute;
    case 3:
        return 60 * Minute;
    default:
        return 4 * 60 * Minute;
    }
}

qint64 PinGate::utcNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 PinGate::monotonicNowMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

void PinGate::setPinFile(QString path)
{
    m_filePath = std::move(path);
    reloadPin();
}

bool PinGate::reloadPin()
{
    std::optional<QString> hash;
    if (!m_filePath.isEmpty()) {
        QString error;
        hash = StaffPinFile(m_filePath).read(&error);
        if (!error.isEmpty())
            qCWarning(lcPinGate).noquote() << error << "- using kiosk.json's diagnostics.pin_hash";
    }
    if (hash == m_fileHash)
        return false;
    m_fileHash = std::move(hash);
    return true;
}

QString PinGate::pinHash() const
{
    return m_fileHash.value_or(m_configHash);
}

bool PinGate::isPinSet() const
{
    return PinHash::parse(pinHash()).has_value();
}

PinLockoutState PinGate::current(qint64 now) const
{
    PinLockoutState s = m_state;
    if (s.lockedUntilMs != 0) {
        if (now < s.lockedAtMs) {
            s.lockedAtMs = now;
            s.lockedUntilMs = now + lockoutMs(s.step);
        } else if (now >= s.lockedUntilMs) {
            s.lockedUntilMs = 0;
            s.failures = 0;
        }
    }
    if (s.lockedUntilMs == 0 && s.step > 0 && now - s.lastFailureMs >= StreakResetMs)
        s.step = 0;
    return s;
}

void PinGate::update(const PinLockoutState &next)
{
    if (next == m_state)
        return;
    m_state = next;
    if (m_store && !m_store->save(m_state))
        qCWarning(lcPinGate) << "cannot save the PIN lockout state";
}

PinGate::Result PinGate::attempt(const QString &pin)
{
    const qint64 now = m_clock();
    PinLockoutState s = current(now);
    update(s);
    if (s.lockedUntilMs != 0)
        return Result::Locked;
    reloadPin();
    if (!isPinSet())
        return Result::NoPin;
    if (verifyPin(pin, pinHash())) {
        s.failures = 0;
        update(s);
        return Result::Accepted;
    }
    s.lastFailureMs = now;
    if (++s.failures >= MaxFailures) {
        s.step += 1;
        s.previousLockedAtMs = s.lockedAtMs;
        s.lockedAtMs = now;
        s.lockedUntilMs = now + lockoutMs(s.step);
    }
    update(s);
    return Result::Rejected;
}

std::optional<qint64> PinGate::lockedUntilMs() const
{
    const PinLockoutState s = current(m_clock());
    return s.lockedUntilMs != 0 ? std::optional(s.lockedUntilMs) : std::nullopt;
}

qint64 PinGate::remainingLockMs() const
{
    const qint64 now = m_clock();
    const PinLockoutState s = current(now);
    return s.lockedUntilMs != 0 ? s.lockedUntilMs - now : 0;
}

int PinGate::failuresInARow() const
{
    return current(m_clock()).failures;
}

int PinGate::lockoutsInLastDay() const
{
    const qint64 now = m_clock();
    const PinLockoutState s = current(now);
    const auto recent = [now](qint64 at) { return at != 0 && at <= now && now - at < StreakResetMs; };
    return int(recent(s.lockedAtMs)) + int(recent(s.previousLockedAtMs));
}

} // namespace kiosk
