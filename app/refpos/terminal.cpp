#include "refpos/terminal.h"

#include "contract/jsonfield.h"
#include "storage/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

Terminal::Terminal(Database &db, QList<TerminalOutcome> autoOutcomes)
    : m_db(db), m_auto(std::move(autoOutcomes))
{
}

bool Terminal::ensure(const QString &terminalId)
{
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO terminals (id) VALUES (?1)");
    return insert.bind(1, terminalId).exec();
}

std::optional<TerminalOutcome> Terminal::takeNext(const QString &terminalId, QString *error)
{
    const auto failed = [&] {
        *error = u"cannot read terminal %1: %2"_s.arg(terminalId, m_db.lastError());
        return std::nullopt;
    };
    Statement queued = m_db.prepare(
        "SELECT seq, outcome, after_ms FROM terminal_queue WHERE terminal_id = ?1 ORDER BY seq LIMIT 1");
    queued.bind(1, terminalId);
    if (queued.next()) {
        const TerminalOutcome outcome{queued.text(1), queued.int64(2)};
        Statement take = m_db.prepare("DELETE FROM terminal_queue WHERE seq = ?1");
        if (!take.bind(1, queued.int64(0)).exec())
            return failed();
        return outcome;
    }
    if (queued.failed())
        return failed();
    if (m_auto.isEmpty())
        return TerminalOutcome{u"no_answer"_s, 0};
    // The cycle's place is stored, so a restart goes on with the next one, not the first.
    if (!ensure(terminalId))
        return failed();
    Statement place = m_db.prepare("SELECT auto_next FROM terminals WHERE id = ?1");
    if (!place.bind(1, terminalId).next())
        return failed();
    const qint64 next = place.int64(0) % m_auto.size();
    Statement advance = m_db.prepare("UPDATE terminals SET auto_next = ?2 WHERE id = ?1");
    if (!advance.bind(1, terminalId).bind(2, (next + 1) % m_auto.size()).exec())
        return failed();
    return m_auto.at(next);
}

std::optional<qint64> Terminal::cancelAfterMs(const QString &terminalId, QString *error)
{
    Statement row = m_db.prepare("SELECT cancel_after_ms FROM terminals WHERE id = ?1");
    row.bind(1, terminalId);
    if (row.next())
        return row.int64(0);
    if (row.failed()) {
        *error = u"cannot read terminal %1: %2"_s.arg(terminalId, m_db.lastError());
        return std::nullopt;
    }
    return 0;
}

std::optional<QJsonObject> Terminal::configure(const QString &terminalId, const QJsonObject &body,
                                               bool *invalid, QString *error)
{
    *invalid = true;
    std::optional<bool> clear = false;
    if (body.contains(u"clear"_s))
        clear = JsonField(body, QString(), u"clear"_s).boolean(error);
    std::optional<QString> next;
    std::optional<qint64> afterMs = 0;
    if (body.contains(u"next"_s)) {
        next = JsonField(body, QString(), u"next"_s).string(error);
        if (next && !terminalKinds().contains(*next)) {
            *error = u"next: expected approve, decline, buyer_cancel or no_answer, got \"%1\""_s.arg(*next);
            return std::nullopt;
        }
        if (next && body.contains(u"after_ms"_s))
            afterMs = JsonField(body, QString(), u"after_ms"_s).integer(error, 0, MaxTerminalDelayMs);
        if (!next)
            return std::nullopt;
    }
    std::optional<qint64> cancelAfter;
    if (body.contains(u"cancel_after_ms"_s)) {
        cancelAfter = JsonField(body, QString(), u"cancel_after_ms"_s).integer(error, 0, MaxTerminalDelayMs);
        if (!cancelAfter)
            return std::nullopt;
    }
    if (!clear || !afterMs)
        return std::nullopt;
    if (!*clear && !next && !cancelAfter) {
        *error = u"body: give next (and after_ms), cancel_after_ms or clear"_s;
        return std::nullopt;
    }

    *invalid = false;
    Database::Transaction tx(m_db);
    bool ok = tx.isActive() && ensure(terminalId);
    if (ok && *clear) {
        Statement empty = m_db.prepare("DELETE FROM terminal_queue WHERE terminal_id = ?1");
        ok = empty.bind(1, terminalId).exec();
    }
    if (ok && next) {
        Statement append = m_db.prepare(
            "INSERT INTO terminal_queue (terminal_id, outcome, after_ms) VALUES (?1, ?2, ?3)");
        ok = append.bind(1, terminalId).bind(2, *next).bind(3, *afterMs).exec();
    }
    if (ok && cancelAfter) {
        Statement set = m_db.prepare("UPDATE terminals SET cancel_after_ms = ?2 WHERE id = ?1");
        ok = set.bind(1, terminalId).bind(2, *cancelAfter).exec();
    }
    if (!ok || !tx.commit()) {
        *error = u"cannot configure terminal %1: %2"_s.arg(terminalId, m_db.lastError());
        return std::nullopt;
    }
    return state(terminalId, error);
}

std::optional<QJsonObject> Terminal::state(const QString &terminalId, QString *error)
{
    const std::optional<qint64> cancelAfter = cancelAfterMs(terminalId, error);
    if (!cancelAfter)
        return std::nullopt;
    QJsonArray queue;
    Statement row = m_db.prepare(
        "SELECT outcome, after_ms FROM terminal_queue WHERE terminal_id = ?1 ORDER BY seq");
    row.bind(1, terminalId);
    while (row.next())
        queue.append(QJsonObject{{u"next"_s, row.text(0)}, {u"after_ms"_s, row.int64(1)}});
    if (row.failed()) {
        *error = u"cannot read terminal %1: %2"_s.arg(terminalId, m_db.lastError());
        return std::nullopt;
    }
    return QJsonObject{{u"terminal_id"_s, terminalId}, {u"queue"_s, queue},
                       {u"cancel_after_ms"_s, *cancelAfter}};
}

} // namespace kiosk::refpos
