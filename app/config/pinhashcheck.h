#pragma once

#include <QString>

namespace kiosk {

class JsonReader;

// Checks diagnostics.pin_hash, "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>",
// against PinHashRules (domain/pinhashrules.h): the bounds the PIN check in app/staff holds a
// hash to, so a hash that passes here is one the kiosk can verify. Reports each problem at
// `at` through `reader`; true when there is none. The hash itself never appears in a
// message: it is not secret, but it has no business in logs either.
bool checkPinHash(JsonReader &reader, const QString &hash, const QString &at);

} // namespace kiosk
