#pragma once

#include "contract/responses.h"
#include "sync/backoff.h"
#include "sync/httpclient.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace kiosk {

// What one delivery attempt means for its outbox entry.
struct DeliveryDecision
{
    enum class Outcome {
        Delivered, // 2xx with a body that parses
        Retry,     // network error, 408, 429, 5xx, 3xx, 401/403 (the kiosk's token, not the
                   // entry), or a 2xx whose body does not parse
        Failed,    // 409, 422 and every other 4xx: rejected for good, never retried silently
    };
    // A held order's release or cancel (kinds "order_release", "order_cancel") waits, rather
    // than fails, on 409 "payment_in_progress" (a payment may still complete it) and 404
    // "unknown_order" (the order's own delivery is ahead of it in the same lane).

    Outcome outcome = Outcome::Retry;
    QString reason;                            // last_error for Retry and Failed
    QString code;                              // Failed: the contract's error "code", or ""
    std::optional<int> pointsEarned;           // orders only
    QList<AcceptedAdjustment> adjustments;     // orders only: what the backend did not honour
    bool networkError = false;                 // no HTTP response at all
    std::optional<Backoff::Millis> retryAfter; // the server's Retry-After on 429 and 503
};

// The backend path an outbox kind is posted to; empty for a kind this kiosk does not know. The
// held-order kinds put `key` (the order's id) in the path: empty unless it is a UUID.
QByteArray endpointFor(const QString &kind, const QString &key = {});

// Whether `body`, an "item_availability" entry's, is a pause whose until is not after `now`:
// it ended before it reached the backend, which would refuse it (422), so nothing is sent.
bool pauseEndedBeforeDelivery(const QByteArray &body, const QDateTime &now);

// Applies the contract's outcome rules (docs/backend-api.md) to the answer to POST
// endpointFor(kind) with Idempotency-Key `key` (PUT for "item_availability", whose 404
// "unknown_item" fails for good).
DeliveryDecision decideDelivery(const QString &kind, const QString &key, const HttpResult &result,
                                const QDateTime &now);

} // namespace kiosk
