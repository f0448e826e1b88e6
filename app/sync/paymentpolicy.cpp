#include "sync/paymentpolicy.h"

#include "contract/paymentresponse.h"
#include "contract/responses.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

PaymentOutcome unavailable(QString reason, std::optional<Backoff::Millis> retryAfter = std::nullopt)
{
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Unavailable{std::move(reason), retryAfter};
    return outcome;
}

QString httpReason(int status, const std::optional<ContractError> &error)
{
    if (!error)
        return u"HTTP %1"_s.arg(status);
    return u"HTTP %1: %2"_s.arg(status).arg(error->message.left(200));
}

// 200/201: the payment document for this id, or a mangled answer.
PaymentOutcome known(PaymentCall call, const QString &paymentId, const HttpResult &result)
{
    QString error;
    std::optional<PaymentReport> report = parsePaymentReport(result.body, paymentId, &error);
    if (!report) {
        // The field's path and what was wrong, never the document: it may hold card data.
        return unavailable(u"HTTP %1 with a malformed payment: %2"_s.arg(result.status).arg(error.left(120)));
    }
    if (call == PaymentCall::Create)
        *report = PaymentReport{}; // Pending, no reason, no card: the status comes from a read
    PaymentOutcome outcome;
    outcome.result = PaymentOutcome::Known{std::move(*report)};
    return outcome;
}

} // namespace

QByteArray paymentPath(PaymentCall call, const QString &paymentId)
{
    const QUuid id = QUuid::fromString(paymentId);
    if (id.isNull())
        return {};
    if (call == PaymentCall::Create)
        return "/v1/payments";
    const QByteArray path = "/v1/payments/" + id.toByteArray(QUuid::WithoutBraces);
    return call == PaymentCall::Cancel ? path + "/cancel" : path;
}

PaymentOutcome decidePayment(PaymentCall call, const QString &paymentId, const HttpResult &result,
                             const QDateTime &now)
{
    if (result.isNetworkError())
        return unavailable(networkErrorText(result));
    const int status = result.status;
    if (status == 200 || status == 201)
        return known(call, paymentId, result);
    const std::optional<ContractError> error = parseContractError(result.body);
    const QString code = error ? error->code : QString();
    const QString reason = httpReason(status, error);
    if (status == 404 && call != PaymentCall::Create && code == u"unknown_payment"_s) {
        PaymentOutcome outcome;
        outcome.result = PaymentOutcome::Unknown{};
        return outcome;
    }
    const bool refused = status == 409 || status == 422
        || (status == 404 && call == PaymentCall::Create && code == u"unknown_order"_s);
    if (refused && code != u"idempotency_conflict"_s) {
        PaymentOutcome outcome;
        outcome.result = PaymentOutcome::Refused{code, reason};
        return outcome;
    }
    if (code == u"idempotency_conflict"_s)
        return unavailable(reason + u" (a payment with this id exists: its status decides)"_s);
    if (status == 401 || status == 403)
        return unavailable(reason + u" (the backend refused this kiosk's token)"_s);
    if (status == 404 || status == 405)
        return unavailable(reason + u" (the backend has no such endpoint: check backend.url)"_s);
    std::optional<Backoff::Millis> retryAfter;
    if (status == 429 || status == 503)
        retryAfter = Backoff::parseRetryAfter(result.header("retry-after"), now);
    return unavailable(reason, retryAfter);
}

} // namespace kiosk
