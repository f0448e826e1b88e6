#pragma once

#include "storage/database.h"

namespace kiosk {

// The kiosk's database: orders, order lines, the outbox, metadata.
const Schema &kioskSchema();

// Brings `db` to `schema`'s version, one migration per version, each in its own transaction
// that ends by setting PRAGMA user_version. Refuses a database from a newer program.
bool migrate(Database &db, const Schema &schema, QString *error);

} // namespace kiosk
