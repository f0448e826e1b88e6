#pragma once

#include "refpos/simkit.h"

#include <QJsonObject>
#include <optional>

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

// The simulated card terminals, one per terminal_id, kept in refpos's database: a queue of
// outcomes a test lines up (PUT /admin/terminals/<id>), how long the terminal takes to act on a
// cancel, and --terminal-auto's cycle for an empty queue (no_answer without it). What a
// payment's outcome does when it comes due is PaymentClock's business.
class Terminal
{
public:
    Terminal(Database &db, QList<TerminalOutcome> autoOutcomes);

    // Inside the caller's transaction: the outcome of the payment about to be shown on
    // `terminalId` (the queue's first, taken off it; else the auto cycle's next; else no_answer).
    std::optional<TerminalOutcome> takeNext(const QString &terminalId, QString *error);
    std::optional<qint64> cancelAfterMs(const QString &terminalId, QString *error);

    // PUT /admin/terminals/<id>: {"clear": true} empties the queue, {"next", "after_ms"}
    // appends, {"cancel_after_ms"} sets; in that order, in one transaction. nullopt with
    // `error` (and `*invalid` for a bad body) otherwise; else the terminal as state() gives it.
    std::optional<QJsonObject> configure(const QString &terminalId, const QJsonObject &body,
                                         bool *invalid, QString *error);
    // {"terminal_id", "queue": [{"next", "after_ms"}], "cancel_after_ms"}
    std::optional<QJsonObject> state(const QString &terminalId, QString *error);

private:
    bool ensure(const QString &terminalId);

    Database &m_db;
    QList<TerminalOutcome> m_auto;
};

} // namespace kiosk::refpos
