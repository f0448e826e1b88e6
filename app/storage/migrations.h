#pragma once

#include <QString>

namespace kiosk {

class Database;

constexpr int CurrentSchemaVersion = 1;

// Brings the schema to CurrentSchemaVersion, one migration per version, each in its own
// transaction that ends by setting PRAGMA user_version. Refuses a database from a newer kiosk.
bool migrate(Database &db, QString *error);

} // namespace kiosk
