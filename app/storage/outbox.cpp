#include "storage/outbox.h"

#include "storage/database.h"

#include <algorithm>

namespace kiosk {

namespace {

// Timestamps are stored as RFC 3339 UTC with milliseconds, like the orders' created_at, so
// text comparison in SQL orders them correctly.
QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromString(st.text(column), Qt::ISODateWithMs);
}

OutboxEntry::State parseState(const QString &code)
{
    if (code == QLatin1String("delivered"))
        return OutboxEntry::State::Delivered;
    if (code == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

// The columns readEntry() expects, in its order.
#define OUTBOX_COLUMNS                                                                          \
    "outbox.seq, outbox.kind, outbox.key, outbox.body, outbox.state, outbox.attempts, "         \
    "outbox.next_attempt_at, outbox.last_error, outbox.created_at, outbox.delivered_at, "       \
    "outbox.response, outbox.points_earned, orders.number, outbox.discarded_at "                \
    "FROM outbox LEFT JOIN orders ON outbox.kind = 'order' AND orders.id = outbox.key "

// The distinct kinds in the outbox, as a CTE named `kinds`: one index seek per kind on
// outbox_kind_pending (a loose index scan), so that finding each kind's head costs the same
// with 10 or 10,000 entries queued. A scan of every pending row here ran after each delivery
// and made draining a long queue quadratic.
#define OUTBOX_KINDS                                                                            \
    "kinds(kind) AS (SELECT min(kind) FROM outbox UNION ALL "                                   \
    "SELECT (SELECT min(kind) FROM outbox WHERE kind > kinds.kind) FROM kinds "                 \
    "WHERE kinds.kind IS NOT NULL) "

OutboxEntry readEntry(const Statement &st)
{
    OutboxEntry e;
    e.seq = st.int64(0);
    e.kind = st.text(1);
    e.key = st.text(2);
    e.body = st.text(3).toUtf8();
    e.state = parseState(st.text(4));
    e.attempts = int(st.int64(5));
    e.nextAttemptAt = parseTime(st, 6);
    e.lastError = st.text(7);
    e.createdAt = parseTime(st, 8);
    e.deliveredAt = parseTime(st, 9);
    e.response = st.text(10).toUtf8();
    if (!st.isNull(11))
        e.pointsEarned = int(st.int64(11));
    e.orderNumber = st.text(12);
    e.discardedAt = parseTime(st, 13);
    return e;
}

} // namespace

QString Outbox::stateCode(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString Outbox::lastError() const
{
    return m_db.lastError();
}

bool Outbox::enqueue(const QString &kind, const QString &key, const QByteArray &body, const QDateTime &now)
{
    Statement st = m_db.prepare("INSERT INTO outbox(kind, key, body, created_at) VALUES (?1, ?2, ?3, ?4)");
    return st.bind(1, kind).bind(2, key).bind(3, QString::fromUtf8(body)).bind(4, rfc3339(now)).exec();
}

QStringList Outbox::pendingKinds()
{
    Statement st = m_db.prepare("WITH RECURSIVE " OUTBOX_KINDS
                                "SELECT kind, (SELECT min(seq) FROM outbox h WHERE h.kind = kinds.kind "
                                "AND h.state = 'pending') AS head "
                                "FROM kinds WHERE head IS NOT NULL ORDER BY head");
    QStringList kinds;
    while (st.next())
        kinds.append(st.text(0));
    return kinds;
}

std::optional<OutboxEntry> Outbox::nextDue(const QString &kind, const QDateTime &now)
{
    Statement st = m_db.prepare("SELECT " OUTBOX_COLUMNS
                                "WHERE outbox.kind = ?1 AND outbox.state = 'pending' "
                                "ORDER BY outbox.seq LIMIT 1");
    st.bind(1, kind);
    if (!st.next())
        return std::nullopt;
    OutboxEntry head = readEntry(st);
    if (head.nextAttemptAt.isValid() && head.nextAttemptAt > now)
        return std::nullopt;
    return head;
}

std::optional<QDateTime> Outbox::nextDueAt()
{
    // Each kind's head decides when that kind may go next. CROSS JOIN keeps `kinds` the outer
    // loop, read as a co-routine; left to itself SQLite may materialise and index it per call.
    Statement st = m_db.prepare("WITH RECURSIVE " OUTBOX_KINDS
                                "SELECT min(coalesce(o.next_attempt_at, '')) FROM kinds CROSS JOIN outbox o "
                                "ON o.seq = (SELECT min(seq) FROM outbox h "
                                "WHERE h.kind = kinds.kind AND h.state = 'pending')");
    if (!st.next() || st.isNull(0))
        return std::nullopt;
    const QString at = st.text(0);
    if (at.isEmpty())
        return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return QDateTime::fromString(at, Qt::ISODateWithMs);
}

bool Outbox::hasPending(const QString &kind, const QString &key)
{
    Statement st = m_db.prepare("SELECT 1 FROM outbox WHERE kind = ?1 AND state = 'pending' AND key = ?2 LIMIT 1");
    st.bind(1, kind).bind(2, key);
    return st.next();
}

QList<OutboxEntry> Outbox::pending(const QString &kind)
{
    Statement st = m_db.prepare("SELECT " OUTBOX_COLUMNS
                                "WHERE outbox.kind = ?1 AND outbox.state = 'pending' ORDER BY outbox.seq");
    st.bind(1, kind);
    QList<OutboxEntry> entries;
    while (st.next())
        entries.append(readEntry(st));
    return entries;
}

bool Outbox::markDelivered(qint64 seq, const QByteArray &response, std::optional<int> pointsEarned,
                           const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, delivered_at = ?2, "
        "response = ?3, points_earned = ?4, last_error = NULL, next_attempt_at = NULL "
        "WHERE seq = ?1 AND state = 'pending'");
    st.bind(1, seq).bind(2, rfc3339(now)).bind(3, QString::fromUtf8(response));
    if (pointsEarned)
        st.bind(4, qint64(*pointsEarned));
    else
        st.bindNull(4);
    return st.exec();
}

bool Outbox::markFailed(qint64 seq, const QString &reason, const QByteArray &response)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?2, "
        "response = ?3, next_attempt_at = NULL WHERE seq = ?1 AND state = 'pending'");
    return st.bind(1, seq).bind(2, reason).bind(3, QString::fromUtf8(response)).exec();
}

bool Outbox::scheduleRetry(qint64 seq, const QString &error, const QDateTime &nextAttemptAt)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 "
        "WHERE seq = ?1 AND state = 'pending'");
    return st.bind(1, seq).bind(2, error).bind(3, rfc3339(nextAttemptAt)).exec();
}

int Outbox::expediteNetworkRetries(const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'pending' "
        "AND next_attempt_at > ?1 AND substr(last_error, 1, length(?2)) = ?2");
    if (!st.bind(1, rfc3339(now)).bind(2, networkErrorPrefix()).exec())
        return -1;
    Statement changes = m_db.prepare("SELECT changes()");
    return changes.next() ? int(changes.int64(0)) : 0;
}

bool Outbox::retry(qint64 seq)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
        "WHERE seq = ?1 AND state = 'failed' AND discarded_at IS NULL RETURNING seq");
    st.bind(1, seq);
    const bool found = st.next();
    return st.exec() && found;
}

bool Outbox::discard(qint64 seq, const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE outbox SET discarded_at = ?2 "
        "WHERE seq = ?1 AND state = 'failed' AND discarded_at IS NULL RETURNING seq");
    st.bind(1, seq).bind(2, rfc3339(now));
    const bool found = st.next();
    return st.exec() && found;
}

Outbox::Counts Outbox::counts()
{
    // One index range per state (outbox_pending), not a scan of every row with its body.
    Statement st = m_db.prepare(
        "SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
        "(SELECT count(*) FROM outbox WHERE state = 'delivered'), "
        "(SELECT count(*) FROM outbox WHERE state = 'failed' AND discarded_at IS NULL)");
    Counts c;
    if (st.next())
        c = {int(st.int64(0)), int(st.int64(1)), int(st.int64(2))};
    return c;
}

qint64 Outbox::oldestPendingAgeS(const QDateTime &now)
{
    Statement st = m_db.prepare("SELECT min(created_at) FROM outbox WHERE state = 'pending'");
    if (!st.next() || st.isNull(0))
        return 0;
    const QDateTime oldest = QDateTime::fromString(st.text(0), Qt::ISODateWithMs);
    return oldest.isValid() ? std::max<qint64>(0, oldest.secsTo(now)) : 0;
}

QList<OutboxEntry> Outbox::list(std::optional<OutboxEntry::State> state, int limit)
{
    Statement st = m_db.prepare("SELECT " OUTBOX_COLUMNS
                                "WHERE ?1 IS NULL OR (outbox.state = ?1 AND outbox.discarded_at IS NULL) "
                                "ORDER BY outbox.seq DESC LIMIT ?2");
    if (state)
        st.bind(1, stateCode(*state));
    else
        st.bindNull(1);
    st.bind(2, qint64(limit));
    QList<OutboxEntry> entries;
    while (st.next())
        entries.append(readEntry(st));
    return entries;
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq)
{
    Statement st = m_db.prepare("SELECT " OUTBOX_COLUMNS "WHERE outbox.seq = ?1");
    st.bind(1, seq);
    if (!st.next())
        return std::nullopt;
    return readEntry(st);
}

} // namespace kiosk
