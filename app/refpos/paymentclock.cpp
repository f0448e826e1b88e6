#include "refpos/paymentclock.h"

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

struct PaymentClock::Open
{
    QString id;
    QString orderId;
    QString status;
    QString planned;
    qint64 shownMs = 0;
    std::optional<qint64> dueMs;
    qint64 deadlineMs = 0;
    QString cancelReason;
    std::optional<qint64> cancelDueMs;
};

namespace {

// What ends a payment, and the words it ends with.
struct Ending
{
    qint64 atMs = std::numeric_limits<qint64>::max();
    QString status;
    QString reason; // empty: null
};

Ending plannedEnding(const QString &planned)
{
    if (planned == u"approve")
        return {0, u"completed"_s, {}};
    if (planned == u"decline")
        return {0, u"declined"_s, u"Insufficient funds"_s};
    return {0, u"canceled"_s, u"buyer_canceled"_s};
}

} // namespace

qint64 PaymentClock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString PaymentClock::utc(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool PaymentClock::settle(QString *error)
{
    QList<Open> open;
    {
        Statement row = m_db.prepare(
            "SELECT id, order_id, status, planned, shown_ms, due_ms, deadline_ms, cancel_reason,"
            " cancel_due_ms FROM payments WHERE status IN ('pending', 'in_progress') ORDER BY seq");
        while (row.next()) {
            Open p{row.text(0), row.text(1), row.text(2), row.text(3), row.int64(4), {},
                   row.int64(6), row.text(7), {}};
            if (!row.isNull(5))
                p.dueMs = row.int64(5);
            if (!row.isNull(8))
                p.cancelDueMs = row.int64(8);
            open.append(p);
        }
        if (row.failed()) {
            *error = u"cannot read the open payments: %1"_s.arg(m_db.lastError());
            return false;
        }
    }
    const qint64 now = nowMs();
    for (const Open &payment : open) {
        if (!apply(payment, now, error))
            return false;
    }
    return true;
}

bool PaymentClock::apply(const Open &payment, qint64 now, QString *error)
{
    // Earliest first; on a tie the terminal's own outcome wins (it happened on the reader).
    Ending ending;
    if (payment.dueMs && payment.planned != u"no_answer") {
        ending = plannedEnding(payment.planned);
        ending.atMs = *payment.dueMs;
    }
    if (payment.cancelDueMs && *payment.cancelDueMs < ending.atMs)
        ending = {*payment.cancelDueMs, u"canceled"_s, payment.cancelReason};
    if (payment.deadlineMs < ending.atMs)
        ending = {payment.deadlineMs, u"canceled"_s, u"timed_out"_s};

    Database::Transaction tx(m_db);
    bool ok = tx.isActive();
    if (ending.atMs <= now) {
        const QString at = utc(ending.atMs);
        Statement end = m_db.prepare(
            "UPDATE payments SET status = ?2, reason = ?3, card_brand = ?4, card_last4 = ?5,"
            " updated_at = ?6 WHERE id = ?1 AND status IN ('pending', 'in_progress')");
        end.bind(1, payment.id).bind(2, ending.status);
        ending.reason.isEmpty() ? end.bindNull(3) : end.bind(3, ending.reason);
        const bool completed = ending.status == u"completed";
        completed ? end.bind(4, u"VISA"_s).bind(5, u"4242"_s) : end.bindNull(4).bindNull(5);
        ok = ok && end.bind(6, at).exec();
        if (ok && completed && m_db.changes() == 1)
            ok = complete(payment, at, error);
    } else if (payment.status == u"pending" && payment.shownMs <= now) {
        Statement show = m_db.prepare(
            "UPDATE payments SET status = 'in_progress', updated_at = ?2"
            " WHERE id = ?1 AND status = 'pending'");
        ok = ok && show.bind(1, payment.id).bind(2, utc(payment.shownMs)).exec();
    } else {
        return true;
    }
    if (!ok || !tx.commit()) {
        if (error->isEmpty())
            *error = u"cannot update payment %1: %2"_s.arg(payment.id, m_db.lastError());
        return false;
    }
    return true;
}

// Inside apply()'s transaction, right after the payment itself became completed.
bool PaymentClock::complete(const Open &payment, const QString &at, QString *error)
{
    Statement paid = m_db.prepare(
        "UPDATE orders SET status = 'paid' WHERE id = ?1 AND status = 'awaiting_payment'");
    if (!paid.bind(1, payment.orderId).exec()) {
        *error = u"cannot mark order %1 paid: %2"_s.arg(payment.orderId, m_db.lastError());
        return false;
    }
    if (m_db.changes() != 1)
        return true; // never happens: release and cancel are refused while a payment is open
    Statement release = m_db.prepare(
        "INSERT INTO kitchen_releases (order_id, method, at) VALUES (?1, 'card', ?2)");
    if (!release.bind(1, payment.orderId).bind(2, at).exec()) {
        *error = u"cannot release order %1: %2"_s.arg(payment.orderId, m_db.lastError());
        return false;
    }
    return true;
}

} // namespace kiosk::refpos
