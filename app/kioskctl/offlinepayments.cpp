// OfflineDatabase's card payment reads (kioskctl payments): the attempts and the paid orders
// staff must act on, as the diagnostics Payments page shows them. Never a card number: the
// kiosk holds none; the brand and last four digits are left out too, as nobody needs them here.
#include "kioskctl/offlinedatabase.h"

#include "storage/statement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

QDateTime timeAt(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromString(st.text(column), Qt::ISODateWithMs);
}

// A paid card order: its completed attempt gives the payment id, the amount and when.
constexpr const char *PaidOrdersSql =
    "SELECT o.id, o.number, a.id, a.amount_cents, a.settled_at, coalesce(o.payment_problem, '')"
    " FROM orders o JOIN payment_attempts a ON a.order_id = o.id AND a.status = 'completed'"
    " WHERE o.payment_state = 'paid' AND %1 ORDER BY a.settled_at";

} // namespace

std::optional<OfflineDatabase::Payments> OfflineDatabase::payments(int limit)
{
    Statement version(m_db, "PRAGMA user_version");
    if (!version.next()) {
        fail(u"reading the schema version"_s);
        return std::nullopt;
    }
    if (version.int64(0) < PaymentSchema) {
        m_error = u"the database (schema %1) predates card payment (schema %2): no payments to list"_s
                      .arg(version.int64(0)).arg(PaymentSchema);
        return std::nullopt;
    }

    Payments payments;
    Statement recent(m_db, "SELECT a.id, a.order_id, coalesce(o.number, ''), a.amount_cents, a.currency,"
                           " a.terminal_id, a.created_at, a.status, a.reason, a.updated_at, a.last_error"
                           " FROM payment_attempts a LEFT JOIN orders o ON o.id = a.order_id"
                           " ORDER BY a.created_at DESC LIMIT ?1");
    recent.bind(1, qint64(limit));
    while (recent.next()) {
        PaymentAttempt a;
        a.id = recent.text(0);
        a.orderId = recent.text(1);
        a.orderNumber = recent.text(2);
        a.amount = recent.int64(3);
        a.currency = recent.text(4);
        a.terminalId = recent.text(5);
        a.createdAt = timeAt(recent, 6);
        a.status = paymentStatusFromCode(recent.text(7)).value_or(PaymentStatus::Saved);
        a.reason = recent.text(8);
        a.updatedAt = timeAt(recent, 9);
        a.lastError = recent.text(10);
        payments.recent.append(a);
    }
    if (recent.failed() || !recent.isValid()) {
        fail(u"reading the payment attempts"_s);
        return std::nullopt;
    }

    const auto paidOrders = [this](const char *where, QList<PaidOrder> *out) {
        const QByteArray sql = QString::fromLatin1(PaidOrdersSql).arg(QLatin1String(where)).toLatin1();
        Statement st(m_db, sql.constData());
        while (st.next())
            out->append({st.text(0), st.text(1), st.text(2), st.int64(3), timeAt(st, 4), st.text(5)});
        return !st.failed() && st.isValid();
    };
    // An order the backend did not take has no number to hand over: it is refunded instead.
    if (!paidOrders("o.number_shown_at IS NULL AND o.payment_problem IS NULL", &payments.numberNotShown)
        || !paidOrders("o.payment_problem IS NOT NULL", &payments.notTaken)) {
        fail(u"reading the paid orders"_s);
        return std::nullopt;
    }
    return payments;
}

} // namespace kiosk::ctl
