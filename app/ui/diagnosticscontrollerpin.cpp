// DiagnosticsController: the PIN page's side, in front of the PinGate (the lockout, kept in
// kiosk.db) and the PIN in force (the staff PIN file over kiosk.json's). The pages' data and the
// staff actions are in diagnosticscontroller.cpp.
#include "ui/diagnosticscontroller.h"

using namespace Qt::StringLiterals;

namespace kiosk {

void DiagnosticsController::setPinHash(const QString &pinHash)
{
    m_pinHash = pinHash;
    if (m_gate)
        m_gate->setPinHash(pinHash); // failures and a lockout survive a reload
    else
        makeGate();
    emit gateChanged();
}

void DiagnosticsController::makeGate()
{
    m_gate = std::make_unique<PinGate>(m_pinHash, m_gateClock, &m_lockoutStore);
    m_gate->setPinFile(m_staffPinFile);
}

void DiagnosticsController::setStaffPinFile(const QString &path)
{
    m_staffPinFile = path;
    if (m_gate)
        m_gate->setPinFile(path);
    emit gateChanged();
}

void DiagnosticsController::refreshPin()
{
    if (m_gate && m_gate->reloadPin())
        emit gateChanged();
}

int DiagnosticsController::lockoutsInLastDay() const
{
    return m_gate ? m_gate->lockoutsInLastDay() : 0;
}

bool DiagnosticsController::isPinSet() const
{
    return m_gate && m_gate->isPinSet();
}

void DiagnosticsController::setClock(PinGate::Clock clock)
{
    m_clock = clock ? clock : PinGate::Clock(&PinGate::monotonicNowMs);
    m_gateClock = clock ? std::move(clock) : PinGate::Clock(&PinGate::utcNowMs);
    if (m_gate)
        makeGate();
    emit gateChanged();
}

bool DiagnosticsController::isLockedOut() const
{
    return m_gate && m_gate->state() == PinGate::State::Locked;
}

int DiagnosticsController::attemptsLeft() const
{
    return m_gate ? m_gate->attemptsLeft() : 0;
}

int DiagnosticsController::lockSecondsLeft() const
{
    return m_gate ? int((m_gate->remainingLockMs() + 999) / 1000) : 0;
}

DiagnosticsController::UnlockResult DiagnosticsController::unlock(const QString &pin)
{
    if (!m_gate)
        return UnlockResult::WrongPin; // no config loaded: nothing to check against
    if (m_unlocked)
        return UnlockResult::Unlocked;
    m_idleTimer.start();
    const PinGate::Result result = m_gate->attempt(pin);
    UnlockResult outcome = UnlockResult::WrongPin;
    switch (result) {
    case PinGate::Result::Accepted:
        audit(u"pin_ok"_s);
        outcome = UnlockResult::Unlocked;
        break;
    case PinGate::Result::Rejected:
        audit(u"pin_wrong"_s, u"%1 attempts left"_s.arg(m_gate->attemptsLeft()));
        if (isLockedOut()) {
            audit(u"pin_lockout"_s, u"locked for %1 s"_s.arg(lockSecondsLeft()));
            m_lockTicker.start();
            outcome = UnlockResult::LockedOut;
        }
        break;
    case PinGate::Result::Locked:
        audit(u"pin_refused_locked"_s, u"%1 s left"_s.arg(lockSecondsLeft()));
        outcome = UnlockResult::LockedOut;
        break;
    case PinGate::Result::NoPin:
        audit(u"pin_refused_unset"_s);
        outcome = UnlockResult::NoPin;
        break;
    }
    emit gateChanged();
    if (outcome == UnlockResult::Unlocked) {
        setUnlocked(true);
        refresh();
        updateHealth();
    }
    return outcome;
}

} // namespace kiosk
