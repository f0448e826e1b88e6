#include "support/paymentrows.h"

#include "domain/money.h"
#include "support/orderbuilder.h"
#include "storage/database.h"

namespace kiosk::test {

namespace {

void run(Database &db, Statement &st)
{
    if (!st.exec())
        qFatal("payment rows: %s", qPrintable(db.lastError()));
}

} // namespace

QString addCardOrder(Database &db, const QDateTime &at, const char *state)
{
    Order order = burgerOrder(at);
    order.payment = PaymentMethod::Card;
    const QString id = order.id.toString(QUuid::WithoutBraces);
    commitOrder(db, std::move(order));
    Statement st = db.prepare("UPDATE orders SET payment_state = ?1 WHERE id = ?2");
    st.bind(1, QString::fromLatin1(state)).bind(2, id);
    run(db, st);
    return id;
}

void addAttempt(Database &db, const QString &attemptId, const QString &orderId, PaymentStatus status,
                const QDateTime &at, const QString &reason, const QString &lastError)
{
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    Statement st = db.prepare(
        "INSERT INTO payment_attempts(id, order_id, amount_cents, currency, terminal_id, created_at, body, "
        "status, reason, updated_at, settled_at, last_error) "
        "SELECT ?1, id, total_cents, 'USD', 'T1', ?2, '{}', ?3, ?4, ?2, ?5, ?6 FROM orders WHERE id = ?7");
    st.bind(1, attemptId).bind(2, time).bind(3, paymentStatusCode(status)).bind(4, reason);
    if (isFinal(status))
        st.bind(5, time);
    else
        st.bindNull(5);
    st.bind(6, lastError).bind(7, orderId);
    run(db, st);
    if (db.changes() != 1)
        qFatal("payment rows: no order %s", qPrintable(orderId));
}

void setNumberShown(Database &db, const QString &orderId, const QDateTime &shownAt)
{
    Statement st = db.prepare("UPDATE orders SET number_shown_at = ?1 WHERE id = ?2");
    st.bind(1, shownAt.toUTC().toString(Qt::ISODateWithMs)).bind(2, orderId);
    run(db, st);
}

void setNotTaken(Database &db, const QString &orderId, const QString &problem)
{
    Statement st = db.prepare("UPDATE orders SET payment_problem = ?1 WHERE id = ?2");
    st.bind(1, problem).bind(2, orderId);
    run(db, st);
}

} // namespace kiosk::test
