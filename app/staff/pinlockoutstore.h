#pragma once

#include <QtGlobal>
#include <optional>

namespace kiosk {

class Database;

// What the PIN gate must remember across a restart (PinGate has the rules). Times are UTC
// milliseconds since the epoch; 0 means "none".
struct PinLockoutState
{
    int failures = 0;              // wrong PINs in a row
    int step = 0;                  // lockouts in the current streak: the next one lasts longer
    qint64 lastFailureMs = 0;
    qint64 lockedAtMs = 0;         // the latest lockout's start
    qint64 lockedUntilMs = 0;      // 0: not locked
    qint64 previousLockedAtMs = 0; // the lockout before the latest

    bool operator==(const PinLockoutState &) const = default;
};

// The one row of `staff_pin_lockout` (schema 4) on the kiosk's GUI-thread connection.
class PinLockoutStore
{
public:
    explicit PinLockoutStore(Database &db) : m_db(db) {}

    // A fresh state when there is no row yet; nullopt when the table cannot be read.
    std::optional<PinLockoutState> load();
    bool save(const PinLockoutState &state);

private:
    Database &m_db;
};

} // namespace kiosk
