#pragma once

#include "domain/order.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kiosk {

class Database;

// Orders as the customer was promised them. commit() is the only way an order number is
// handed out, and it happens in the same transaction that saves the order and queues it for
// the backend: a number on screen always means a saved order.
class OrderStore
{
public:
    explicit OrderStore(Database &db) : m_db(db) {}

    struct Commit
    {
        bool ok = false;
        QString number;
        QString error;
    };

    // Assigns the next number (prefix + sequence that survives restarts) to `order` and saves
    // it with its lines and its outbox entry, all or nothing.
    Commit commit(Order &order, const QString &orderPrefix);

    int orderCount();
    int lastSequence();
    // The saved order with `number`, most recent first when numbers wrapped.
    std::optional<Order> findByNumber(const QString &number);

    // An order as staff pick it from a list (diagnostics' "reprint"): no lines.
    struct Recent
    {
        QString id;
        QString number;
        QDateTime createdAt;  // UTC
        qint64 totalCents = 0;
        QString paymentState; // orders.payment_state: "" for a counter order
        bool operator==(const Recent &) const = default;
    };
    // The last `limit` orders saved, newest first.
    QList<Recent> recent(int limit);

private:
    Database &m_db;
};

} // namespace kiosk
