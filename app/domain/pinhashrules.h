#pragma once

#include <QStringView>

namespace kiosk {

// What a diagnostics.pin_hash must be for the runtime to verify it:
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". The config validator
// (app/config) and the PIN check (app/staff) both read these, so a hash the validator accepts
// is one the kiosk can check.
struct PinHashRules
{
    static constexpr QStringView Scheme = u"pbkdf2-sha256";
    static constexpr int MinIterations = 10000;     // below this a PIN is too cheap to guess
    static constexpr int MaxIterations = 10000000;  // bounds the time one check can take
    static constexpr int MinKeyBytes = 16;
    static constexpr int MaxKeyBytes = 64;          // the derived key is as long as the stored one
};

} // namespace kiosk
