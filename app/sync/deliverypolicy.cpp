#include "sync/deliverypolicy.h"

#include "contract/itemavailability.h"
#include "contract/jsonfield.h"
#include "contract/membersresponse.h"
#include "contract/responses.h"
#include "storage/itempauses.h"
#include "storage/outbox.h"
#include "sync/backendport.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString httpReason(const HttpResult &result)
{
    const std::optional<QString> message = parseErrorBody(result.body);
    return message ? u"HTTP %1: %2"_s.arg(result.status).arg(message->left(200))
                   : u"HTTP %1"_s.arg(result.status);
}

bool isHeldOrderKind(const QString &kind)
{
    return kind == u"order_release"_s || kind == u"order_cancel"_s;
}

// The 2xx body a delivery of `kind` must carry; "" when it does, what is wrong otherwise.
QString malformedAnswer(const QString &kind, const QString &key, const QByteArray &body, DeliveryDecision *d)
{
    QString error;
    if (kind == u"order"_s) {
        const std::optional<OrderAccepted> accepted = parseOrderAccepted(body, &error);
        if (accepted && accepted->orderId.toString(QUuid::WithoutBraces) == key) {
            d->pointsEarned = accepted->pointsEarned;
            d->adjustments = accepted->adjustments;
            return {};
        }
        return accepted ? u"order_id: expected the idempotency key %1"_s.arg(key) : error;
    }
    if (isHeldOrderKind(kind)) {
        const QString status = kind == u"order_release"_s ? u"released_counter"_s : u"canceled"_s;
        return parseHeldOrderAnswer(body, key, status, &error) ? QString() : error;
    }
    if (kind == loyaltyEnrolmentKind()) {
        // The member the backend made must be the one the kiosk named: the key is its id.
        const std::optional<LoyaltyMember> member = parseMemberResponse(body, &error);
        if (!member)
            return error.section(u':', 0, 0) + u": not a member"_s; // the path only: no member data
        return member->id == key ? QString() : u"id: expected the idempotency key"_s;
    }
    if (kind == ItemPauses::outboxKind())
        return parseItemAvailabilityAnswer(body, ItemPauses::itemIdOfOutboxKey(key), &error) ? QString() : error;
    return parseStatusAccepted(body, &error) ? QString() : error;
}

// A held order's release or cancel refused for now, not for good: the same request goes again.
bool heldOrderWaits(const QString &kind, int status, const QString &code)
{
    if (!isHeldOrderKind(kind))
        return false;
    // A payment of the order is pending or on the reader: it may yet complete (then the retry
    // is refused as order_already_paid) or end, and the release or cancel goes through.
    if (status == 409 && code == u"payment_in_progress"_s)
        return true;
    // The order itself is queued ahead of this entry in the same lane and not delivered yet.
    return status == 404 && code == u"unknown_order"_s;
}

} // namespace

QByteArray endpointFor(const QString &kind, const QString &key)
{
    if (isHeldOrderKind(kind)) {
        const QUuid order = QUuid::fromString(key);
        if (order.isNull())
            return {};
        const QByteArray action = kind == u"order_release"_s ? "/release" : "/cancel";
        return "/v1/orders/" + order.toByteArray(QUuid::WithoutBraces) + action;
    }
    if (kind == ItemPauses::outboxKind()) {
        const QString item = ItemPauses::itemIdOfOutboxKey(key);
        return item.isEmpty() ? QByteArray() : "/v1/menu/items/" + QUrl::toPercentEncoding(item) + "/available";
    }
    if (kind == u"order"_s)
        return "/v1/orders";
    if (kind == loyaltyEnrolmentKind())
        return "/v1/loyalty/members";
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
        const QString error = malformedAnswer(kind, key, result.body, &d);
        if (error.isEmpty()) {
            d.outcome = Outcome::Delivered;
            return d;
        }
        // Accepted but unreadable: the retry gets a clean 200 replay thanks to the key (and a
        // held order's release or cancel is idempotent by itself).
        d.pointsEarned.reset();
        d.adjustments.clear();
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
    const std::optional<ContractError> error = parseContractError(result.body);
    const QString code = error ? error->code : QString();
    if (heldOrderWaits(kind, status, code)) {
        d.outcome = Outcome::Retry;
        d.reason = httpReason(result);
        return d;
    }
    // The backend's menu has no such item (say, one only this kiosk's menu.json has): pausing
    // it there would be refused again.
    if (status == 404 && code == u"unknown_item"_s && kind == ItemPauses::outboxKind()) {
        d.outcome = Outcome::Failed;
        d.reason = httpReason(result);
        d.code = code;
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
    d.code = code;
    return d;
}

bool pauseEndedBeforeDelivery(const QByteArray &body, const QDateTime &now)
{
    QString error;
    const std::optional<QJsonObject> json = parseJsonBody(body, &error);
    if (!json || json->value(u"available"_s).toBool(true))
        return false;
    const std::optional<QDateTime> until = JsonField(*json, QString(), u"until"_s).utcTimestamp(&error);
    return until && *until <= now;
}

} // namespace kiosk
