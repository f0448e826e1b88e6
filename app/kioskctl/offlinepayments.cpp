// OfflineDatabase's card payment reads (kioskctl payments): the kiosk's own staff queries
// (PaymentStore's statements and row readers) on kioskctl's read-only connection.
#include "kioskctl/offlinedatabase.h"

#include "storage/statement.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

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
    Statement recent(m_db, PaymentStore::recentAttemptsSql().constData());
    recent.bind(2, qint64(limit));
    while (recent.next())
        payments.recent.append(PaymentStore::readAttempt(recent));
    if (recent.failed() || !recent.isValid()) {
        fail(u"reading the payment attempts"_s);
        return std::nullopt;
    }
    const auto paidOrders = [this](const QByteArray &sql, QList<PaidOrder> *out) {
        Statement st(m_db, sql.constData());
        while (st.next())
            out->append(PaymentStore::readPaidOrder(st));
        return !st.failed() && st.isValid();
    };
    if (!paidOrders(PaymentStore::paidNumberNotShownSql(), &payments.numberNotShown)
        || !paidOrders(PaymentStore::paidNotTakenSql(), &payments.notTaken)) {
        fail(u"reading the paid orders"_s);
        return std::nullopt;
    }
    return payments;
}

} // namespace kiosk::ctl
