#include "storage/paymentstore.h"

#include "contract/paymentrequest.h"
#include "storage/database.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromRfc3339(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

const char *const AttemptColumns =
    "a.id, a.order_id, coalesce(o.number, ''), a.amount_cents, a.currency, a.terminal_id, a.created_at, "
    "a.body, a.status, a.reason, a.card_brand, a.card_last4, a.cancel_requested, a.updated_at, a.last_error";

} // namespace

PaymentAttempt PaymentStore::readAttempt(const Statement &st)
{
    PaymentAttempt a;
    a.id = st.text(0);
    a.orderId = st.text(1);
    a.orderNumber = st.text(2);
    a.amount = st.int64(3);
    a.currency = st.text(4);
    a.terminalId = st.text(5);
    a.createdAt = fromRfc3339(st.text(6));
    a.body = st.text(7).toUtf8();
    a.status = paymentStatusFromCode(st.text(8)).value_or(PaymentStatus::Saved);
    a.reason = st.text(9);
    if (!st.isNull(10))
        a.card = CardSummary{st.text(10), st.text(11)};
    if (!st.isNull(12))
        a.cancelRequested = st.text(12) == u"timed_out"_s ? PaymentCancelReason::TimedOut
                                                          : PaymentCancelReason::SellerCanceled;
    a.updatedAt = fromRfc3339(st.text(13));
    a.lastError = st.text(14);
    // Saved, as read back, may have gone out before the kiosk last stopped: read it first.
    a.createUncertain = a.status == PaymentStatus::Saved;
    return a;
}

QString PaymentStore::heldOrderOutboxKey(const QString &orderId, const QString &outboxKind)
{
    if (outboxKind == u"order_release"_s)
        return orderId + u"/release"_s;
    return orderId + (outboxKind == u"order_paid"_s ? u"/paid"_s : u"/cancel"_s);
}

QString PaymentStore::lastError() const
{
    return m_db.lastError();
}

std::optional<PaymentAttempt> PaymentStore::begin(const QString &orderId, const QString &terminalId,
                                                  const QString &currency, const QDateTime &now, QString *error)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    Statement order = m_db.prepare("SELECT total_cents, payment_state FROM orders WHERE id = ?1");
    if (!order.bind(1, orderId).next()) {
        *error = u"no such order"_s;
        return std::nullopt;
    }
    if (order.text(1) != orderPaymentStateCode(OrderPaymentState::AwaitingPayment)) {
        *error = u"the order is not awaiting payment (%1)"_s.arg(order.text(1));
        return std::nullopt;
    }
    PaymentCreateRequest request;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.orderId = orderId;
    request.amountCents = order.int64(0);
    request.currency = currency;
    request.terminalId = terminalId;
    request.createdAt = now.toUTC();
    const QByteArray body = request.toJson();
    // The partial unique index refuses a second open or completed attempt for the order.
    Statement insert = m_db.prepare(
        "INSERT INTO payment_attempts(id, order_id, amount_cents, currency, terminal_id, created_at, body, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6)");
    insert.bind(1, request.id).bind(2, orderId).bind(3, request.amountCents).bind(4, currency)
        .bind(5, terminalId).bind(6, rfc3339(now)).bind(7, QString::fromUtf8(body));
    if (!insert.exec()) {
        *error = u"another attempt for this order is open or completed: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    if (!tx.commit()) {
        *error = u"cannot commit the attempt: %1"_s.arg(m_db.lastError());
        return std::nullopt;
    }
    auto saved = attempt(request.id);
    if (saved)
        saved->createUncertain = false; // saved this instant: nothing has been sent yet
    return saved;
}

bool PaymentStore::requestCancel(const QString &attemptId, PaymentCancelReason reason, const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE payment_attempts SET cancel_requested = ?2, updated_at = ?3 "
        "WHERE id = ?1 AND cancel_requested IS NULL AND status IN ('saved', 'pending', 'in_progress')");
    return st.bind(1, attemptId).bind(2, paymentCancelReasonCode(reason)).bind(3, rfc3339(now)).exec()
        && m_db.changes() == 1;
}

bool PaymentStore::releaseForCounter(const QString &orderId, const QDateTime &now, QString *error)
{
    return leaveHeld(orderId, OrderPaymentState::Counter, u"order_release"_s, R"({"method":"counter"})", now, error);
}

bool PaymentStore::abandon(const QString &orderId, const QDateTime &now, QString *error)
{
    return leaveHeld(orderId, OrderPaymentState::Abandoned, u"order_cancel"_s, "{}", now, error);
}

bool PaymentStore::leaveHeld(const QString &orderId, OrderPaymentState to, const QString &outboxKind,
                             const QByteArray &body, const QDateTime &now, QString *error)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = u"cannot start a transaction: %1"_s.arg(m_db.lastError());
        return false;
    }
    // The counter cannot take an order the backend refused (a 422 on the order itself): the
    // customer would be sent to pay for something the kitchen never gets.
    if (to == OrderPaymentState::Counter && heldOrderDelivery(orderId) == HeldOrderDelivery::Refused) {
        *error = u"the backend refused the order itself"_s;
        return false;
    }
    // Only a held order with every attempt final and none completed: an open attempt may still
    // charge the card, and a completed one means the order is paid.
    Statement update = m_db.prepare(
        "UPDATE orders SET payment_state = ?2 WHERE id = ?1 AND payment_state = 'awaiting_payment' "
        "AND NOT EXISTS (SELECT 1 FROM payment_attempts WHERE order_id = ?1 "
        "                AND status NOT IN ('declined', 'canceled', 'refused'))");
    if (!update.bind(1, orderId).bind(2, orderPaymentStateCode(to)).exec() || m_db.changes() != 1) {
        *error = u"the order is not held with every attempt settled"_s;
        return false;
    }
    Statement queue = m_db.prepare("INSERT INTO outbox(kind, key, body, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!queue.bind(1, outboxKind).bind(2, heldOrderOutboxKey(orderId, outboxKind)).bind(3, QString::fromUtf8(body))
             .bind(4, rfc3339(now)).exec()) {
        *error = u"cannot queue the order's %1: %2"_s.arg(outboxKind, m_db.lastError());
        return false;
    }
    // A dropped order spends no points: the offline cache must offer them again.
    if (to == OrderPaymentState::Abandoned) {
        Statement unspend = m_db.prepare("DELETE FROM loyalty_redemptions WHERE order_id = ?1");
        if (!unspend.bind(1, orderId).exec()) {
            *error = u"cannot release the order's redeemed points: %1"_s.arg(m_db.lastError());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = u"cannot commit: %1"_s.arg(m_db.lastError());
        return false;
    }
    return true;
}

bool PaymentStore::markNumberShown(const QString &orderId, const QDateTime &now)
{
    Statement st = m_db.prepare("UPDATE orders SET number_shown_at = ?2 WHERE id = ?1 AND number_shown_at IS NULL");
    return st.bind(1, orderId).bind(2, rfc3339(now)).exec();
}

QByteArray PaymentStore::attemptsSql(const char *where)
{
    return QByteArray("SELECT ") + AttemptColumns
        + " FROM payment_attempts a LEFT JOIN orders o ON o.id = a.order_id WHERE " + where
        + " ORDER BY a.created_at DESC, a.rowid DESC LIMIT ?2";
}

QByteArray PaymentStore::recentAttemptsSql()
{
    return attemptsSql("1");
}

QList<PaymentAttempt> PaymentStore::attempts(const char *where, const QString &arg, int limit)
{
    const QByteArray sql = attemptsSql(where);
    Statement st = m_db.prepare(sql.constData());
    st.bind(2, qint64(limit));
    if (!arg.isNull())
        st.bind(1, arg);
    QList<PaymentAttempt> list;
    while (st.next())
        list.append(readAttempt(st));
    return list;
}

QList<PaymentAttempt> PaymentStore::openAttempts()
{
    QList<PaymentAttempt> open = attempts("a.status IN ('saved', 'pending', 'in_progress')", {}, 1000);
    std::reverse(open.begin(), open.end()); // oldest first
    return open;
}

std::optional<PaymentAttempt> PaymentStore::attempt(const QString &attemptId)
{
    const QList<PaymentAttempt> found = attempts("a.id = ?1", attemptId, 1);
    return found.isEmpty() ? std::nullopt : std::optional<PaymentAttempt>(found.first());
}

QList<PaymentAttempt> PaymentStore::recentAttempts(int limit)
{
    return attempts("1", {}, limit);
}

bool PaymentStore::recordReport(const QString &attemptId, const PaymentReport &report, const QDateTime &now)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    const bool final = isFinal(report.status);
    Statement st = m_db.prepare(
        "UPDATE payment_attempts SET status = ?2, reason = ?3, card_brand = ?4, card_last4 = ?5, "
        "updated_at = ?6, last_error = '', settled_at = CASE WHEN ?7 THEN ?6 ELSE NULL END, "
        "amount_cents = coalesce(?8, amount_cents) "
        "WHERE id = ?1 AND status IN ('saved', 'pending', 'in_progress')");
    st.bind(1, attemptId).bind(2, paymentStatusCode(report.status)).bind(3, report.reason)
        .bind(6, rfc3339(now)).bind(7, qint64(final));
    // The amount the backend asks the card for, when it says (Square totals the order itself):
    // what the page shows and what staff's sums count.
    if (report.amount)
        st.bind(8, qint64(*report.amount));
    else
        st.bindNull(8);
    if (report.card)
        st.bind(4, report.card->brand).bind(5, report.card->last4);
    else
        st.bindNull(4).bindNull(5);
    if (!st.exec())
        return false;
    if (m_db.changes() == 1 && report.status == PaymentStatus::Completed) {
        // Charged for an order the kiosk had already let go of (released for the counter or
        // dropped): the customer was told otherwise, so staff must refund it.
        Statement paid = m_db.prepare(
            "UPDATE orders SET payment = 'card', "
            "payment_problem = CASE WHEN payment_state IN ('counter', 'abandoned') "
            "    THEN 'charged after the order was ' || CASE payment_state WHEN 'counter' "
            "         THEN 'released for the counter' ELSE 'dropped' END ELSE payment_problem END, "
            "payment_state = CASE WHEN payment_state IN ('counter', 'abandoned') THEN payment_state ELSE 'paid' END "
            "WHERE id = (SELECT order_id FROM payment_attempts WHERE id = ?1)");
        if (!paid.bind(1, attemptId).exec())
            return false;
        // The backend hears that the order is paid through the outbox, exactly once: Square
        // counts loyalty points only for a paid order (contract v1 needs nothing more).
        Statement notice = m_db.prepare(
            "INSERT OR IGNORE INTO outbox(kind, key, body, created_at) "
            "SELECT 'order_paid', id || '/paid', '{}', ?2 FROM orders "
            "WHERE id = (SELECT order_id FROM payment_attempts WHERE id = ?1) AND payment_state = 'paid'");
        if (!notice.bind(1, attemptId).bind(2, rfc3339(now)).exec())
            return false;
    }
    return tx.commit();
}

bool PaymentStore::recordRefused(const QString &attemptId, const QString &code, const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE payment_attempts SET status = 'refused', reason = ?2, updated_at = ?3, settled_at = ?3, last_error = '' "
        "WHERE id = ?1 AND status IN ('saved', 'pending', 'in_progress')");
    return st.bind(1, attemptId).bind(2, code).bind(3, rfc3339(now)).exec();
}

bool PaymentStore::recordCallFailed(const QString &attemptId, const QString &error, const QDateTime &now)
{
    Statement st = m_db.prepare("UPDATE payment_attempts SET last_error = ?2, updated_at = ?3 WHERE id = ?1");
    return st.bind(1, attemptId).bind(2, error).bind(3, rfc3339(now)).exec();
}

bool PaymentStore::recordPaidElsewhere(const QString &orderId, const QDateTime &)
{
    Statement st = m_db.prepare(
        "UPDATE orders SET payment_state = 'paid', payment = 'card' WHERE id = ?1 AND payment_state IS NOT NULL");
    return st.bind(1, orderId).exec();
}

bool PaymentStore::recordNotTaken(const QString &orderId, const QString &problem, const QDateTime &)
{
    Statement st = m_db.prepare("UPDATE orders SET payment_problem = ?2 WHERE id = ?1");
    return st.bind(1, orderId).bind(2, problem).exec();
}

bool PaymentStore::markRefunded(const QString &orderId, const QDateTime &now)
{
    Statement st = m_db.prepare(
        "UPDATE orders SET payment_problem_resolved_at = ?2 "
        "WHERE id = ?1 AND payment_problem IS NOT NULL AND payment_problem_resolved_at IS NULL");
    return st.bind(1, orderId).bind(2, rfc3339(now)).exec();
}

QStringList PaymentStore::heldOrders()
{
    Statement st = m_db.prepare("SELECT id FROM orders WHERE payment_state = 'awaiting_payment' ORDER BY created_at, rowid");
    QStringList ids;
    while (st.next())
        ids.append(st.text(0));
    return ids;
}

QStringList PaymentStore::orphanedHeldOrders()
{
    Statement st = m_db.prepare(
        "SELECT o.id FROM orders o WHERE o.payment_state = 'awaiting_payment' "
        "AND NOT EXISTS (SELECT 1 FROM payment_attempts a WHERE a.order_id = o.id "
        "                AND a.status NOT IN ('declined', 'canceled', 'refused')) ORDER BY o.created_at, o.rowid");
    QStringList ids;
    while (st.next())
        ids.append(st.text(0));
    return ids;
}

PaymentStore::HeldOrderDelivery PaymentStore::heldOrderDelivery(const QString &orderId)
{
    Statement st = m_db.prepare("SELECT state FROM outbox WHERE kind = 'order' AND key = ?1");
    if (!st.bind(1, orderId).next())
        return HeldOrderDelivery::Queued;
    const QString state = st.text(0);
    if (state == u"delivered"_s)
        return HeldOrderDelivery::Delivered;
    return state == u"failed"_s ? HeldOrderDelivery::Refused : HeldOrderDelivery::Queued;
}

QByteArray PaymentStore::heldOrderReceipt(const QString &orderId)
{
    Statement st = m_db.prepare("SELECT response FROM outbox WHERE kind = 'order' AND key = ?1 AND state = 'delivered'");
    return st.bind(1, orderId).next() ? st.text(0).toUtf8() : QByteArray();
}

PaymentDaySummary PaymentStore::summaryForDay(const QDate &localDay)
{
    const QDateTime from(localDay, QTime(0, 0));
    const QDateTime to = from.addDays(1);
    Statement st = m_db.prepare(
        "SELECT count(*), "
        "coalesce(sum(status = 'completed'), 0), coalesce(sum(CASE WHEN status = 'completed' THEN amount_cents END), 0), "
        "coalesce(sum(status = 'declined'), 0), coalesce(sum(status IN ('canceled', 'refused')), 0) "
        "FROM payment_attempts WHERE created_at >= ?1 AND created_at < ?2");
    st.bind(1, rfc3339(from)).bind(2, rfc3339(to));
    PaymentDaySummary summary;
    if (st.next()) {
        summary.attempts = int(st.int64(0));
        summary.completed = int(st.int64(1));
        summary.completedCents = st.int64(2);
        summary.declined = int(st.int64(3));
        summary.canceled = int(st.int64(4));
    }
    return summary;
}

QByteArray PaymentStore::paidOrdersSql(const char *where)
{
    return QByteArray("SELECT o.id, o.number, coalesce(a.id, ''), o.total_cents, coalesce(a.settled_at, ''), "
                      "coalesce(o.payment_problem, '') FROM orders o "
                      "LEFT JOIN payment_attempts a ON a.order_id = o.id AND a.status = 'completed' "
                      "WHERE (o.payment_state = 'paid' OR o.payment_problem IS NOT NULL) AND ")
        + where + " ORDER BY o.created_at";
}

// An order the backend did not take has no number to hand over: it is refunded instead.
QByteArray PaymentStore::paidNumberNotShownSql()
{
    return paidOrdersSql("o.number_shown_at IS NULL AND o.payment_problem IS NULL");
}

QByteArray PaymentStore::paidNotTakenSql()
{
    return paidOrdersSql("o.payment_problem IS NOT NULL AND o.payment_problem_resolved_at IS NULL");
}

PaidOrder PaymentStore::readPaidOrder(const Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), st.int64(3), fromRfc3339(st.text(4)), st.text(5)};
}

QList<PaidOrder> PaymentStore::paidOrders(const QByteArray &sql)
{
    Statement st = m_db.prepare(sql.constData());
    QList<PaidOrder> list;
    while (st.next())
        list.append(readPaidOrder(st));
    return list;
}

QList<PaidOrder> PaymentStore::paidNumberNotShown()
{
    return paidOrders(paidNumberNotShownSql());
}

QList<PaidOrder> PaymentStore::paidNotTaken()
{
    return paidOrders(paidNotTakenSql());
}

std::optional<OrderPaymentState> PaymentStore::orderState(const QString &orderId)
{
    Statement st = m_db.prepare("SELECT payment_state FROM orders WHERE id = ?1");
    if (!st.bind(1, orderId).next() || st.isNull(0))
        return std::nullopt;
    return orderPaymentStateFromCode(st.text(0));
}

} // namespace kiosk
