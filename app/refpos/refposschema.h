#pragma once

#include "storage/database.h"

namespace kiosk::refpos {

// refpos's own database: what the kiosks delivered, with the first response to each
// idempotency key, and the availability changes made through the admin endpoint.
const Schema &refposSchema();

} // namespace kiosk::refpos
