#pragma once

#include "refpos/simkit.h"

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

class PaymentClock;

// What becomes of a card order nobody paid by card: POST /v1/orders/<id>/release (to the
// kitchen, paid at the counter) and POST /v1/orders/<id>/cancel (dropped, loyalty reversed).
// Both idempotent; both refused once a payment completed or while one is open.
class HeldOrders
{
public:
    HeldOrders(Database &db, PaymentClock &clock) : m_db(db), m_clock(clock) {}

    Response release(const Request &request, const QString &orderId);
    Response cancel(const Request &request, const QString &orderId);

private:
    enum class Action { Release, Cancel };
    Response act(Action action, const QString &orderId);
    // Inside act()'s transaction: the order's points booked at acceptance given back.
    bool reverseLoyalty(const QString &orderId, QString *error);

    Database &m_db;
    PaymentClock &m_clock;
};

} // namespace kiosk::refpos
