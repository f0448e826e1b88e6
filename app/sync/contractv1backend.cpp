#include "sync/contractv1backend.h"

#include "contract/membersearch.h"
#include "contract/membersresponse.h"
#include "contract/promotionjson.h"
#include "contract/responses.h"
#include "sync/backendclientoptions.h"
#include "storage/itempauses.h"
#include "sync/deliverypolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// Any HTTP answer means the backend is reachable, except a 5xx, which a proxy in front of it
// may give as well.
void record(BackendExchange &exchange, const HttpResult &result)
{
    if (result.isNetworkError())
        exchange.reach = Reach::Unreachable;
    else if (result.status >= 200 && result.status < 500)
        exchange.reach = Reach::Reached;
    exchange.elapsedMs = result.elapsedMs;
    exchange.httpStatus = result.status;
}

// An answer that says the backend is unwell (or unreachable from here), as opposed to one that
// refuses this request: only an outage is answered from the cache.
bool isOutage(const HttpResult &result)
{
    if (result.isNetworkError() || result.status >= 500 || result.status == 0)
        return true;
    // A refused token or rate limit is the kiosk's or the backend's trouble, not the customer's.
    return result.status == 401 || result.status == 403 || result.status == 408 || result.status == 429;
}

} // namespace

ContractV1Backend::ContractV1Backend(const SyncSettings &settings, const std::atomic_bool *stopping)
    : m_token(settings.tokenFile),
      m_kioskId(settings.kioskId.toUtf8()),
      m_http(backendClientOptions(settings)),
      m_lookupHttp(lookupClientOptions(settings)),
      m_paymentHttp(interactiveClientOptions(settings, PaymentTimeoutMs))
{
    m_http.setAbortFlag(stopping);
    m_lookupHttp.setAbortFlag(stopping);
    m_paymentHttp.setAbortFlag(stopping);
    qCInfo(lcSync) << "contract v1 backend at" << settings.baseUrl.constData();
    if (!settings.tlsVerify)
        qCWarning(lcSync) << "TLS certificate verification is OFF (sync.tls_verify: false): lab use only";
}

ContractV1Backend::~ContractV1Backend() = default;

BackendPortFactory ContractV1Backend::factory(SyncSettings settings)
{
    return [settings = std::move(settings)](const std::atomic_bool *stopping) {
        return std::make_unique<ContractV1Backend>(settings, stopping);
    };
}

bool ContractV1Backend::ready(QString *why)
{
    if (refreshToken())
        return true;
    if (why)
        *why = u"no usable backend token"_s;
    return false;
}

DeliveryOutcome ContractV1Backend::deliver(const Delivery &delivery)
{
    // A contract v1 backend learns of the payment from its own terminal: it releases the paid
    // order and counts the points that came with the order. Nothing is left to send.
    if (delivery.kind == u"order_paid"_s)
        return DeliveryOutcome::delivered("contract v1: the backend saw the payment itself");
    const QByteArray path = endpointFor(delivery.kind, delivery.key);
    if (path.isEmpty())
        return DeliveryOutcome::rejected(u"no backend endpoint for kind \"%1\""_s.arg(delivery.kind));
    const bool availability = delivery.kind == ItemPauses::outboxKind();
    if (availability && pauseEndedBeforeDelivery(delivery.body, QDateTime::currentDateTimeUtc()))
        return DeliveryOutcome::delivered("kiosk: the pause ended before it reached the backend");
    // A PUT of an item's availability is idempotent by itself: no key.
    const HttpResult result = availability
        ? m_http.put(path, delivery.body)
        : m_http.post(path, delivery.body, {{"Idempotency-Key", delivery.key.toUtf8()}});
    const DeliveryDecision decision =
        decideDelivery(delivery.kind, delivery.key, result, QDateTime::currentDateTimeUtc());
    DeliveryOutcome outcome;
    switch (decision.outcome) {
    case DeliveryDecision::Outcome::Delivered: {
        QList<OrderAdjustment> adjustments;
        for (const AcceptedAdjustment &a : decision.adjustments)
            adjustments.append({a.kind, a.id, a.reason});
        outcome = DeliveryOutcome::delivered(result.body, decision.pointsEarned, std::move(adjustments));
        break;
    }
    case DeliveryDecision::Outcome::Failed:
        outcome = DeliveryOutcome::rejected(decision.reason, result.body, decision.code);
        break;
    case DeliveryDecision::Outcome::Retry:
        // The worker marks network failures itself (Reach::Unreachable), so without the prefix.
        outcome = DeliveryOutcome::retryLater(decision.networkError ? networkErrorText(result) : decision.reason,
                                              decision.retryAfter);
        break;
    }
    record(outcome, result);
    return outcome;
}

MenuOutcome ContractV1Backend::fetchMenu(const QString &validator)
{
    HttpHeaders headers;
    if (!validator.isEmpty())
        headers.append({"If-None-Match", validator.toUtf8()});
    const HttpResult result = m_http.get("/v1/menu", headers);
    MenuOutcome outcome;
    record(outcome, result);
    if (result.status == 304)
        outcome.result = MenuOutcome::NotModified{};
    else if (result.status == 200)
        outcome.result = MenuOutcome::Updated{result.body, QString::fromUtf8(result.header("etag")), {}};
    else
        outcome.result = MenuOutcome::Failed{result.isNetworkError() ? result.errorMessage
                                                                       : u"HTTP %1"_s.arg(result.status)};
    return outcome;
}

LookupOutcome ContractV1Backend::lookupMember(LoyaltyLookupKind kind, const QString &identifier)
{
    // In the body, never the URL: proxies and access logs keep URLs (docs/backend-api.md).
    const MemberSearch search{lookupKindCode(kind), identifier};
    const HttpResult result = m_lookupHttp.post("/v1/loyalty/members/search",
                                                QJsonDocument(search.toContractJson()).toJson(QJsonDocument::Compact));
    LookupOutcome outcome;
    record(outcome, result);
    QString failure;
    if (result.status == 200) {
        QString parseError;
        if (std::optional<QList<LoyaltyMember>> members = parseMembersResponse(result.body, &parseError)) {
            if (members->isEmpty())
                outcome.result = LookupOutcome::NotFound{};
            else
                outcome.result = LookupOutcome::Found{std::move(*members)};
            return outcome;
        }
        // The JSON path only: the rest of the message may quote a member's data.
        failure = u"invalid members response at %1"_s.arg(parseError.section(u':', 0, 0));
    } else if (result.isNetworkError()) {
        failure = errorKindName(result.error);
    } else {
        failure = u"HTTP %1"_s.arg(result.status);
    }
    // A broken 200 body counts as an outage; a 400 or 404 refuses this very request.
    if (result.status != 200 && !isOutage(result))
        outcome.result = LookupOutcome::Refused{failure};
    else
        outcome.result = LookupOutcome::Unavailable{failure};
    return outcome;
}

PromotionOutcome ContractV1Backend::lookupPromotion(const QString &code)
{
    // A customer waits for it: the lookups' short timeout, then the offline list answers.
    const HttpResult result = m_lookupHttp.get("/v1/promotions/" + QUrl::toPercentEncoding(code));
    PromotionOutcome outcome;
    record(outcome, result);
    if (result.status == 200) {
        QString parseError;
        std::optional<Promotion> promotion = parsePromotionResponse(result.body, &parseError);
        if (promotion && promotion->code == code) {
            outcome.result = PromotionOutcome::Found{std::move(*promotion)};
            return outcome;
        }
        // The JSON path only, and never the code itself.
        outcome.result = PromotionOutcome::Unavailable{
            promotion ? u"invalid promotion response: another code"_s
                      : u"invalid promotion response at %1"_s.arg(parseError.section(u':', 0, 0))};
        return outcome;
    }
    const std::optional<ContractError> error = parseContractError(result.body);
    // 404 not_found: no such promotion. 422: the backend does not take it for a code at all,
    // which to the customer is the same. A 404 without the contract's code is a backend with
    // no such endpoint (an older one, or backend.url wrong): it cannot say.
    if ((result.status == 404 && error && error->code == u"not_found"_s) || result.status == 422)
        outcome.result = PromotionOutcome::NotFound{};
    else
        outcome.result = PromotionOutcome::Unavailable{result.isNetworkError() ? errorKindName(result.error)
                                                                               : u"HTTP %1"_s.arg(result.status)};
    return outcome;
}

HealthOutcome ContractV1Backend::probeHealth()
{
    const HttpResult result = m_http.get("/v1/health");
    HealthOutcome outcome;
    record(outcome, result);
    const QString status = QJsonDocument::fromJson(result.body).object().value(u"status"_s).toString();
    if (result.isNetworkError())
        outcome.result = HealthOutcome::Down{networkErrorText(result)};
    else if (result.status != 200)
        outcome.result = HealthOutcome::Down{u"HTTP %1"_s.arg(result.status)};
    else if (status != u"pass"_s)
        outcome.result = HealthOutcome::Down{u"the backend reports \"%1\""_s.arg(status.left(40))};
    else
        outcome.result = HealthOutcome::Up{};
    return outcome;
}

bool ContractV1Backend::refreshToken()
{
    bool changed = false;
    const std::optional<QByteArray> token = m_token.token(&changed);
    if (!token)
        return false;
    if (changed) {
        const HttpHeaders headers{{"Authorization", "Bearer " + *token},
                                  {"X-Kiosk-Id", m_kioskId},
                                  {"Accept", "application/json"}};
        m_http.setDefaultHeaders(headers);
        m_lookupHttp.setDefaultHeaders(headers);
        m_paymentHttp.setDefaultHeaders(headers);
    }
    return true;
}

PaymentOutcome ContractV1Backend::createPayment(const PaymentAttempt &attempt, const QByteArray &)
{
    // The saved body as it is: every retry must be the same request, or the backend would take
    // it for another payment under the same key (409 idempotency_conflict).
    return payment(PaymentCall::Create, attempt.id, attempt.body);
}

PaymentOutcome ContractV1Backend::readPayment(const QString &paymentId)
{
    return payment(PaymentCall::Read, paymentId, {});
}

PaymentOutcome ContractV1Backend::cancelPayment(const QString &paymentId, PaymentCancelReason reason)
{
    const QJsonObject body{{u"reason"_s, paymentCancelReasonCode(reason)}};
    return payment(PaymentCall::Cancel, paymentId, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

PaymentOutcome ContractV1Backend::payment(PaymentCall call, const QString &paymentId, const QByteArray &body)
{
    PaymentOutcome outcome;
    const QByteArray path = paymentPath(call, paymentId);
    if (path.isEmpty()) {
        // The id goes into a URL: anything but a UUID is the kiosk's own bug, never sent.
        outcome.result = PaymentOutcome::Unavailable{u"not a payment id"_s};
        return outcome;
    }
    HttpResult result;
    if (call == PaymentCall::Create)
        result = m_paymentHttp.post(path, body, {{"Idempotency-Key", paymentId.toUtf8()}});
    else if (call == PaymentCall::Cancel)
        result = m_paymentHttp.post(path, body);
    else
        result = m_paymentHttp.get(path);
    outcome = decidePayment(call, paymentId, result, QDateTime::currentDateTimeUtc());
    record(outcome, result);
    return outcome;
}

} // namespace kiosk
