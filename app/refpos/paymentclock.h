#pragma once

#include <QString>
#include <QtGlobal>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

// Moves open payments along in time: pending -> in_progress once the terminal shows it, then
// whichever comes due first of the terminal's planned outcome, a cancel the terminal acts
// on, and the server-side deadline (canceled timed_out). Each step is computed from the
// times stored in the payment row, so applying it late (after a restart) gives the same
// result. A payment that completes makes its order paid and releases it to the kitchen in
// the same transaction, and only a payment still open can complete: once.
class PaymentClock
{
public:
    // The terminal "shows" a payment this long after it arrived.
    static constexpr qint64 ShowAfterMs = 150;
    // A payment nobody answers is canceled timed_out this long after it arrived.
    static constexpr qint64 DeadlineMs = 300'000;

    explicit PaymentClock(Database &db) : m_db(db) {}

    static qint64 nowMs();
    static QString utc(qint64 epochMs);

    // Applies everything due by now. Called before every read of a payment or a held order
    // and by a 100 ms timer. False with `error` when the database fails (the rest waits for
    // the next call).
    bool settle(QString *error);

private:
    struct Open;
    bool apply(const Open &payment, qint64 now, QString *error);
    bool complete(const Open &payment, const QString &at, QString *error);

    Database &m_db;
};

} // namespace kiosk::refpos
