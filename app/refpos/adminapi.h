#pragma once

#include "refpos/simkit.h"

#include <optional>

namespace kiosk::refpos {

class MenuDocument;
class PaymentAdmin;
class Store;
struct Stats;

// The test and demo endpoints (/admin/...): what refpos received, its counters, the faults it
// injects, the menu's availability, the payments and the simulated card terminals. Fault injection can fail a kiosk's orders for good, so
// these need their own token (--admin-token-file), never the kiosks' API token: without one
// every /admin/ request is refused (403), with one a request without it gets 401.
class AdminApi
{
public:
    AdminApi(Store &store, MenuDocument &menu, FaultInjector &faults, Stats &stats, BearerToken token,
             PaymentAdmin &payments);

    Response handle(const Request &request);

private:
    Response stats();
    Response putFaults(const Request &request);
    Response putAvailability(const Request &request, const QString &itemId);
    Response putMemberPoints(const Request &request, const QString &memberId);
    std::optional<QJsonObject> jsonBody(const Request &request, Response *rejection);

    Store &m_store;
    MenuDocument &m_menu;
    FaultInjector &m_faults;
    Stats &m_stats;
    BearerToken m_token;
    PaymentAdmin &m_payments;
};

} // namespace kiosk::refpos
