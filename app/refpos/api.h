#pragma once

#include "contract/membersearch.h"
#include "domain/loyalty.h"
#include "domain/promotion.h"
#include "refpos/menupauses.h"
#include "refpos/simkit.h"

#include <QJsonObject>
#include <optional>

namespace kiosk::refpos {

class HeldOrders;
class MenuDocument;
class Payments;
class Store;
struct Stats;
struct Submission;

// What refpos offers beyond its seeded program: the welcome gift of each member who joins
// (--welcome-reward-item) and the promo codes (--promotions).
struct Offers
{
    std::optional<LoyaltyReward> welcomeReward;
    QList<Promotion> promotions;
};

// The Idempotency-Key header of `request`, or the reason it is unusable.
std::optional<QString> idempotencyKey(const Request &request, QString *problem);

// The kiosk-facing endpoints of contract v1 (/v1/...), as docs/backend-api.md describes them.
// Card payments are Payments' and HeldOrders' business. Answers synchronously; faults are the server's business, not this class's.
class Api
{
public:
    // An empty `token` turns authentication off.
    Api(Store &store, MenuDocument &menu, Stats &stats, QByteArray token, Payments &payments,
        HeldOrders &heldOrders, Offers offers = {});

    // Every 4xx/5xx answer carries "code" beside "error" (errorbody.h).
    Response handle(const Request &request);

private:
    Response route(const Request &request);
    // Paths with an id: /v1/payments/<id>[/cancel], /v1/orders/<id>/release|cancel,
    // /v1/menu/items/<id>/available.
    std::optional<Response> routePayment(const Request &request);
    bool authorized(const Request &request) const;
    Response health();
    Response menu(const Request &request);
    Response members(const Request &request);
    Response searchMembers(const Request &request);
    Response foundMembers(const MemberSearch &search);
    // POST /v1/loyalty/members and GET /v1/promotions/<code> (apioffers.cpp).
    Response postMember(const Request &request);
    Response promotion(const QString &pathCode);
    Response postOrder(const Request &request);
    Response postFeedback(const Request &request);
    Response postAssist(const Request &request);
    Response postPayment(const Request &request);
    Response reject(const QString &reason);
    // 201 / 200 replay / 409 / 500 for what the store made of a keyed request.
    Response answer(const Submission &submission, const QString &what, const QString &key);
    // The body as a JSON object, or the 422 that says why it is not one.
    std::optional<QJsonObject> jsonBody(const Request &request, Response *rejection);

    Store &m_store;
    MenuDocument &m_menu;
    Stats &m_stats;
    BearerToken m_token;
    Payments &m_payments;
    HeldOrders &m_heldOrders;
    MenuPauses m_pauses;
    Offers m_offers;
};

} // namespace kiosk::refpos
