#include "refpos/adminapi.h"

#include "contract/jsonfield.h"
#include "refpos/simkit.h"
#include "refpos/menudocument.h"
#include "refpos/paymentadmin.h"
#include "refpos/stats.h"
#include "refpos/store.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <limits>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

AdminApi::AdminApi(Store &store, MenuDocument &menu, FaultInjector &faults, Stats &stats,
                   BearerToken token, PaymentAdmin &payments)
    : m_store(store), m_menu(menu), m_faults(faults), m_stats(stats), m_token(std::move(token)),
      m_payments(payments)
{
}

Response AdminApi::handle(const Request &request)
{
    if (!m_token.isSet())
        return Response::error(403, u"the admin API is off: start refpos with --admin-token-file"_s);
    if (!m_token.admits(request)) {
        ++m_stats.unauthorized;
        return Response::error(401, u"missing or wrong admin token"_s).header("WWW-Authenticate", "Bearer");
    }
    const auto only = [&request](const QByteArray &method, auto &&handler) {
        return request.method == method ? handler() : Response::methodNotAllowed(method);
    };
    const auto list = [this](const QString &name, const QJsonArray &items) {
        return Response::json(200, QJsonObject{{name, items}});
    };
    if (request.path == u"/admin/orders")
        return only("GET", [&] { return list(u"orders"_s, m_store.orders()); });
    if (request.path == u"/admin/feedback")
        return only("GET", [&] { return list(u"feedback"_s, m_store.feedback()); });
    if (request.path == u"/admin/assist")
        return only("GET", [&] { return list(u"assist"_s, m_store.assists()); });
    if (request.path == u"/admin/stats")
        return only("GET", [this] { return stats(); });
    if (request.path == u"/admin/faults") {
        if (request.method == "GET")
            return Response::json(200, m_faults.config().toJson());
        return only("PUT", [&] { return putFaults(request); });
    }
    if (std::optional<Response> payments = m_payments.handle(request))
        return *payments;
    static const QRegularExpression availability(u"^/admin/menu/items/([^/]+)/available$"_s);
    if (const QRegularExpressionMatch match = availability.match(request.path); match.hasMatch())
        return only("PUT", [&] { return putAvailability(request, match.captured(1)); });
    static const QRegularExpression points(u"^/admin/loyalty/members/([^/]+)/points$"_s);
    if (const QRegularExpressionMatch match = points.match(request.path); match.hasMatch())
        return only("PUT", [&] { return putMemberPoints(request, match.captured(1)); });
    return Response::notFound(request);
}

Response AdminApi::stats()
{
    QJsonObject json = m_stats.toJson();
    json.insert(u"orders"_s, m_store.orderCount());
    json.insert(u"feedback"_s, m_store.feedbackCount());
    json.insert(u"assist"_s, m_store.assistCount());
    return Response::json(200, json);
}

std::optional<QJsonObject> AdminApi::jsonBody(const Request &request, Response *rejection)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *rejection = Response::error(422, u"body: expected a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

Response AdminApi::putFaults(const Request &request)
{
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    QString error;
    const std::optional<FaultConfig> config = FaultConfig::fromJson(*json, &error);
    if (!config)
        return Response::error(422, error);
    if (json->contains(u"seed"_s)) {
        const auto seed = JsonField(*json, QString(), u"seed"_s)
                              .integer(&error, 0, std::numeric_limits<quint32>::max());
        if (!seed)
            return Response::error(422, error);
        m_faults.reseed(quint32(*seed));
    }
    m_faults.setConfig(*config);
    return Response::json(200, config->toJson());
}

Response AdminApi::putAvailability(const Request &request, const QString &itemId)
{
    if (!m_menu.isLoaded())
        return Response::error(404, u"refpos serves no menu (start it with --menu FILE)"_s);
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    QString error;
    const std::optional<bool> available = JsonField(*json, QString(), u"available"_s).boolean(&error);
    if (!available)
        return Response::error(422, error);
    if (!m_menu.hasItem(itemId))
        return Response::error(404, u"no menu item \"%1\""_s.arg(itemId));
    // Stored first: an availability change that was answered survives a restart.
    if (!m_store.setAvailability(itemId, *available, &error))
        return Response::error(500, error);
    m_menu.setAvailable(itemId, *available);
    return Response::json(200, QJsonObject{
        {u"item_id"_s, itemId},
        {u"available"_s, *available},
        {u"etag"_s, QString::fromLatin1(m_menu.etag())},
    });
}

// {"points": N}: sets what a member has left to spend, e.g. to make a redemption fail.
Response AdminApi::putMemberPoints(const Request &request, const QString &memberId)
{
    Response rejection;
    const std::optional<QJsonObject> json = jsonBody(request, &rejection);
    if (!json)
        return rejection;
    QString error;
    const auto points = JsonField(*json, QString(), u"points"_s).integer(&error, 0, 100'000'000);
    if (!points)
        return Response::error(422, error);
    if (!m_store.setMemberPoints(memberId, int(*points), &error))
        return Response::error(error.startsWith(u"no member"_s) ? 404 : 500, error);
    return Response::json(200, QJsonObject{{u"member_id"_s, memberId}, {u"points"_s, *points}});
}

} // namespace kiosk::refpos
