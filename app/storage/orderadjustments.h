#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk {

class Database;

// What a backend could not honour on orders it accepted (table order_adjustments): a reward
// whose points were gone, a promotion that ended. Written by the sync thread with the delivery
// that brought them, read by diagnostics for staff. The order itself stands.
class OrderAdjustments
{
public:
    struct Row
    {
        QString orderId;     // the outbox key
        QString orderNumber; // "K1-042"; empty when the order is not on this kiosk any more
        QString kind;        // "reward" | "promo" | what a backend sends
        QString subject;     // the reward's or promotion's id
        QString subjectName; // the reward's name as the order redeemed it; "" when not known
        QString reason;      // the backend's words
        QDateTime at;        // UTC
        qint64 id = 0;       // the row's, once recorded

        bool operator==(const Row &) const = default;
    };

    explicit OrderAdjustments(Database &db) : m_db(db) {}

    // One row per adjustment; false on a storage error. The order's number and a reward's name
    // are filled in from the order when this kiosk still has it. Runs inside the caller's
    // transaction when there is one.
    bool record(const QList<Row> &rows);
    // The most recent first, at most `limit`.
    QList<Row> recent(int limit);
    int count();

private:
    Database &m_db;
};

} // namespace kiosk
