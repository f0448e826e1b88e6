#pragma once

#include "simkit/bearertoken.h"
#include "squaresim/squarejson.h"

namespace kiosk::simkit {
class FaultInjector;
}

namespace kiosk::squaresim {

class Api;
class Catalog;
class Checkouts;
class Orders;
class Terminal;
class Violations;

// The test and demo endpoints (/sim/...), which no Square path uses. Like refpos's /admin/ they
// need their own token (--admin-token-file), never the kiosk's: without one every /sim/
// request is refused (403), with one a request without it gets 401. /sim/images/ is open, as
// Square's image URLs are.
//   GET  /sim/violations               what broke api.json: {"violations": [...]}
//   GET  /sim/orders, /sim/checkouts   every order / terminal checkout, oldest first
//   PUT  /sim/catalog/objects/<id>     replaces an object's data (a CatalogObject body)
//   DELETE /sim/catalog/objects/<id>   marks it deleted; both bump updated_at and version
//   GET|PUT /sim/terminals/<device id> the device's script: {"next", "after_ms"}, {"cancel_after_ms"}, {"clear"}
//   GET|PUT /sim/faults                fault injection, as refpos's /admin/faults
//   PUT  /sim/token                    {"revoked": true}: every API request gets 401 from now on
//   GET  /sim/images/<file>            the seed's image files
class Admin
{
public:
    struct Parts
    {
        Api &api;
        Catalog &catalog;
        Orders &orders;
        Checkouts &checkouts;
        Terminal &terminal;
        simkit::FaultInjector &faults;
        Violations &violations;
    };
    Admin(Parts parts, simkit::BearerToken token, QString imagesDir);

    Response handle(const Request &request);

private:
    Response route(const Request &request);
    Response image(const QString &file) const;
    Response catalogObject(const Request &request, const QString &id);
    Response faults(const Request &request);
    Response token(const Request &request);
    Response terminal(const Request &request, const QString &deviceId);

    Parts m_parts;
    simkit::BearerToken m_token;
    QString m_imagesDir;
};

} // namespace kiosk::squaresim
