#pragma once

#include "domain/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kiosk {

// The body of POST /v1/payments (docs/backend-api.md, "Payments"): what the kiosk saves with an
// attempt before anything is sent, and then sends byte for byte on every retry.
struct PaymentCreateRequest
{
    QString id;       // the attempt's UUID, also the Idempotency-Key
    QString orderId;  // the held order's id
    Cents amountCents = 0;
    QString currency; // ISO 4217
    QString terminalId;
    QDateTime createdAt; // UTC

    // Compact JSON with the keys in a fixed order, so the same request is the same bytes.
    QByteArray toJson() const;
};

} // namespace kiosk
