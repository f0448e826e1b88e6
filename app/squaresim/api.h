#pragma once

#include "simkit/bearertoken.h"
#include "squaresim/squarejson.h"

#include <QJsonObject>

namespace kiosk::squaresim {

class Catalog;
class Checkouts;
class Loyalty;
class Orders;
class Violations;

// The Square API the kiosk uses (/v2/...): authentication, Square-Version, the body's
// validation against api.json, then the operation; the answer is validated too.
class Api
{
public:
    // The version answered when a request names none (Square uses the application's pinned
    // version then: https://developer.squareup.com/docs/build-basics/versioning-overview).
    static constexpr char DefaultVersion[] = "2025-08-20";

    struct Parts
    {
        Catalog &catalog;
        Orders &orders;
        Checkouts &checkouts;
        Loyalty &loyalty;
        Violations &violations;
    };
    Api(Parts parts, simkit::BearerToken token, QJsonObject location, int catalogPageSize);

    Response handle(const Request &request);
    // Admin: from now on every request is refused as with a revoked token (or no longer).
    void setTokenRevoked(bool revoked) { m_revoked = revoked; }
    bool isTokenRevoked() const { return m_revoked; }

private:
    Response route(const Request &request, const QJsonObject &body);
    std::optional<Response> routeOrders(const Request &request, const QJsonObject &body);
    std::optional<Response> routeTerminal(const Request &request, const QJsonObject &body);
    std::optional<Response> routeLoyalty(const Request &request, const QJsonObject &body);
    Response listCatalog(const Request &request);
    Response retrieveCatalogObject(const Request &request, const QString &id);
    Response searchCatalog(const QJsonObject &body);

    Parts m_parts;
    simkit::BearerToken m_token;
    QJsonObject m_location;
    int m_catalogPageSize;
    bool m_revoked = false;
};

} // namespace kiosk::squaresim
