#include "sync/deliverypolicy.h"

#include "contract/responses.h"
#include "storage/outbox.h"

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString httpReason(const HttpResult &result)
{
    const std::optional<QString> message = parseErrorBody(result.body);
    return message ? u"HTTP %1: %2"_s.arg(result.status).arg(message->left(200))
                   : u"HTTP %1"_s.arg(result.status);
}

} // namespace

QByteArray endpointFor(const QString &kind)
{
    if (kind == u"order"_s)
        return "/v1/orders";
    if (kind == u"feedback"_s)
        return "/v1/feedback";
    if (kind == u"assist"_s)
        return "/v1/assist";
    return {};
}

DeliveryDecision decideDelivery(const QString &kind, const QString &key, const HttpResult &result,
                                const QDateTime &now)
{
    using Outcome = DeliveryDecision::Outcome;
    DeliveryDecision d;
    if (result.isNetworkError()) {
        d.outcome = Outcome::Retry;
        d.networkError = true;
        d.reason = Outbox::networkErrorPrefix() + networkErrorText(result);
        return d;
    }
    const int status = result.status;
    if (status >= 200 && status < 300) {
        QString error;
        if (kind == u"order"_s) {
            const std::optional<OrderAccepted> accepted = parseOrderAccepted(result.body, &error);
            if (accepted && accepted->orderId.toString(QUuid::WithoutBraces) == key) {
                d.outcome = Outcome::Delivered;
                d.pointsEarned = accepted->pointsEarned;
                d.adjustments = accepted->adjustments;
                return d;
            }
            if (accepted)
                error = u"order_id: expected the idempotency key %1"_s.arg(key);
        } else if (parseStatusAccepted(result.body, &error)) {
            d.outcome = Outcome::Delivered;
            return d;
        }
        // Accepted but unreadable: the retry gets a clean 200 replay thanks to the key.
        d.outcome = Outcome::Retry;
        d.reason = u"HTTP %1 with a malformed body: %2"_s.arg(status).arg(error);
        return d;
    }
    // 3xx is not followed: a moved backend is a configuration to fix, not a reason to drop.
    if (status == 408 || status == 429 || status >= 500 || status < 400) {
        d.outcome = Outcome::Retry;
        d.reason = httpReason(result);
        if (status == 429 || status == 503)
            d.retryAfter = Backoff::parseRetryAfter(result.header("retry-after"), now);
        return d;
    }
    // 401/403 say nothing about this entry but that the kiosk's token is wrong (say, rotated on
    // the backend first): failing every queued order for that would empty the queue into
    // "failed". They wait, with backoff, until the token is fixed.
    if (status == 401 || status == 403) {
        d.outcome = Outcome::Retry;
        d.reason = httpReason(result) + u" (the backend refused this kiosk's token)"_s;
        return d;
    }
    // 404/405 say the path or method is wrong (backend.url pointing at the wrong place, or a
    // backend older than this kind of entry), never that the order is: the entry waits, with
    // backoff, visible in diagnostics, until the backend or the config is fixed. An order is
    // only ever failed for something wrong with the order itself.
    if (status == 404 || status == 405) {
        d.outcome = Outcome::Retry;
        d.reason = httpReason(result) + u" (the backend has no such endpoint: check backend.url)"_s;
        return d;
    }
    // 409 (same key, different body), 422 (rejected) and every other 4xx: the same request
    // would get the same answer, so it stops here, visible in diagnostics. A reward the backend
    // cannot honour is not among them: that is an adjustment on a 2xx.
    d.outcome = Outcome::Failed;
    d.reason = httpReason(result);
    return d;
}

} // namespace kiosk
