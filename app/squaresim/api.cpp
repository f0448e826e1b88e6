#include "squaresim/api.h"

#include "squaresim/catalog.h"
#include "squaresim/checkouts.h"
#include "squaresim/loyalty.h"
#include "squaresim/orders.h"
#include "squaresim/violations.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

namespace {

// The path's segments after "/v2/" when it matches `pattern` ("orders/*" : * is one segment).
std::optional<QStringList> match(const QString &path, const QString &pattern)
{
    const QStringList parts = path.mid(4).split(u'/');
    const QStringList wanted = pattern.split(u'/');
    if (parts.size() != wanted.size())
        return std::nullopt;
    QStringList ids;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (wanted.at(i) == u"*" && !parts.at(i).isEmpty())
            ids.append(parts.at(i));
        else if (wanted.at(i) != parts.at(i))
            return std::nullopt;
    }
    return ids;
}

Response unknownRoute(const Request &request)
{
    return notFound(u"No operation %1 %2."_s.arg(QString::fromLatin1(request.method), request.path));
}

} // namespace

Api::Api(Parts parts, simkit::BearerToken token, QJsonObject location, int catalogPageSize)
    : m_parts(parts), m_token(std::move(token)), m_location(std::move(location)), m_catalogPageSize(catalogPageSize)
{
}

Response Api::handle(const Request &request)
{
    // An unknown, expired or revoked token: 401 AUTHENTICATION_ERROR
    // (https://developer.squareup.com/docs/build-basics/handling-errors).
    if (m_revoked)
        return squareError(401, u"AUTHENTICATION_ERROR"_s, u"ACCESS_TOKEN_REVOKED"_s, u"The access token has been revoked."_s);
    if (!m_token.admits(request)) {
        return squareError(401, u"AUTHENTICATION_ERROR"_s, u"UNAUTHORIZED"_s,
                           u"This request could not be authorized: a valid `Authorization: Bearer` token is required."_s);
    }
    // Without Square-Version, Square uses the version pinned to the application; a malformed
    // one is refused. Every answer says which version it used.
    QByteArray version = request.header("square-version");
    static const QRegularExpression dated(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!version.isEmpty() && !dated.match(QString::fromLatin1(version)).hasMatch())
        return badRequest(u"INVALID_SQUARE_VERSION_FORMAT"_s, u"Square-Version must be YYYY-MM-DD."_s);
    if (version.isEmpty())
        version = DefaultVersion;

    QJsonObject body;
    // A POST without a body (CancelTerminalCheckout) is checked as one without.
    const bool hasBody = (request.method == "POST" || request.method == "PUT") && !request.body.trimmed().isEmpty();
    if (hasBody) {
        Response rejection;
        const std::optional<QJsonObject> parsed = jsonObjectBody(request, &rejection);
        if (!parsed)
            return rejection.header("Square-Version", version);
        body = *parsed;
    }
    Response response;
    const QStringList violations =
        m_parts.violations.checkRequest(request.method, request.path, hasBody ? QJsonValue(body) : QJsonValue());
    if (!violations.isEmpty())
        response = badRequest(u"BAD_REQUEST"_s, violations.first());
    else
        response = route(request, body);
    m_parts.violations.checkResponse(request.method, request.path, response.status,
                                     QJsonDocument::fromJson(response.body).object());
    return response.header("Square-Version", version);
}

Response Api::route(const Request &request, const QJsonObject &body)
{
    const QByteArray &method = request.method;
    const QString &path = request.path;
    if (const auto ids = match(path, u"locations/*"_s); ids && method == "GET") {
        if (ids->first() != m_location.value(u"id"_s).toString())
            return notFound(u"Location `%1` not found."_s.arg(ids->first()));
        return squareJson(QJsonObject{{u"location"_s, m_location}});
    }
    if (match(path, u"catalog/list"_s) && method == "GET")
        return listCatalog(request);
    if (match(path, u"catalog/search"_s) && method == "POST")
        return searchCatalog(body);
    if (const auto ids = match(path, u"catalog/object/*"_s); ids && method == "GET")
        return retrieveCatalogObject(request, ids->first());
    if (const auto ids = match(path, u"customers/*"_s); ids && method == "GET")
        return m_parts.loyalty.customer(ids->first());
    for (auto area : {&Api::routeOrders, &Api::routeTerminal, &Api::routeLoyalty}) {
        if (std::optional<Response> response = (this->*area)(request, body))
            return *response;
    }
    return unknownRoute(request);
}

std::optional<Response> Api::routeOrders(const Request &request, const QJsonObject &body)
{
    Orders &orders = m_parts.orders;
    if (match(request.path, u"orders"_s) && request.method == "POST")
        return orders.create(body);
    if (match(request.path, u"orders/calculate"_s) && request.method == "POST")
        return orders.calculate(body);
    if (const auto ids = match(request.path, u"orders/*"_s)) {
        if (request.method == "GET")
            return orders.retrieve(ids->first());
        if (request.method == "PUT")
            return orders.update(ids->first(), body);
    }
    return std::nullopt;
}

std::optional<Response> Api::routeTerminal(const Request &request, const QJsonObject &body)
{
    Checkouts &checkouts = m_parts.checkouts;
    if (match(request.path, u"terminals/checkouts"_s) && request.method == "POST")
        return checkouts.create(body);
    if (match(request.path, u"terminals/checkouts/search"_s) && request.method == "POST")
        return checkouts.search(body);
    if (const auto ids = match(request.path, u"terminals/checkouts/*"_s); ids && request.method == "GET")
        return checkouts.get(ids->first());
    if (const auto ids = match(request.path, u"terminals/checkouts/*/cancel"_s); ids && request.method == "POST")
        return checkouts.cancel(ids->first());
    if (const auto ids = match(request.path, u"payments/*"_s); ids && request.method == "GET")
        return checkouts.payment(ids->first());
    return std::nullopt;
}

std::optional<Response> Api::routeLoyalty(const Request &request, const QJsonObject &body)
{
    Loyalty &loyalty = m_parts.loyalty;
    if (match(request.path, u"loyalty/accounts/search"_s) && request.method == "POST")
        return loyalty.searchAccounts(body);
    if (const auto ids = match(request.path, u"loyalty/accounts/*/accumulate"_s); ids && request.method == "POST")
        return loyalty.accumulate(ids->first(), body);
    if (const auto ids = match(request.path, u"loyalty/accounts/*"_s); ids && request.method == "GET")
        return loyalty.account(ids->first());
    if (const auto ids = match(request.path, u"loyalty/programs/*"_s); ids && request.method == "GET")
        return loyalty.program(ids->first());
    if (match(request.path, u"loyalty/rewards"_s) && request.method == "POST")
        return loyalty.createReward(body);
    if (match(request.path, u"loyalty/rewards/search"_s) && request.method == "POST")
        return loyalty.searchRewards(body);
    if (const auto ids = match(request.path, u"loyalty/rewards/*"_s)) {
        if (request.method == "GET")
            return loyalty.retrieveReward(ids->first());
        if (request.method == "DELETE")
            return loyalty.deleteReward(ids->first());
    }
    return std::nullopt;
}

// RetrieveCatalogObject; with include_related_objects, what it names: a pricing rule's discount
// (a loyalty reward tier's), an item's category, taxes, modifier lists and images.
Response Api::retrieveCatalogObject(const Request &request, const QString &id)
{
    const std::optional<QJsonObject> object = m_parts.catalog.object(id);
    if (!object || object->value(u"is_deleted"_s).toBool())
        return notFound(u"Catalog object `%1` not found."_s.arg(id));
    QJsonObject answer{{u"object"_s, *object}};
    if (request.query.queryItemValue(u"include_related_objects"_s) != u"true")
        return squareJson(answer);
    const QJsonObject item = object->value(u"item_data"_s).toObject();
    QStringList names{object->value(u"pricing_rule_data"_s).toObject().value(u"discount_id"_s).toString(),
                      item.value(u"category_id"_s).toString()};
    for (const QString &list : {u"tax_ids"_s, u"image_ids"_s}) {
        for (const QJsonValue &value : item.value(list).toArray())
            names.append(value.toString());
    }
    for (const QJsonValue &info : item.value(u"modifier_list_info"_s).toArray())
        names.append(info.toObject().value(u"modifier_list_id"_s).toString());
    QJsonArray related;
    for (const QString &name : std::as_const(names)) {
        const std::optional<QJsonObject> found = name.isEmpty() ? std::nullopt : m_parts.catalog.object(name);
        if (found && !found->value(u"is_deleted"_s).toBool() && !related.contains(*found))
            related.append(*found);
    }
    if (!related.isEmpty())
        answer.insert(u"related_objects"_s, related);
    return squareJson(answer);
}

// ListCatalog: `types` comma-separated, pages of --catalog-page-size, an opaque cursor.
Response Api::listCatalog(const Request &request)
{
    QStringList types;
    for (const QString &type : request.query.queryItemValue(u"types"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts))
        types.append(type.trimmed().toUpper());
    const QJsonArray all = m_parts.catalog.list(types);
    const std::optional<Page> page = pageOf(all, request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), m_catalogPageSize);
    if (!page)
        return badRequest(u"INVALID_VALUE"_s, u"Invalid cursor."_s, u"cursor"_s);
    return squareJson(page->toJson(u"objects"_s));
}

// SearchCatalogObjects with begin_time: what changed after it, deleted objects only when
// asked, and latest_time to begin the next search from
// (https://developer.squareup.com/reference/square/catalog-api/search-catalog-objects).
Response Api::searchCatalog(const QJsonObject &body)
{
    QStringList types;
    for (const QJsonValue &type : body.value(u"object_types"_s).toArray())
        types.append(type.toString());
    qint64 after = -1;
    if (body.contains(u"begin_time"_s)) {
        const std::optional<qint64> begin = parseRfc3339(body.value(u"begin_time"_s).toString());
        if (!begin)
            return badRequest(u"INVALID_VALUE"_s, u"begin_time must be an RFC 3339 timestamp."_s, u"begin_time"_s);
        after = *begin;
    }
    const QJsonArray found = m_parts.catalog.changedAfter(types, after, body.value(u"include_deleted_objects"_s).toBool());
    const int limit = body.contains(u"limit"_s) ? std::clamp(body.value(u"limit"_s).toInt(), 1, 1000) : m_catalogPageSize;
    const std::optional<Page> page = pageOf(found, body.value(u"cursor"_s).toString(), limit);
    if (!page)
        return badRequest(u"INVALID_VALUE"_s, u"Invalid cursor."_s, u"cursor"_s);
    return squareJson(page->toJson(u"objects"_s, QJsonObject{{u"latest_time"_s, rfc3339(m_parts.catalog.latestMs())}}));
}

} // namespace kiosk::squaresim
