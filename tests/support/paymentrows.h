#pragma once

// Card orders and payment attempts written straight into a kiosk database (schema 7), for the
// tests of what staff see: diagnostics, /healthz and /metrics, kioskctl payments. The payment
// worker's own tests go through PaymentStore instead.
#include "domain/payment.h"

#include <QDateTime>
#include <QString>

namespace kiosk {
class Database;
}

namespace kiosk::test {

// A committed card order (one Classic Burger, 973 cents with tax) in `state`
// ("awaiting_payment", "paid", ...), created at `at`; its id. `number` is "T<seq>".
QString addCardOrder(Database &db, const QDateTime &at, const char *state = "awaiting_payment");

// An attempt of `orderId` with `status`, created at `at`; `reason` and `lastError` as the worker
// would record them. A final status stamps settled_at at `at`.
void addAttempt(Database &db, const QString &attemptId, const QString &orderId, PaymentStatus status,
                const QDateTime &at, const QString &reason = {}, const QString &lastError = {});

// The order paid and its number never shown (the customer left), or shown at `shownAt`.
void setNumberShown(Database &db, const QString &orderId, const QDateTime &shownAt);
// The backend did not take the paid order: `problem` is why (orders.payment_problem).
void setNotTaken(Database &db, const QString &orderId, const QString &problem);

} // namespace kiosk::test
