#pragma once

#include "squaresim/idempotency.h"
#include "squaresim/squarejson.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace kiosk::squaresim {

class Orders;
class Terminal;

// The Terminal API's checkouts and the payments they make. A checkout is PENDING, then
// IN_PROGRESS once the device shows it, and ends at whichever comes first of its scripted
// outcome (approve: COMPLETED with a payment that pays its order; buyer_cancel: CANCELED
// BUYER_CANCELED), a requested cancel taking effect (CANCEL_REQUESTED, then CANCELED
// SELLER_CANCELED) and the 5-minute deadline (CANCELED TIMED_OUT); on a tie the device's own
// outcome wins (it happened on the reader). Square's states and reasons:
// https://developer.squareup.com/docs/terminal-api/square-terminal-payments.
class Checkouts
{
public:
    static constexpr qint64 ShowAfterMs = 150;
    // deadline_duration's default and maximum (https://developer.squareup.com/reference/square/objects/TerminalCheckout).
    static constexpr qint64 DeadlineMs = 300'000;

    Checkouts(Orders &orders, Terminal &terminal, QString locationId);

    Response create(const QJsonObject &body);
    Response get(const QString &id);
    Response cancel(const QString &id);
    Response search(const QJsonObject &body);
    Response payment(const QString &id);
    QJsonArray all(); // oldest first

    // Applies everything due by now: called before every read and by a timer.
    void settle();

private:
    struct Checkout
    {
        QJsonObject json;
        QString planned;
        qint64 createdMs = 0;
        qint64 dueMs = 0;
        qint64 deadlineMs = 0;
        qint64 cancelDueMs = -1; // -1: no cancel asked
    };
    void apply(Checkout &checkout, qint64 now);
    void complete(Checkout &checkout, qint64 atMs);

    Orders &m_orders;
    Terminal &m_terminal;
    QString m_locationId;
    QStringList m_ids; // in creation order
    QHash<QString, Checkout> m_checkouts;
    QHash<QString, QJsonObject> m_payments;
    Idempotency m_keys;
};

} // namespace kiosk::squaresim
