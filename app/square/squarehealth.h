#pragma once

#include "config/syncsettings.h"
#include "sync/backendport.h"

namespace kiosk {

class SquareClient;

// BackendPort::probeHealth for the Square adapter: GET /v2/locations/<location_id>. Up while
// the location is ACTIVE; Down with words staff can act on at once otherwise (a refused token,
// an inactive or unknown location, no answer). Never says the token or its file's contents.
HealthOutcome probeSquareHealth(SquareClient &client, const SyncSettings &settings);

} // namespace kiosk
