#include "refpos/terminal.h"

#include "simkit/terminalscript.h"
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
    const std::optional<simkit::TerminalScript> script = simkit::parseTerminalScript(body, terminalKinds(), error);
    if (!script)
        return std::nullopt;
    *invalid = false;
    Database::Transaction tx(m_db);
    bool ok = tx.isActive() && ensure(terminalId);
    if (ok && script->clear) {
        Statement empty = m_db.prepare("DELETE FROM terminal_queue WHERE terminal_id = ?1");
        ok = empty.bind(1, terminalId).exec();
    }
    if (ok && script->next) {
        Statement append = m_db.prepare(
            "INSERT INTO terminal_queue (terminal_id, outcome, after_ms) VALUES (?1, ?2, ?3)");
        ok = append.bind(1, terminalId).bind(2, script->next->kind).bind(3, script->next->afterMs).exec();
    }
    if (ok && script->cancelAfterMs) {
        Statement set = m_db.prepare("UPDATE terminals SET cancel_after_ms = ?2 WHERE id = ?1");
        ok = set.bind(1, terminalId).bind(2, *script->cancelAfterMs).exec();
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
