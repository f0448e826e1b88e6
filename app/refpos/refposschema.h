#pragma once

#include "storage/database.h"

namespace kiosk::refpos {

// refpos's own database: what the kiosks delivered, with the first response to each
// idempotency key, the availability changes made through the admin endpoint and the pauses
// made through PUT /v1/menu/items/<id>/available.
const Schema &refposSchema();

} // namespace kiosk::refpos
