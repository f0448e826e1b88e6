#include "staff/pinlockoutstore.h"

#include "storage/database.h"

namespace kiosk {

std::optional<PinLockoutState> PinLockoutStore::load()
{
    Statement st = m_db.prepare("SELECT failures, step, last_failure_at, locked_at, locked_until, "
                                "previous_locked_at FROM staff_pin_lockout WHERE id = 1");
    if (!st.isValid())
        return std::nullopt;
    PinLockoutState state;
    if (st.next()) {
        state.failures = int(st.int64(0));
        state.step = int(st.int64(1));
        state.lastFailureMs = st.int64(2);
        state.lockedAtMs = st.int64(3);
        state.lockedUntilMs = st.int64(4);
        state.previousLockedAtMs = st.int64(5);
    }
    if (st.failed())
        return std::nullopt;
    return state;
}

bool PinLockoutStore::save(const PinLockoutState &state)
{
    Statement st = m_db.prepare(
        "INSERT INTO staff_pin_lockout(id, failures, step, last_failure_at, locked_at, locked_until, "
        "previous_locked_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET "
        "failures = excluded.failures, step = excluded.step, last_failure_at = excluded.last_failure_at, "
        "locked_at = excluded.locked_at, locked_until = excluded.locked_until, "
        "previous_locked_at = excluded.previous_locked_at");
    return st.bind(1, qint64(state.failures))
        .bind(2, qint64(state.step))
        .bind(3, state.lastFailureMs)
        .bind(4, state.lockedAtMs)
        .bind(5, state.lockedUntilMs)
        .bind(6, state.previousLockedAtMs)
        .exec();
}

} // namespace kiosk
