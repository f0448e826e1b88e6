#pragma once

#include "sync/backendport.h"
#include "sync/httpclient.h"

#include <QDateTime>
#include <QString>

namespace kiosk {

// The three payment calls of contract v1 (docs/backend-api.md, "Payments").
enum class PaymentCall {
    Create, // POST /v1/payments
    Read,   // GET /v1/payments/<id>
    Cancel, // POST /v1/payments/<id>/cancel
};

// The path of `call` for payment `paymentId`; empty when the id is not a UUID (it goes into a
// URL or the Idempotency-Key header, so nothing else may).
QByteArray paymentPath(PaymentCall call, const QString &paymentId);

// The contract's answer to `call` for payment `paymentId`, as a kiosk outcome (its reach and
// timing are the caller's to record):
// - 200/201 with the payment document for that id: Known (a create's is always Pending: the
//   status comes only from a read);
// - 404 "unknown_payment" to a read or cancel: Unknown (the create never arrived: send it again);
// - 404 "unknown_order" to a create: Refused (the backend does not have the order; nothing was
//   charged, and the same create would be refused again);
// - 409/422: Refused with the contract's code, except 409 "idempotency_conflict": a payment with
//   this id exists (another body), so it is Unavailable and the status is read, never assumed;
// - everything else (no answer, 3xx, 401/403, 404 without a code the call knows: a wrong path,
//   408, 429, 5xx, a mangled body): Unavailable, with the Retry-After of a 429 or 503.
PaymentOutcome decidePayment(PaymentCall call, const QString &paymentId, const HttpResult &result,
                             const QDateTime &now);

} // namespace kiosk
