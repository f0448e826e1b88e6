#pragma once

// refpos's database opened beside the running refpos (WAL, a busy timeout: both may use it),
// for what the API does not show or cannot do in a test's time.
#include "refpos/refposschema.h"
#include "storage/database.h"

#include <QStringList>

namespace kiosk::test {

// The methods of every kitchen release of an order, oldest first. The admin API gives only
// their count; the tests need to know a counter order was released as "counter".
inline QStringList releaseMethods(const QString &databasePath, const QString &orderId)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(databasePath, refpos::refposSchema(), &error);
    QStringList methods;
    if (!db)
        return {error};
    Statement row = db->prepare("SELECT method FROM kitchen_releases WHERE order_id = ?1 ORDER BY seq");
    row.bind(1, orderId);
    while (row.next())
        methods.append(row.text(0));
    return methods;
}

// Moves a payment's server-side deadline to now, so that the 300 s are not waited out; returns
// how long after its arrival the deadline was (-1 on failure).
inline qint64 expireDeadline(const QString &databasePath, const QString &paymentId)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(databasePath, refpos::refposSchema(), &error);
    if (!db)
        return -1;
    Statement row = db->prepare(
        "SELECT deadline_ms - CAST(round((julianday(received_at) - 2440587.5) * 86400000) AS INTEGER)"
        " FROM payments WHERE id = ?1");
    if (!row.bind(1, paymentId).next())
        return -1;
    const qint64 window = row.int64(0);
    Statement expire = db->prepare(
        "UPDATE payments SET deadline_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
        " WHERE id = ?1");
    return expire.bind(1, paymentId).exec() ? window : -1;
}

// A member's number, card code and accepted terms version as refpos stored them (the API
// never answers them: the customer's card carries them); empty when there is no such member.
inline QStringList memberRecord(const QString &databasePath, const QString &memberId)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(databasePath, refpos::refposSchema(), &error);
    if (!db)
        return {};
    Statement row = db->prepare(
        "SELECT member_number, card_code, coalesce(terms_version, '') FROM loyalty_members WHERE id = ?1");
    if (!row.bind(1, memberId).next())
        return {};
    return {row.text(0), row.text(1), row.text(2)};
}

} // namespace kiosk::test
