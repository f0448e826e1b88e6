#pragma once

#include "domain/payment.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiosk {

// The payment document of contract v1 (docs/backend-api.md, "Payments"): the 200 of
// GET /v1/payments/<id> and of POST /v1/payments/<id>/cancel, and the create's shorter
// {"id", "status": "pending"}. Strict where the kiosk acts on a field, silent about the rest:
// - "id" must be the payment asked about (`expectedId`): an answer for another payment is
//   mangled, whatever else it says;
// - "status" one of pending | in_progress | completed | declined | canceled;
// - "reason" a string, null or absent (""); at most 200 characters are kept;
// - "card" null, absent, or {"brand": non-empty string, "last4": four digits}; kept only with
//   "completed" (the only status that carries one), so a stray card never turns a decline into
//   an endless "mangled answer".
// Anything else: nullopt, with `error` saying which field, never quoting card data.
std::optional<PaymentReport> parsePaymentReport(const QByteArray &body, const QString &expectedId, QString *error);

} // namespace kiosk
