#include "refpos/api.h"

#include "contract/canonicaljson.h"
#include "contract/membersearch.h"
#include "contract/membersresponse.h"
#include "contract/responses.h"
#include "refpos/errorbody.h"
#include "refpos/heldorders.h"
#include "refpos/comboorderline.h"
#include "refpos/menudocument.h"
#include "refpos/payments.h"
#include "refpos/promotionsettlement.h"
#include "refpos/stats.h"
#include "refpos/store.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

namespace {

constexpr qsizetype MaxIdempotencyKeyLength = 128;

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

Api::Api(Store &store, MenuDocument &menu, Stats &stats, QByteArray token, Payments &payments,
         HeldOrders &heldOrders, Offers offers)
    : m_store(store), m_menu(menu), m_stats(stats),
      m_token(token), m_payments(payments), m_heldOrders(heldOrders), m_pauses(store.database(), menu),
      m_offers(std::move(offers))
{
}

Response Api::handle(const Request &request)
{
    return withErrorCode(route(request));
}

Response Api::route(const Request &request)
{
    if (!authorized(request)) {
        ++m_stats.unauthorized;
        return Response::error(401, u"missing or wrong bearer token"_s)
            .header("WWW-Authenticate", "Bearer");
    }
    const auto only = [&request](const QByteArray &method, auto &&handler) {
        return request.method == method ? handler() : Response::methodNotAllowed(method);
    };
    if (request.path == u"/v1/health")
        return only("GET", [this] { return health(); });
    if (request.path == u"/v1/menu")
        return only("GET", [&] { return menu(request); });
    if (request.path == u"/v1/loyalty/members") {
        if (request.method == "POST")
            return postMember(request);
        return request.method == "GET" ? members(request) : Response::methodNotAllowed("GET, POST");
    }
    if (request.path.startsWith(u"/v1/promotions/"))
        return only("GET", [&] { return promotion(request.path.mid(15)); });
    if (request.path == u"/v1/loyalty/members/search")
        return only("POST", [&] { return searchMembers(request); });
    if (request.path == u"/v1/orders")
        return only("POST", [&] { return postOrder(request); });
    if (request.path == u"/v1/feedback")
        return only("POST", [&] { return postFeedback(request); });
    if (request.path == u"/v1/assist")
        return only("POST", [&] { return postAssist(request); });
    if (request.path == u"/v1/payments")
        return only("POST", [&] { return postPayment(request); });
    if (std::optional<Response> response = routePayment(request))
        return *response;
    return Response::notFound(request);
}

// Counted as orders are: a payment created, replayed, in conflict with its key or rejected.
Response Api::postPayment(const Request &request)
{
    const Response response = m_payments.create(request);
    const QString code = QJsonDocument::fromJson(response.body).object().value(u"code"_s).toString();
    if (response.status == 201)
        ++m_stats.created;
    else if (response.status == 200)
        ++m_stats.replayed;
    else if (code == u"idempotency_conflict")
        ++m_stats.conflicts;
    else if (code == u"validation")
        ++m_stats.rejected;
    return response;
}

std::optional<Response> Api::routePayment(const Request &request)
{
    const auto only = [&request](auto &&handler) {
        return request.method == "POST" ? handler() : Response::methodNotAllowed("POST");
    };
    static const QRegularExpression payment(u"^/v1/payments/([^/]+)(/cancel)?$"_s);
    if (const QRegularExpressionMatch match = payment.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        if (match.captured(2).isEmpty())
            return request.method == "GET" ? m_payments.get(id) : Response::methodNotAllowed("GET");
        return only([&] { return m_payments.cancel(request, id); });
    }
    static const QRegularExpression order(u"^/v1/orders/([^/]+)/(release|cancel)$"_s);
    if (const QRegularExpressionMatch match = order.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        if (match.captured(2) == u"release")
            return only([&] { return m_heldOrders.release(request, id); });
        return only([&] { return m_heldOrders.cancel(request, id); });
    }
    static const QRegularExpression pause(u"^/v1/menu/items/([^/]+)/available$"_s);
    if (const QRegularExpressionMatch match = pause.match(request.path); match.hasMatch()) {
        if (request.method != "PUT")
            return Response::methodNotAllowed("PUT");
        return m_pauses.put(request, match.captured(1));
    }
    return std::nullopt;
}

bool Api::authorized(const Request &request) const
{
    return !m_token.isSet() || m_token.admits(request);
}

Response Api::health()
{
    return Response::json(200, QJsonObject{{u"status"_s, u"pass"_s}});
}

Response Api::menu(const Request &request)
{
    if (!m_menu.isLoaded())
        return Response::error(404, u"refpos serves no menu (start it with --menu FILE)"_s);
    // A pause that ended since the last request ends here, and with it the ETag it made.
    QString error;
    if (!m_pauses.refresh(&error))
        return Response::error(500, u"storage: %1"_s.arg(error));
    const QByteArray ifNoneMatch = request.header("if-none-match");
    Response response;
    if (!ifNoneMatch.isEmpty() && m_menu.matches(ifNoneMatch))
        response.status = 304;
    else
        response.body = m_menu.body();
    return response.header("ETag", m_menu.etag()).header("Cache-Control", "no-cache");
}

namespace {

// The ledger's key for each of memberSearchKeys().
LoyaltyLedger::Key ledgerKey(const QString &name)
{
    if (name == u"phone"_s)
        return LoyaltyLedger::Key::Phone;
    if (name == u"member"_s)
        return LoyaltyLedger::Key::MemberNumber;
    return LoyaltyLedger::Key::CardCode;
}

} // namespace

// Kept for kiosks older than POST .../search: exactly one query parameter of phone (E.164),
// member or code.
Response Api::members(const Request &request)
{
    std::optional<MemberSearch> search;
    for (const QString &name : memberSearchKeys()) {
        if (!request.query.hasQueryItem(name))
            continue;
        if (search)
            return reject(u"query: give exactly one of phone, member, code"_s);
        const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
        if (value.isEmpty() || value.size() > 64)
            return reject(u"query: %1 must be 1 to 64 characters"_s.arg(name));
        search = MemberSearch{name, value};
    }
    if (!search)
        return reject(u"query: give one of phone, member, code"_s);
    return foundMembers(*search);
}

// The same lookup with the identifier in the body, out of URLs and access logs.
Response Api::searchMembers(const Request &request)
{
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    QString problem;
    const std::optional<MemberSearch> search = memberSearchFromContractJson(*json, &problem);
    if (!search)
        return reject(problem);
    return foundMembers(*search);
}

// No match is 200 with an empty list.
Response Api::foundMembers(const MemberSearch &search)
{
    QString error;
    const std::optional<QList<LoyaltyMember>> found =
        m_store.findMembers(ledgerKey(search.key), search.value, &error);
    if (!found)
        return Response::error(500, u"storage: %1"_s.arg(error));
    return Response::json(200, membersResponseJson(*found));
}

Response Api::reject(const QString &reason)
{
    ++m_stats.rejected;
    return Response::error(422, reason);
}

std::optional<QJsonObject> Api::jsonBody(const Request &request, Response *rejection)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *rejection = reject(u"body: invalid JSON (%1 at offset %2)"_s
                                .arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *rejection = reject(u"body: expected a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

std::optional<QString> idempotencyKey(const Request &request, QString *problem)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty()) {
        *problem = u"Idempotency-Key: missing"_s;
        return std::nullopt;
    }
    if (key.size() > MaxIdempotencyKeyLength) {
        *problem = u"Idempotency-Key: longer than %1 characters"_s.arg(MaxIdempotencyKeyLength);
        return std::nullopt;
    }
    return key;
}

namespace {

// The key of an order or feedback is the id in its body.
bool keyMatchesId(const QString &key, const QUuid &id, QString *problem)
{
    if (QUuid::fromString(key) == id && key.size() == 36)
        return true;
    *problem = u"Idempotency-Key: expected the body's id \"%1\", got \"%2\""_s
                   .arg(id.toString(QUuid::WithoutBraces), key);
    return false;
}

// "payment": {"method": "card" | "counter"}; empty when absent or null (older kiosks).
std::optional<QString> paymentMethod(const QJsonObject &json, QString *problem)
{
    const QJsonValue payment = json.value(u"payment"_s);
    if (payment.isUndefined() || payment.isNull())
        return QString();
    const QJsonObject object = payment.toObject();
    const QString method = object.value(u"method"_s).toString();
    if (!payment.isObject() || object.size() != 1 || (method != u"card" && method != u"counter")) {
        *problem = u"payment: expected {\"method\": \"card\"} or {\"method\": \"counter\"}"_s;
        return std::nullopt;
    }
    return method;
}

} // namespace

Response Api::answer(const Submission &submission, const QString &what, const QString &key)
{
    switch (submission.outcome) {
    case Submission::Outcome::Created:
        ++m_stats.created;
        return Response{201, {}, submission.response};
    case Submission::Outcome::Replayed:
        ++m_stats.replayed;
        return Response{200, {}, submission.response};
    case Submission::Outcome::Conflict:
        ++m_stats.conflicts;
        return Response::error(409, u"Idempotency-Key: %1 %2 was already received with a different body"_s
                                        .arg(what, key));
    case Submission::Outcome::Failed:
        break;
    }
    return Response::error(500, u"storage: %1"_s.arg(submission.error));
}

Response Api::postOrder(const Request &request)
{
    QString problem;
    const std::optional<QString> key = idempotencyKey(request, &problem);
    if (!key)
        return reject(problem);
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    const std::optional<Order> order = orderFromContractJson(*json, &problem);
    if (!order)
        return reject(problem);
    if (!keyMatchesId(*key, order->id, &problem))
        return reject(problem);
    // Without --menu refpos takes any item, and so any combo.
    if (m_menu.isLoaded()) {
        if (problem = checkComboLines(m_menu.document(), *order); !problem.isEmpty())
            return reject(problem);
    }
    const std::optional<QString> method = paymentMethod(*json, &problem);
    if (!method)
        return reject(problem);

    QList<AcceptedAdjustment> promo;
    if (const std::optional<QString> refusal = promotionRefusal(m_offers.promotions, *order))
        promo.append({u"promo"_s, order->promoCode, u"refused"_s, *refusal});
    const Submission submission = m_store.submitOrder(*order, *method, canonicalJson(*json),
                                                      canonicalHash(*json), promo);
    return answer(submission, u"order"_s, *key);
}

Response Api::postFeedback(const Request &request)
{
    QString problem;
    const std::optional<QString> key = idempotencyKey(request, &problem);
    if (!key)
        return reject(problem);
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    const std::optional<FeedbackRequest> feedback = feedbackFromContractJson(*json, &problem);
    if (!feedback)
        return reject(problem);
    if (!keyMatchesId(*key, feedback->id, &problem))
        return reject(problem);

    const Submission submission = m_store.submitFeedback(
        *feedback, canonicalJson(*json), canonicalHash(*json),
        compact(QJsonObject{{u"status"_s, u"accepted"_s}}));
    return answer(submission, u"feedback"_s, *key);
}

Response Api::postAssist(const Request &request)
{
    QString problem;
    const std::optional<QString> key = idempotencyKey(request, &problem);
    if (!key)
        return reject(problem);
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    const std::optional<AssistRequest> assist = assistFromContractJson(*json, &problem);
    if (!assist)
        return reject(problem);

    const Submission submission = m_store.submitAssist(
        *key, *assist, canonicalJson(*json), canonicalHash(*json),
        compact(QJsonObject{{u"status"_s, u"accepted"_s}}));
    return answer(submission, u"assist call"_s, *key);
}

} // namespace kiosk::refpos
