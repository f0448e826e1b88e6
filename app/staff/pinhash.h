#pragma once

#include "domain/pinhashrules.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiosk {

// A staff PIN as kiosk.json's diagnostics.pin_hash keeps it:
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>", PBKDF2-HMAC-SHA256 of the PIN's
// digits. Neither a PIN nor a hash is ever logged or put in an error message.
struct PinHash
{
    static constexpr int MinIterations = PinHashRules::MinIterations;
    static constexpr int MaxIterations = PinHashRules::MaxIterations;
    static constexpr int DefaultIterations = 100000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;             // SHA-256's output

    int iterations = DefaultIterations;
    QByteArray salt;
    QByteArray key;

    // nullopt for anything but the form above within PinHashRules (the bounds the config
    // validator checks): iterations in [MinIterations, MaxIterations], a non-empty salt, a key
    // of MinKeyBytes to MaxKeyBytes, strict base64.
    static std::optional<PinHash> parse(const QString &text);
    QString toString() const;
};

inline constexpr int PinMinDigits = 4;
inline constexpr int PinMaxDigits = 8;

// PinMinDigits to PinMaxDigits ASCII digits.
bool isValidPin(const QString &pin);

// A new hash of `pin` with a random 16-byte salt from the system's CSPRNG; empty when `pin` is
// not a valid PIN or `iterations` is out of range.
QString hashPin(const QString &pin, int iterations = PinHash::DefaultIterations);

// True only for a valid PIN that matches a well-formed hash. Takes as long as the hash's
// iterations (about a tenth of a second at 100000): call it once per attempt, behind a PinGate.
bool verifyPin(const QString &pin, const QString &hash);

// Compares every byte whatever the first difference, so the time taken does not tell how much
// of a derived key matched. Sizes are not secret: different sizes compare unequal at once.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace kiosk
